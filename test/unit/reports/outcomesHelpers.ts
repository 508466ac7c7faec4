import { randomUUID } from 'node:crypto';
import { instrumentSchema, type Instrument, type SurveyOccasion } from '../../../core/domain/surveys/instrument';
import type { SurveyAnswer, SurveyResponse } from '../../../core/domain/surveys/response';
import type { Participant } from '../../../core/domain/participants';
import type { Workshop } from '../../../core/domain/workshop';

/**
 * A small knowledge-and-attitudes survey: "tactics" (two true/false items, keyed true) and "help"
 * (two agree-disagree items of five points, keyed agree). Given before and after.
 */
export function knowledgeSurvey(overrides: Partial<Instrument> = {}): Instrument {
  return instrumentSchema.parse({
    id: 'knowledge',
    title: 'What I know about staying safe',
    intro: 'This is not a test. Skip any question.',
    given: [{ occasion: 'pre' }, { occasion: 'post' }],
    scales: [
      { id: 'tactics', title: 'Recognises recruitment tactics' },
      { id: 'help', title: 'Knows where to get help' },
    ],
    items: [
      { id: 't1', kind: 'true-false', scale: 'tactics', text: 'Someone can use gifts to build trust they later exploit.' },
      { id: 't2', kind: 'true-false', scale: 'tactics', text: 'A boyfriend can be a recruiter.' },
      { id: 'h1', kind: 'agree-disagree', scale: 'help', text: 'I know an adult I could tell.' },
      { id: 'h2', kind: 'agree-disagree', scale: 'help', text: 'I know a hotline I could call.' },
    ],
    answerKey: { t1: true, t2: true, h1: 'agree', h2: 'agree' },
    ...overrides,
  });
}

/** Answers giving "tactics" the score asked for (0, 50 or 100) and "help" every item answered at `help` points. */
export function answersFor(tactics: 0 | 50 | 100, help: number = 3): Record<string, SurveyAnswer> {
  return { t1: tactics >= 50, t2: tactics === 100, h1: help, h2: help };
}

export function withSurvey(workshop: Workshop, instrument: Instrument = knowledgeSurvey()): Workshop {
  return { ...workshop, module: { ...workshop.module, instruments: [instrument] } };
}

let tick = 0;

/** Adds one survey; each one added is entered a second after the one before, unless `createdAt` says when. */
export function survey(
  workshop: Workshop,
  who: Participant | { formNumber: number },
  occasion: SurveyOccasion,
  answers: Record<string, SurveyAnswer>,
  createdAt: string = new Date(Date.UTC(2027, 2, 1) + ++tick * 1000).toISOString(),
): Workshop {
  const response: SurveyResponse = {
    id: randomUUID(),
    instrumentId: 'knowledge',
    occasion,
    ...('id' in who ? { participantId: who.id } : { formNumber: who.formNumber }),
    entry: 'paper',
    answers,
    createdAt,
    updatedAt: createdAt,
  };
  return { ...workshop, surveys: [...(workshop.surveys ?? []), response] };
}
