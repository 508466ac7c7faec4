import { describe, expect, it } from 'vitest';
import type { LibraryModule } from '../../../core/domain/curriculum/library';
import type { Workshop } from '../../../core/domain/workshop';
import { createSurveyService } from '../../../electron/services/surveys/surveyService';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import { juvenileHallDraft, LA, planningHarness, type PlanningHarness } from '../planning/harness';
import { seriesWithSurvey, signsSurvey } from './surveyHarness';

const onDisk = (app: PlanningHarness, id: string): Promise<Workshop> => workshopOnDisk(app.dir, id);
const NOW = '2027-03-04T18:00:00.000Z';

/** The series with its survey; the clock is Thursday 4 March 2027, the second meeting's day. */
async function started() {
  const app = await planningHarness();
  const series = await seriesWithSurvey(app.call, app.store);
  return { app, ...series };
}

describe('entering survey answers', () => {
  it('saves each answer to disk before answering, scores it and keeps the totals live', async () => {
    const { app, workshopId, ids, first } = await started();
    const { response } = await app.call('surveys.start', {
      workshopId,
      instrumentId: 'signs',
      occasion: 'pre',
      participantId: ids[0]!,
      meetingId: first,
      entry: 'paper',
    });
    expect((await onDisk(app, workshopId)).surveys).toEqual([
      {
        id: response.id,
        instrumentId: 'signs',
        occasion: 'pre',
        participantId: ids[0],
        meetingId: first,
        entry: 'paper',
        answers: {},
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);

    const afterOne = await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 't1', answer: true });
    expect((await onDisk(app, workshopId)).surveys![0]!.answers).toEqual({ t1: true });
    expect(afterOne.response.state).toBe('partial');
    expect(afterOne.totals).toMatchObject({
      instrumentId: 'signs',
      occasion: 'pre',
      meetingId: first,
      date: '2027-03-02',
      given: 1,
      complete: 0,
      partial: 1,
      enrolled: 3,
    });

    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 't2', answer: false });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'm1', answer: 'b' });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: 5 });
    const last = await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h2', answer: 3 });
    expect((await onDisk(app, workshopId)).surveys![0]!.answers).toEqual({ t1: true, t2: false, m1: 'b', h1: 5, h2: 3 });
    expect(last.response.state).toBe('complete');
    // tactics: true (1) + false keyed true (0) + b (1) = 2 of 3; help: 5 -> 1, 3 -> 0.5.
    expect(last.response.score.scales.tactics!.score).toBeCloseTo(66.67, 1);
    expect(last.response.score.scales.help!.score).toBe(75);
    expect(last.totals).toMatchObject({ given: 1, complete: 1, partial: 0 });
    // First answers are not audited.
    expect((await onDisk(app, workshopId)).audit).toEqual([]);
  });

  it('audits a changed or cleared answer (which item, never the answer), and not an unchanged one', async () => {
    const { app, workshopId, ids } = await started();
    const { response } = await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: ids[0]!, entry: 'paper' });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: 2 });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: 2 });
    expect((await onDisk(app, workshopId)).audit).toEqual([]);

    app.setNow('2027-03-05T17:00:00Z');
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: 4 });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: null });
    const saved = await onDisk(app, workshopId);
    expect(saved.surveys![0]!.answers).toEqual({});
    expect(saved.audit).toEqual([
      { at: '2027-03-05T17:00:00.000Z', kind: 'survey-changed', responseId: response.id, itemId: 'h1' },
      { at: '2027-03-05T17:00:00.000Z', kind: 'survey-changed', responseId: response.id, itemId: 'h1' },
    ]);
  });

  it('refuses an answer an item cannot take, saying which question and why, and keeps what was saved', async () => {
    const { app, workshopId, ids } = await started();
    const { response } = await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: ids[0]!, entry: 'paper' });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: 4 });
    const answer = (itemId: string, value: number | boolean | string) =>
      app.fail('surveys.answer', { workshopId, responseId: response.id, itemId, answer: value });

    expect((await answer('h1', 6)).reason).toEqual({ code: 'survey-answer-out-of-range', params: { question: 4, points: 5 } });
    expect((await answer('h1', 0)).reason).toEqual({ code: 'survey-answer-out-of-range', params: { question: 4, points: 5 } });
    expect((await answer('t1', 'yes')).reason).toEqual({ code: 'survey-answer-wrong-kind', params: { question: 1 } });
    expect((await answer('m1', 'd')).reason).toEqual({ code: 'survey-answer-not-an-option', params: { question: 3 } });
    const unknown = await answer('q9', true);
    expect(unknown).toMatchObject({ code: 'invalid-input', reason: { code: 'survey-item-missing', params: { item: 'q9' } } });
    expect((await onDisk(app, workshopId)).surveys![0]!.answers).toEqual({ h1: 4 });
  });

  it('keeps a written answer only where the instrument turns them on', async () => {
    const app = await planningHarness();
    const withWriting = signsSurvey({ openText: true, items: [...signsSurvey().items, { id: 'o1', kind: 'open-text', text: 'Anything else?' }] });
    const series = await seriesWithSurvey(app.call, app.store, withWriting);
    const { response } = await app.call('surveys.start', {
      workshopId: series.workshopId,
      instrumentId: 'signs',
      occasion: 'post',
      participantId: series.ids[1]!,
      entry: 'paper',
    });
    const saved = await app.call('surveys.answer', { workshopId: series.workshopId, responseId: response.id, itemId: 'o1', answer: 'It was good' });
    // Written answers are kept but not scored: the response is still empty of scored answers.
    expect(saved.response.state).toBe('empty');
    expect((await onDisk(app, series.workshopId)).surveys![0]!.answers).toEqual({ o1: 'It was good' });
    const tooLong = await app.fail('surveys.answer', { workshopId: series.workshopId, responseId: response.id, itemId: 'o1', answer: 'x'.repeat(500) + '!' });
    expect(tooLong.code).toBe('invalid-input');
  });
});

describe('who may take a survey', () => {
  it('refuses someone not enrolled, or not enrolled on the meeting’s date', async () => {
    const { app, workshopId, first, second } = await started();
    const outsider = (await app.call('participants.save', { code: 'JH-26-099' })).participant.id;
    const notEnrolled = await app.fail('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: outsider, entry: 'paper' });
    expect(notEnrolled.reason).toEqual({ code: 'survey-not-enrolled', params: { code: 'JH-26-099' } });

    await app.call('roster.enrol', { workshopId, participantIds: [outsider], enrolledOn: '2027-03-04' });
    const late = await app.fail('surveys.start', {
      workshopId,
      instrumentId: 'signs',
      occasion: 'pre',
      participantId: outsider,
      meetingId: first,
      entry: 'paper',
    });
    expect(late.reason).toEqual({ code: 'survey-not-enrolled-on', params: { code: 'JH-26-099', date: '2027-03-02' } });
    await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: outsider, meetingId: second, entry: 'paper' });
    expect((await onDisk(app, workshopId)).surveys).toHaveLength(1);
  });

  it('refuses a second survey for the same young person and occasion, naming it', async () => {
    const { app, workshopId, ids } = await started();
    await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: ids[0]!, entry: 'paper' });
    const second = await app.fail('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: ids[0]!, entry: 'youth-screen' });
    expect(second.reason).toEqual({ code: 'survey-already-given', params: { code: 'JH-26-001', instrument: 'Knowing the signs', occasion: 'pre' } });
    // The post-survey is another occasion.
    await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'post', participantId: ids[0]!, entry: 'paper' });
    expect((await onDisk(app, workshopId)).surveys!.map((response) => response.occasion)).toEqual(['pre', 'post']);
  });

  it('refuses an instrument or occasion the module does not have, and a request naming nobody or both', async () => {
    const { app, workshopId, ids } = await started();
    const base = { workshopId, entry: 'paper' as const };
    expect((await app.fail('surveys.start', { ...base, instrumentId: 'other', occasion: 'pre', participantId: ids[0]! })).reason).toEqual({
      code: 'survey-instrument-missing',
      params: { instrument: 'other' },
    });
    expect((await app.fail('surveys.start', { ...base, instrumentId: 'signs', occasion: 'follow-up', participantId: ids[0]! })).reason).toEqual({
      code: 'survey-occasion-missing',
      params: { instrument: 'Knowing the signs', occasion: 'follow-up' },
    });
    expect((await app.fail('surveys.start', { ...base, instrumentId: 'signs', occasion: 'pre' })).reason).toEqual({ code: 'survey-who-needed' });
    expect((await app.fail('surveys.start', { ...base, instrumentId: 'signs', occasion: 'pre', participantId: ids[0]!, formNumber: 3 })).reason).toEqual({
      code: 'survey-who-needed',
    });
    expect((await onDisk(app, workshopId)).surveys ?? []).toEqual([]);
  });

  it('numbers anonymous forms once per occasion, and links one to an enrolled code later', async () => {
    const { app, workshopId, ids } = await started();
    const form = (await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', formNumber: 7, entry: 'paper' })).response;
    const taken = await app.fail('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', formNumber: 7, entry: 'paper' });
    expect(taken.reason).toEqual({ code: 'survey-form-number-taken', params: { number: 7, instrument: 'Knowing the signs', occasion: 'pre' } });
    await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'post', formNumber: 7, entry: 'paper' });
    expect((await app.call('surveys.list', { workshopId })).totals.find((totals) => totals.occasion === 'pre')).toMatchObject({ given: 1, unlinked: 1 });

    // JH-26-002 already took the pre-survey on a coded form: this one cannot be theirs too.
    await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: ids[1]!, entry: 'paper' });
    const twice = await app.fail('surveys.link', { workshopId, responseId: form.id, participantId: ids[1]! });
    expect(twice.reason).toEqual({ code: 'survey-already-given', params: { code: 'JH-26-002', instrument: 'Knowing the signs', occasion: 'pre' } });
    const outsider = (await app.call('participants.save', { code: 'JH-26-099' })).participant.id;
    expect((await app.fail('surveys.link', { workshopId, responseId: form.id, participantId: outsider })).reason).toEqual({
      code: 'survey-not-enrolled',
      params: { code: 'JH-26-099' },
    });

    const linked = await app.call('surveys.link', { workshopId, responseId: form.id, participantId: ids[0]! });
    expect(linked.response).toMatchObject({ participantId: ids[0], formNumber: 7 });
    expect((await onDisk(app, workshopId)).surveys!.find((response) => response.id === form.id)?.participantId).toBe(ids[0]);
    expect((await app.fail('surveys.link', { workshopId, responseId: form.id, participantId: ids[2]! })).reason).toEqual({
      code: 'survey-already-linked',
      params: { code: 'JH-26-001' },
    });
  });
});

describe('the surveys of a workshop', () => {
  it('lists the instruments without their answer key, each response scored, and totals per occasion', async () => {
    const { app, workshopId, ids, first, last } = await started();
    const { response } = await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: ids[2]!, entry: 'paper' });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 't1', answer: true });
    const view = await app.call('surveys.list', { workshopId });
    expect(view.instruments.map((instrument) => instrument.id)).toEqual(['signs']);
    expect(view.instruments[0]).not.toHaveProperty('answerKey');
    expect(JSON.stringify(view.instruments)).not.toContain('answerKey');
    expect(view.roster.map((participant) => participant.code)).toEqual(['JH-26-001', 'JH-26-002', 'JH-26-003']);
    expect(view.responses).toHaveLength(1);
    expect(view.responses[0]).toMatchObject({ state: 'partial', score: { answered: 1, items: 5, complete: false } });
    expect(view.totals).toEqual([
      { instrumentId: 'signs', occasion: 'pre', meetingId: first, date: '2027-03-02', given: 1, complete: 0, partial: 1, unlinked: 0, enrolled: 3 },
      { instrumentId: 'signs', occasion: 'post', meetingId: last, date: '2027-04-01', given: 0, complete: 0, partial: 0, unlinked: 0, enrolled: 3 },
    ]);
  });

  it('removes a response started by mistake, leaving an audit entry without its answers', async () => {
    const { app, workshopId, ids } = await started();
    const { response } = await app.call('surveys.start', { workshopId, instrumentId: 'signs', occasion: 'pre', participantId: ids[0]!, entry: 'paper' });
    await app.call('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: 5 });
    const view = await app.call('surveys.remove', { workshopId, responseId: response.id });
    expect(view.responses).toEqual([]);
    const saved = await onDisk(app, workshopId);
    expect(saved.surveys).toEqual([]);
    expect(saved.audit).toEqual([{ at: NOW, kind: 'survey-removed', responseId: response.id }]);
    expect((await app.fail('surveys.answer', { workshopId, responseId: response.id, itemId: 'h1', answer: 4 })).code).toBe('not-found');
  });
});

describe('the youth screen’s words', () => {
  it('shows the survey in the group’s language when the library has the module in it, keeping the planned ids', async () => {
    const app = await planningHarness();
    const ids = [(await app.call('participants.save', { code: 'JH-26-001' })).participant.id];
    const created = await app.call('workshops.create', juvenileHallDraft({ participantIds: ids, language: 'es' }));
    const planned = await app.store.workshops.update(created.workshop.id, (current) => ({
      ...current,
      module: { ...current.module, instruments: [signsSurvey()] },
    }));
    const spanish = signsSurvey({
      title: 'Conocer las señales',
      items: signsSurvey().items.map((item) => ({ ...item, text: `ES ${item.text}` })),
    });
    const translation: LibraryModule = {
      origin: 'imported',
      module: { ...planned.module, id: `${planned.module.id}-es`, language: 'es', instruments: [spanish] },
    };
    const surveys = createSurveyService({ store: app.store, clock: { now: () => new Date(NOW), timeZone: LA }, translations: () => [translation] });
    const { response } = await surveys.start({ workshopId: planned.id, instrumentId: 'signs', occasion: 'pre', participantId: ids[0]!, entry: 'youth-screen' });

    const shown = await surveys.handoverView(planned.id, response.id);
    expect(shown.language).toBe('es');
    expect(shown.instrument.title).toBe('Conocer las señales');
    expect(shown.instrument.items.map((item) => [item.id, item.text.slice(0, 3)])).toEqual([
      ['t1', 'ES '],
      ['t2', 'ES '],
      ['m1', 'ES '],
      ['h1', 'ES '],
      ['h2', 'ES '],
    ]);
    // Without a translation in the library, the planned words.
    const plain = createSurveyService({ store: app.store, clock: { now: () => new Date(NOW), timeZone: LA }, translations: () => [] });
    expect((await plain.handoverView(planned.id, response.id)).instrument.title).toBe('Knowing the signs');
  });
});
