/**
 * Surveys: giving a module's instruments to a workshop, entering answers (typed from paper or given by
 * a young person on the laptop) and the youth-screen handover. Every answer is durable before the
 * call answers. What the channels take and return; the channels themselves are at the end.
 */
import { z } from 'zod';
import type { Language } from '../domain/languages';
import type { Participant } from '../domain/participants';
import type { Instrument, SurveyItem } from '../domain/surveys/instrument';
import type { SurveyResponseView, SurveyTotals } from '../domain/surveys/entryViews';
import { surveyOccasions } from '../domain/surveys/instrument';
import { surveyAnswerSchema, surveyEntryModes, type SurveyAnswer } from '../domain/surveys/response';
import { recordId } from '../domain/text';
import { channel, noInput } from './defineChannel';
import type { SavedFile } from './files';
import { paperSizes } from './reports';

export type { Instrument, SurveyItem, SurveyOccasion } from '../domain/surveys/instrument';
export type { SurveyAnswer, SurveyEntryMode, SurveyResponse } from '../domain/surveys/response';
export type { ResponseScore, ScaleScore } from '../domain/surveys/scoring';
export type { SurveyResponseView, SurveyState, SurveyTotals } from '../domain/surveys/entryViews';

const workshopId = recordId;
const instrumentId = z.string().min(1).max(40);
const itemId = z.string().min(1).max(40);
const formNumber = z.number().int().min(1).max(9999);
/** A Likert point, true/false, an option id or open text; null clears the answer. */
const answerOrClear = surveyAnswerSchema.nullable();

/** A survey for one enrolled participant (participantId) or one anonymous numbered paper form (formNumber): exactly one of the two. */
export const surveyStartSchema = z.strictObject({
  workshopId,
  instrumentId,
  occasion: z.enum(surveyOccasions),
  participantId: recordId.optional(),
  formNumber: formNumber.optional(),
  /** The meeting it is given at: enrolment is checked on that meeting's date. */
  meetingId: recordId.optional(),
  entry: z.enum(surveyEntryModes),
});

export const surveyAnswerInputSchema = z.strictObject({ workshopId, responseId: recordId, itemId, answer: answerOrClear });
export const surveyLinkSchema = z.strictObject({ workshopId, responseId: recordId, participantId: recordId });
export const surveyRefSchema = z.strictObject({ workshopId, responseId: recordId });

/**
 * Hands the laptop to a young person for one response. In a plain (unprotected) data folder the
 * facilitator sets a handover code, needed to leave the youth screen; in a protected one the data
 * folder locks when the survey is done and no code is taken.
 */
export const HANDOVER_CODE_MIN_LENGTH = 4;
export const handoverStartSchema = z.strictObject({
  workshopId,
  responseId: recordId,
  handoverCode: z
    .string()
    .min(HANDOVER_CODE_MIN_LENGTH, { message: `must be at least ${HANDOVER_CODE_MIN_LENGTH} characters` })
    .max(200)
    .optional(),
});
/** The printed forms of one survey, saved as the print page shows them: with codes (noted in the audit log) or numbered. */
export const surveyFormsPdfSchema = z.strictObject({
  workshopId,
  instrumentId,
  occasion: z.enum(surveyOccasions),
  forms: z.enum(['codes', 'numbered']),
  paper: z.enum(paperSizes),
  fileName: z.string().trim().min(1).max(200),
});
export const handoverAnswerSchema = z.strictObject({ itemId, answer: answerOrClear });
export const handoverUnlockSchema = z.strictObject({ code: z.string().min(1).max(200) });

/** The instrument as screens and printed forms show it: never its answer key. */
export type InstrumentView = Omit<Instrument, 'answerKey'>;

export interface SurveysView {
  workshopId: string;
  /** The group's language: forms and the youth screen are in it. */
  language: Language;
  /** The instruments of the workshop's module snapshot, in the module's order. */
  instruments: InstrumentView[];
  /** Everyone enrolled in the workshop at any time, by code (rows of the entry grid). */
  roster: Pick<Participant, 'id' | 'code' | 'initials'>[];
  responses: SurveyResponseView[];
  /** One entry per instrument and occasion it is given on. */
  totals: SurveyTotals[];
}

/** What an answer changed: the response and its instrument+occasion's totals, small enough for every key press. */
export interface SurveyAnswerResult {
  response: SurveyResponseView;
  totals: SurveyTotals;
}

/** What the youth screen shows: one instrument's questions and the answers given so far; nothing else. */
export interface HandoverView {
  language: Language;
  instrument: Pick<Instrument, 'id' | 'title' | 'intro' | 'agreePoints'> & { items: SurveyItem[] };
  answers: Record<string, SurveyAnswer>;
}

/**
 * off: no handover. answering: the youth screen is up, only its channels answer. code-needed: the
 * young person finished in a plain data folder; only the handover code leaves the youth screen.
 */
export type HandoverStatus =
  | { state: 'off' }
  | { state: 'answering' }
  | {
      state: 'code-needed';
      /** After several wrong codes, the next try is refused until then (ISO instant). */
      retryAfter?: string;
    };

/** Surveys: entering, linking and the youth-screen handover. */
export const surveysChannels = {
  /** The workshop's instruments (from its module snapshot), responses with scores, and totals. */
  'surveys.list': channel<SurveysView>()(z.strictObject({ workshopId })),
  /** Starts a response; refused for someone not enrolled, a second response, a used form number, an unknown instrument or occasion. */
  'surveys.start': channel<SurveyResponseView>()(surveyStartSchema),
  /** One answer (null clears it), durable before it answers; changing a saved answer leaves an audit entry. */
  'surveys.answer': channel<SurveyAnswerResult>()(surveyAnswerInputSchema),
  /** Links an anonymous numbered form to an enrolled participant. */
  'surveys.link': channel<SurveyResponseView>()(surveyLinkSchema),
  /** Removes a response (started by mistake); leaves an audit entry. */
  'surveys.remove': channel<SurveysView>()(surveyRefSchema),
  /** Saves the survey forms page as a PDF; forms with codes are noted in the workshop's audit log. */
  'surveys.saveFormsPdf': channel<SavedFile>()(surveyFormsPdfSchema),
  /** Enters the youth screen for one response: until it ends, every other channel is refused. */
  'surveys.handoverStart': channel<HandoverView>()(handoverStartSchema),
  'surveys.handoverStatus': channel<HandoverStatus>()(noInput),
  /** The youth screen's questions and the answers so far. */
  'surveys.handoverQuestions': channel<HandoverView>()(noInput),
  'surveys.handoverAnswer': channel<HandoverView>()(handoverAnswerSchema),
  /** The young person is done: a protected folder locks; a plain one waits for the handover code. */
  'surveys.handoverFinish': channel<HandoverStatus>()(noInput),
  /** The facilitator's handover code ends the youth screen in a plain data folder. */
  'surveys.handoverUnlock': channel<HandoverStatus>()(handoverUnlockSchema),
};
