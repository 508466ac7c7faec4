import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../core/domain/bundles/format';
import { mergeWorkshop, remapParticipants, type Resolutions } from '../../../core/domain/bundles/merge';
import type { SurveyResponse } from '../../../core/domain/surveys/response';
import { referencedParticipantIds, type Workshop } from '../../../core/domain/workshop';
import { retentionPlan } from '../../../electron/services/retentionService';
import { buildWorkshop } from '../../support/workshops';
import { signsSurvey } from './surveyHarness';

const P1 = randomUUID();
const P2 = randomUUID();
const codes: Record<string, string> = { [P1]: 'JH-26-001', [P2]: 'JH-26-002' };
const words = { statusLabel: (id: string) => id, reasonLabel: (id: string) => id };

function response(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: randomUUID(),
    instrumentId: 'signs',
    occasion: 'pre',
    participantId: P1,
    entry: 'paper',
    answers: { t1: true },
    createdAt: '2027-03-02T23:00:00.000Z',
    updatedAt: '2027-03-02T23:00:00.000Z',
    ...overrides,
  };
}

function workshopWith(surveys: SurveyResponse[], updatedAt = '2027-03-04T10:00:00.000Z'): Workshop {
  const base = buildWorkshop({
    roster: [
      { participantId: P1, enrolledOn: '2027-03-01' },
      { participantId: P2, enrolledOn: '2027-03-01' },
    ],
  });
  return { ...base, module: { ...base.module, instruments: [signsSurvey()] }, surveys, updatedAt };
}

function merge(mine: Workshop, theirs: Workshop, resolutions: Resolutions = {}) {
  return mergeWorkshop({ mine, theirs, resolutions, codeOf: (id) => codes[id] ?? 'someone', words, now: '2027-03-05T00:00:00.000Z' });
}

describe('survey responses in a bundle merge', () => {
  it('adds the responses only the bundle has, and keeps both sides’ own', () => {
    const pre = response();
    const theirsOnly = response({ participantId: P2 });
    const form = response({ participantId: undefined, formNumber: 12 });
    const mine = workshopWith([pre]);
    const theirs = { ...mine, surveys: [pre, theirsOnly, form], updatedAt: '2027-03-04T11:00:00.000Z' };
    const result = merge(mine, theirs);
    expect(result.workshop.surveys!.map((entry) => entry.id)).toEqual([pre.id, theirsOnly.id, form.id]);
    expect(result.changes).toEqual([
      {
        id: `survey:${theirsOnly.id}`,
        kind: 'add',
        label: { code: 'change-survey', params: { code: 'JH-26-002', instrument: 'Knowing the signs', occasion: 'pre' } },
      },
      {
        id: `survey:${form.id}`,
        kind: 'add',
        label: { code: 'change-survey-form', params: { number: 12, instrument: 'Knowing the signs', occasion: 'pre' } },
      },
    ]);
    // Merging the same bundle again changes nothing.
    expect(merge(result.workshop, theirs).changes).toEqual([]);
  });

  it('lists a response answered differently on both sides as a conflict, the one changed last kept unless chosen', () => {
    const pre = response();
    const mineChanged = { ...pre, answers: { t1: true, h1: 2 }, updatedAt: '2027-03-03T09:00:00.000Z' };
    const theirsChanged = { ...pre, answers: { t1: false }, updatedAt: '2027-03-03T10:00:00.000Z' };
    const mine = workshopWith([mineChanged]);
    const theirs = { ...mine, surveys: [theirsChanged], updatedAt: '2027-03-04T11:00:00.000Z' };

    const result = merge(mine, theirs);
    expect(result.changes).toEqual([
      {
        id: `survey:${pre.id}`,
        kind: 'conflict',
        label: { code: 'change-survey', params: { code: 'JH-26-001', instrument: 'Knowing the signs', occasion: 'pre' } },
        mine: { code: 'value-survey', params: { count: 2, at: '2027-03-03T09:00:00.000Z', timeZone: 'America/Los_Angeles' } },
        theirs: { code: 'value-survey', params: { count: 1, at: '2027-03-03T10:00:00.000Z', timeZone: 'America/Los_Angeles' } },
        newer: 'theirs',
      },
    ]);
    expect(result.workshop.surveys).toEqual([theirsChanged]);
    expect(merge(mine, theirs, { [`survey:${pre.id}`]: 'mine' }).workshop.surveys).toEqual([mineChanged]);
  });

  it('maps the bundle’s participant ids to this computer’s on its responses', () => {
    const local = randomUUID();
    const remapped = remapParticipants(workshopWith([response(), response({ participantId: undefined, formNumber: 3 })]), new Map([[P1, local]]));
    expect(remapped.surveys!.map((entry) => entry.participantId)).toEqual([local, undefined]);
  });
});

describe('written survey answers in a bundle', () => {
  const writing = signsSurvey({ openText: true, items: [...signsSurvey().items, { id: 'o1', kind: 'open-text', text: 'Anything else?' }] });
  const withWriting = (surveys: SurveyResponse[]): Workshop => {
    const workshop = workshopWith(surveys);
    return { ...workshop, module: { ...workshop.module, instruments: [writing] } };
  };
  const bundleOf = (workshop: Workshop, notes: boolean) =>
    buildBundle({ workshop, registry: [], allowFullNames: false, exportedAt: '2027-03-05T00:00:00.000Z', include: { followUps: false, notes } });

  it('are carried only when the bundle carries notes; the scored answers always are', () => {
    const workshop = withWriting([response({ answers: { t1: true, o1: 'Something I wrote' } })]);
    expect(bundleOf(workshop, true).workshop.surveys![0]!.answers).toEqual({ t1: true, o1: 'Something I wrote' });
    expect(bundleOf(workshop, false).workshop.surveys![0]!.answers).toEqual({ t1: true });
    expect(JSON.stringify(bundleOf(workshop, false))).not.toContain('Something I wrote');
  });

  it('are kept here when a bundle without notes comes back, with nothing to settle', () => {
    const mine = withWriting([response({ answers: { t1: true, o1: 'Something I wrote' } })]);
    const theirs = { ...bundleOf(mine, false).workshop, updatedAt: '2027-03-04T11:00:00.000Z' };
    const result = merge(mine, theirs);
    expect(result.changes).toEqual([]);
    expect(result.workshop.surveys![0]!.answers).toEqual({ t1: true, o1: 'Something I wrote' });
  });
});

describe('survey participants and retention', () => {
  it('counts whoever took a survey among the people a workshop refers to', () => {
    const taker = randomUUID();
    expect(referencedParticipantIds(workshopWith([response({ participantId: taker })])).has(taker)).toBe(true);
  });

  it('does not purge a participant still named by a survey in a workshop that stays', () => {
    const taker = randomUUID();
    const old = buildWorkshop({ roster: [{ participantId: taker, enrolledOn: '2025-01-01' }] });
    const oldEnded = { ...old, meetings: old.meetings.map((meeting) => ({ ...meeting, date: '2025-01-07' })) };
    const recent = workshopWith([response({ participantId: taker })]);
    const people = [{ id: taker, code: 'JH-25-001', createdAt: '2025-01-01T00:00:00.000Z' }];
    const plan = retentionPlan({ workshops: [oldEnded, recent], participants: people, today: '2027-03-04', months: 12 });
    expect(plan.workshops.map((workshop) => workshop.id)).toEqual([oldEnded.id]);
    expect(plan.participants).toEqual([]);
    // Without the recent survey, they would go with the old workshop.
    const without = retentionPlan({ workshops: [oldEnded, workshopWith([])], participants: people, today: '2027-03-04', months: 12 });
    expect(without.participants.map((participant) => participant.id)).toEqual([taker]);
  });
});
