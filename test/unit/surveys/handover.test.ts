import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../../core/contract/contract';
import { FREE_CODE_TRIES } from '../../../electron/services/surveys/handover';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import { fakeKeychain, filesHolding, PASSPHRASE, startSession } from '../protection/harness';
import { tempDir } from '../storage/helpers';
import { seriesWithSurvey } from './surveyHarness';

const CODE = 'blue heron';

/** The app on a new data folder, plain or protected, with a clock the test moves; the series with its survey planned. */
async function app(options: { protect: boolean }) {
  const dir = await tempDir('handover-');
  let now = new Date('2027-03-04T18:00:00Z');
  const { session, call, fail } = await startSession(dir, fakeKeychain(), 4, () => now);
  await call('protection.setUp', options.protect ? { protect: true, passphrase: PASSPHRASE, useKeychain: false } : { protect: false });
  const series = await seriesWithSurvey(call, session.store()!);
  const responses: string[] = [];
  for (const participantId of series.ids.slice(0, 2)) {
    responses.push(
      (await call('surveys.start', { workshopId: series.workshopId, instrumentId: 'signs', occasion: 'pre', participantId, entry: 'youth-screen' })).response
        .id,
    );
  }
  // Another young person's answer, already saved: the youth screen must never show it.
  await call('surveys.answer', { workshopId: series.workshopId, responseId: responses[1]!, itemId: 'h1', answer: 1 });
  return { dir, call, fail, session, ...series, responses, later: (seconds: number) => (now = new Date(now.getTime() + seconds * 1000)) };
}

const ACTIVE = { code: 'forbidden', reason: { code: 'survey-handover-active' } };

/** Calls a youth near the laptop might make to read or change anything else: every one is refused. */
async function expectEverythingElseRefused(fail: Awaited<ReturnType<typeof app>>['fail'], workshopId: string, otherResponse: string) {
  expect(await fail('workshops.list')).toEqual(ACTIVE);
  expect(await fail('workshops.get', { workshopId })).toEqual(ACTIVE);
  expect(await fail('participants.list')).toEqual(ACTIVE);
  expect(await fail('surveys.list', { workshopId })).toEqual(ACTIVE);
  expect(await fail('surveys.answer', { workshopId, responseId: otherResponse, itemId: 'h1', answer: 5 })).toEqual(ACTIVE);
  expect(await fail('settings.get')).toEqual(ACTIVE);
  expect(await fail('reports.funder', { from: '2027-01-01', to: '2027-12-31' })).toEqual(ACTIVE);
  expect(await fail('protection.turnOff', { passphrase: PASSPHRASE })).toEqual(ACTIVE);
  expect(await fail('surveys.handoverStart', { workshopId, responseId: otherResponse, handoverCode: 'mine now' })).toEqual(ACTIVE);
}

describe('the youth-screen handover in a plain data folder', () => {
  it('needs a handover code to start', async () => {
    const { fail, workshopId, responses } = await app({ protect: false });
    const refused = await fail('surveys.handoverStart', { workshopId, responseId: responses[0]! });
    expect(refused).toEqual({
      code: 'invalid-input',
      reason: { code: 'survey-handover-code-needed' },
      issues: [{ path: 'handoverCode', rule: 'required' }],
    });
  });

  it('answers only the youth screen for its one response, saves each answer, and leaves only with the code', async () => {
    const { dir, call, fail, workshopId, responses, later } = await app({ protect: false });
    const shown = await call('surveys.handoverStart', { workshopId, responseId: responses[0]!, handoverCode: CODE });
    expect(shown.instrument.items.map((item) => item.id)).toEqual(['t1', 't2', 'm1', 'h1', 'h2']);
    expect(shown).not.toHaveProperty('instrument.answerKey');
    expect(shown.answers).toEqual({});
    expect(await call('surveys.handoverStatus')).toEqual({ state: 'answering' });
    expect(await call('app.info')).toMatchObject({ version: '1.0.0' });

    await expectEverythingElseRefused(fail, workshopId, responses[1]!);

    const answered = await call('surveys.handoverAnswer', { itemId: 'h2', answer: 4 });
    expect(answered.answers).toEqual({ h2: 4 });
    const onDisk = await workshopOnDisk(dir, workshopId);
    expect(onDisk.surveys!.find((response) => response.id === responses[0])!.answers).toEqual({ h2: 4 });
    expect(onDisk.surveys!.find((response) => response.id === responses[1])!.answers).toEqual({ h1: 1 });
    expect((await fail('surveys.handoverAnswer', { itemId: 'h2', answer: 9 })).reason).toEqual({
      code: 'survey-answer-out-of-range',
      params: { question: 5, points: 5 },
    });

    expect(await call('surveys.handoverFinish')).toEqual({ state: 'code-needed' });
    // Done: not even the youth screen's questions answer now.
    expect(await fail('surveys.handoverQuestions')).toEqual(ACTIVE);
    expect(await fail('surveys.handoverAnswer', { itemId: 'h2', answer: 1 })).toEqual(ACTIVE);
    await expectEverythingElseRefused(fail, workshopId, responses[1]!);

    for (let attempt = 1; attempt < FREE_CODE_TRIES; attempt += 1) {
      expect(await fail('surveys.handoverUnlock', { code: 'guess' })).toEqual({
        code: 'invalid-input',
        reason: { code: 'survey-handover-wrong-code' },
        issues: [{ path: 'code', rule: 'does-not-unlock' }],
      });
    }
    expect((await fail('surveys.handoverUnlock', { code: 'guess' })).reason).toEqual({ code: 'survey-handover-wrong-code' });
    // After five wrong codes even the right one waits.
    expect((await fail('surveys.handoverUnlock', { code: CODE })).reason).toEqual({ code: 'survey-handover-wait', params: { count: 30 } });
    expect(await call('surveys.handoverStatus')).toEqual({ state: 'code-needed', retryAfter: '2027-03-04T18:00:30.000Z' });
    later(31);
    expect(await call('surveys.handoverUnlock', { code: CODE })).toEqual({ state: 'off' });

    expect((await call('surveys.list', { workshopId })).responses).toHaveLength(2);
    expect(await call('workshops.list')).toHaveLength(1);
  });

  it('refuses every other call of the contract before reading its input', async () => {
    const { call, session, workshopId, responses } = await app({ protect: false });
    await call('surveys.handoverStart', { workshopId, responseId: responses[0]!, handoverCode: CODE });
    const youthScreen: readonly ChannelName[] = [
      'app.info',
      'protection.status',
      'protection.lock',
      'surveys.handoverStatus',
      'surveys.handoverQuestions',
      'surveys.handoverAnswer',
      'surveys.handoverFinish',
      'surveys.handoverUnlock',
    ];
    const others = channelNames.filter((channel) => !youthScreen.includes(channel));
    expect(others.length).toBeGreaterThan(90);
    for (const channel of others) expect(await session.dispatch(channel, { workshopId }), channel).toEqual({ ok: false, error: ACTIVE });
  });

  it('lets the facilitator end it early with the code, before the young person finishes', async () => {
    const { call, fail, workshopId, responses } = await app({ protect: false });
    await call('surveys.handoverStart', { workshopId, responseId: responses[0]!, handoverCode: CODE });
    expect((await fail('surveys.handoverUnlock', { code: 'wrong code' })).reason).toEqual({ code: 'survey-handover-wrong-code' });
    expect(await call('surveys.handoverUnlock', { code: CODE })).toEqual({ state: 'off' });
    expect(await fail('surveys.handoverQuestions')).toMatchObject({ reason: { code: 'survey-handover-not-started' } });
  });

  it('keeps the code in memory only: nothing in the data folder holds it', async () => {
    const { dir, call, workshopId, responses } = await app({ protect: false });
    await call('surveys.handoverStart', { workshopId, responseId: responses[0]!, handoverCode: CODE });
    await call('surveys.handoverAnswer', { itemId: 't1', answer: true });
    expect(await filesHolding(dir, CODE)).toEqual([]);
  });
});

describe('the youth-screen handover in a protected data folder', () => {
  it('needs no code and locks the data folder when the young person is done', async () => {
    const { call, fail, workshopId, responses } = await app({ protect: true });
    await call('surveys.handoverStart', { workshopId, responseId: responses[0]! });
    await expectEverythingElseRefused(fail, workshopId, responses[1]!);
    await call('surveys.handoverAnswer', { itemId: 't1', answer: false });

    expect(await call('surveys.handoverFinish')).toEqual({ state: 'off' });
    expect(await call('protection.status')).toMatchObject({ state: 'locked' });
    expect(await fail('workshops.list')).toMatchObject({ code: 'locked' });
    // The facilitator's passphrase opens it again, with the answer kept.
    await call('protection.unlock', { passphrase: PASSPHRASE });
    const view = await call('surveys.list', { workshopId });
    expect(view.responses.find((response) => response.response.id === responses[0])!.response.answers).toEqual({ t1: false });
  });

  it('ends when the data is locked some other way (the idle lock)', async () => {
    const { call, workshopId, responses } = await app({ protect: true });
    await call('surveys.handoverStart', { workshopId, responseId: responses[0]! });
    await call('protection.lock');
    expect(await call('surveys.handoverStatus')).toEqual({ state: 'off' });
    await call('protection.unlock', { passphrase: PASSPHRASE });
    expect(await call('workshops.list')).toHaveLength(1);
  });
});
