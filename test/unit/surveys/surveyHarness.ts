import { instrumentSchema, type Instrument } from '../../../core/domain/surveys/instrument';
import type { ChannelName, InputOf, OutputOf } from '../../../core/contract/contract';
import type { DataStore } from '../../../electron/storage';
import { juvenileHallDraft } from '../planning/harness';

/**
 * A short survey given before and after: "tactics" (two true/false items keyed true and one
 * multiple-choice item keyed b) and "help" (two agree-disagree items of five points keyed agree).
 */
export function signsSurvey(overrides: Partial<Instrument> = {}): Instrument {
  return instrumentSchema.parse({
    id: 'signs',
    title: 'Knowing the signs',
    intro: 'This is not a test. You may skip any question.',
    given: [{ occasion: 'pre' }, { occasion: 'post' }],
    scales: [
      { id: 'tactics', title: 'Recognises recruitment tactics' },
      { id: 'help', title: 'Knows where to get help' },
    ],
    items: [
      { id: 't1', kind: 'true-false', scale: 'tactics', text: 'Gifts can be used to build trust that is later exploited.' },
      { id: 't2', kind: 'true-false', scale: 'tactics', text: 'A boyfriend can be a recruiter.' },
      {
        id: 'm1',
        kind: 'multiple-choice',
        scale: 'tactics',
        text: 'Which is a warning sign?',
        options: [
          { id: 'a', text: 'A friend asks about homework' },
          { id: 'b', text: 'An older stranger offers a modelling job' },
          { id: 'c', text: 'A teacher sets a test' },
        ],
      },
      { id: 'h1', kind: 'agree-disagree', scale: 'help', text: 'I know an adult I could tell.' },
      { id: 'h2', kind: 'agree-disagree', scale: 'help', text: 'I know a hotline I could call.' },
    ],
    answerKey: { t1: true, t2: true, m1: 'b', h1: 'agree', h2: 'agree' },
    ...overrides,
  });
}

export type Call = <C extends ChannelName>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]) => Promise<OutputOf<C>>;

/**
 * The five-week series (Tuesdays and Thursdays from 2 March 2027) with three young people on its
 * roster, planned from a module that carries `instrument` (as an imported module with surveys would).
 */
export async function seriesWithSurvey(call: Call, store: DataStore, instrument: Instrument = signsSurvey()) {
  const ids: string[] = [];
  for (const code of ['JH-26-001', 'JH-26-002', 'JH-26-003']) ids.push((await call('participants.save', { code })).participant.id);
  const created = await call('workshops.create', juvenileHallDraft({ participantIds: ids }));
  const saved = await store.workshops.update(created.workshop.id, (current) => ({ ...current, module: { ...current.module, instruments: [instrument] } }));
  const meetings = saved.meetings;
  return { workshopId: saved.id, ids, first: meetings[0]!.id, second: meetings[1]!.id, last: meetings.at(-1)!.id };
}
