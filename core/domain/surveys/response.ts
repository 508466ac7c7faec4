import { z } from 'zod';
import { recordId } from '../text';
import { INSTRUMENT_LIMITS, surveyOccasions, type Instrument, type SurveyItem } from './instrument';

/**
 * One survey given to one young person (or one anonymous paper form), kept in its workshop: each
 * answer is saved durably the moment it is entered, so a survey may be partial.
 */

/** A Likert point (1..agreePoints), true/false, an option id, or open text. */
export const surveyAnswerSchema = z.union([z.number().int(), z.boolean(), z.string().max(INSTRUMENT_LIMITS.openTextAnswer)]);
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** How the answers came in: typed from a paper form by the facilitator, or given by the young person on the laptop. */
export const surveyEntryModes = ['paper', 'youth-screen'] as const;
export type SurveyEntryMode = (typeof surveyEntryModes)[number];

export const surveyResponseSchema = z.strictObject({
  id: recordId,
  instrumentId: z.string().min(1).max(40),
  occasion: z.enum(surveyOccasions),
  /** Whose survey; absent for an anonymous form not yet linked to a code. */
  participantId: recordId.optional(),
  /** The number printed on an anonymous form, linked to a participant later. */
  formNumber: z.number().int().min(1).max(9999).optional(),
  /** The meeting it was given at, when known. */
  meetingId: recordId.optional(),
  entry: z.enum(surveyEntryModes),
  /** Answers by item id; an item not answered is absent. */
  answers: z.record(z.string(), surveyAnswerSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** Why an answer cannot be kept for an item, or undefined when it can. */
export type AnswerProblem = 'out-of-range' | 'wrong-kind' | 'not-an-option' | 'too-long' | 'open-text-off';

export function answerProblem(instrument: Pick<Instrument, 'agreePoints' | 'openText'>, item: SurveyItem, answer: SurveyAnswer): AnswerProblem | undefined {
  switch (item.kind) {
    case 'agree-disagree':
      if (typeof answer !== 'number') return 'wrong-kind';
      return Number.isInteger(answer) && answer >= 1 && answer <= instrument.agreePoints ? undefined : 'out-of-range';
    case 'true-false':
      return typeof answer === 'boolean' ? undefined : 'wrong-kind';
    case 'multiple-choice':
      if (typeof answer !== 'string') return 'wrong-kind';
      return item.options?.some((option) => option.id === answer) ? undefined : 'not-an-option';
    case 'open-text':
      if (!instrument.openText) return 'open-text-off';
      if (typeof answer !== 'string') return 'wrong-kind';
      return answer.length > INSTRUMENT_LIMITS.openTextAnswer ? 'too-long' : undefined;
  }
}

/** The response without its written (open-text) answers: free text from a young person, carried only where notes are. */
export function withoutWrittenAnswers(response: SurveyResponse, instrument: Pick<Instrument, 'items'> | undefined): SurveyResponse {
  const written = new Set(instrument?.items.filter((item) => item.kind === 'open-text').map((item) => item.id));
  if (!Object.keys(response.answers).some((itemId) => written.has(itemId))) return response;
  return { ...response, answers: Object.fromEntries(Object.entries(response.answers).filter(([itemId]) => !written.has(itemId))) };
}
