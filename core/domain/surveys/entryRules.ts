import type { AuditEntry } from '../attendance';
import type { Message } from '../messages';
import { expectedParticipantIds } from '../progress/meetings';
import type { Meeting, Workshop } from '../workshop';
import type { Instrument, SurveyOccasion } from './instrument';
import { answerProblem, type AnswerProblem, type SurveyAnswer, type SurveyEntryMode, type SurveyResponse } from './response';
import { INSTRUMENT_LIMITS } from './instrument';

/**
 * The rules of giving a survey in a workshop: who may take it (enrolled, once per instrument and
 * occasion), which answers an item takes, and the audit entries an edit leaves. Pure: each takes
 * the workshop and returns it changed, or refuses with a SurveyRefusal.
 */

export class SurveyRefusal extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid',
    readonly reason: Message,
  ) {
    super(reason.code);
    this.name = 'SurveyRefusal';
  }
}

const refuse = (reason: Message): never => {
  throw new SurveyRefusal('invalid', reason);
};

export function findInstrument(workshop: Workshop, instrumentId: string): Instrument {
  const instrument = workshop.module.instruments.find((candidate) => candidate.id === instrumentId);
  if (!instrument) throw new SurveyRefusal('not-found', { code: 'survey-instrument-missing', params: { instrument: instrumentId } });
  return instrument;
}

export function findResponse(workshop: Workshop, responseId: string): SurveyResponse {
  const response = workshop.surveys?.find((candidate) => candidate.id === responseId);
  if (!response) throw new SurveyRefusal('not-found', { code: 'survey-response-missing' });
  return response;
}

function findMeeting(workshop: Workshop, meetingId: string): Meeting {
  const meeting = workshop.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new SurveyRefusal('not-found', { code: 'meeting-missing' });
  return meeting;
}

function requireOpen(workshop: Workshop): void {
  if (workshop.archivedAt !== undefined) refuse({ code: 'workshop-archived', params: { title: workshop.title } });
}

/** Who may take a survey: someone on the roster, and on the meeting's roster when it is given at a meeting. */
function requireEnrolled(workshop: Workshop, participantId: string, meetingId: string | undefined, code: string): void {
  if (!workshop.roster.some((entry) => entry.participantId === participantId)) refuse({ code: 'survey-not-enrolled', params: { code } });
  if (meetingId === undefined) return;
  const meeting = findMeeting(workshop, meetingId);
  if (!expectedParticipantIds(workshop, meeting).includes(participantId)) refuse({ code: 'survey-not-enrolled-on', params: { code, date: meeting.date } });
}

/** One response per participant, instrument and occasion: a second pre-survey is refused, naming the first. */
function requireFirst(workshop: Workshop, instrument: Instrument, occasion: SurveyOccasion, participantId: string, code: string, except?: string): void {
  const existing = workshop.surveys?.find(
    (response) =>
      response.id !== except && response.instrumentId === instrument.id && response.occasion === occasion && response.participantId === participantId,
  );
  if (existing) refuse({ code: 'survey-already-given', params: { code, instrument: instrument.title, occasion } });
}

export interface StartRequest {
  instrumentId: string;
  occasion: SurveyOccasion;
  participantId?: string;
  formNumber?: number;
  meetingId?: string;
  entry: SurveyEntryMode;
}

export interface RuleContext {
  /** The moment of the change (ISO). */
  at: string;
  /** A participant's code, for messages. */
  codeOf(participantId: string): string;
}

/** Adds a new response (no answers yet) with id `id`. */
export function startResponse(workshop: Workshop, request: StartRequest, id: string, context: RuleContext): Workshop {
  requireOpen(workshop);
  const instrument = findInstrument(workshop, request.instrumentId);
  if (!instrument.given.some((timing) => timing.occasion === request.occasion)) {
    refuse({ code: 'survey-occasion-missing', params: { instrument: instrument.title, occasion: request.occasion } });
  }
  if ((request.participantId === undefined) === (request.formNumber === undefined)) refuse({ code: 'survey-who-needed' });
  if (request.meetingId !== undefined && findMeeting(workshop, request.meetingId).cancellation) refuse({ code: 'meeting-cancelled' });

  if (request.participantId !== undefined) {
    const code = context.codeOf(request.participantId);
    requireEnrolled(workshop, request.participantId, request.meetingId, code);
    requireFirst(workshop, instrument, request.occasion, request.participantId, code);
  } else {
    const taken = workshop.surveys?.some(
      (response) => response.instrumentId === instrument.id && response.occasion === request.occasion && response.formNumber === request.formNumber,
    );
    if (taken) refuse({ code: 'survey-form-number-taken', params: { number: request.formNumber!, instrument: instrument.title, occasion: request.occasion } });
  }

  const response: SurveyResponse = {
    id,
    instrumentId: instrument.id,
    occasion: request.occasion,
    entry: request.entry,
    answers: {},
    createdAt: context.at,
    updatedAt: context.at,
  };
  if (request.participantId !== undefined) response.participantId = request.participantId;
  if (request.formNumber !== undefined) response.formNumber = request.formNumber;
  if (request.meetingId !== undefined) response.meetingId = request.meetingId;
  return { ...workshop, surveys: [...(workshop.surveys ?? []), response], updatedAt: context.at };
}

function answerRefusal(problem: AnswerProblem, question: number, instrument: Instrument): Message {
  switch (problem) {
    case 'out-of-range':
      return { code: 'survey-answer-out-of-range', params: { question, points: instrument.agreePoints } };
    case 'wrong-kind':
      return { code: 'survey-answer-wrong-kind', params: { question } };
    case 'not-an-option':
      return { code: 'survey-answer-not-an-option', params: { question } };
    case 'too-long':
      return { code: 'survey-answer-too-long', params: { question, maximum: INSTRUMENT_LIMITS.openTextAnswer } };
    case 'open-text-off':
      return { code: 'survey-open-text-off', params: { question } };
  }
}

function replaceResponse(workshop: Workshop, response: SurveyResponse, at: string, audit: readonly AuditEntry[] = []): Workshop {
  return {
    ...workshop,
    surveys: (workshop.surveys ?? []).map((candidate) => (candidate.id === response.id ? response : candidate)),
    audit: audit.length === 0 ? workshop.audit : [...workshop.audit, ...audit],
    updatedAt: at,
  };
}

/**
 * Sets (or clears, answer null) one answer. The first answer to an item is not audited; changing
 * or clearing one already saved leaves a `survey-changed` entry (which item, never the answers).
 * The workshop comes back unchanged (the same object) when the answer is the one already saved.
 */
export function answerResponse(workshop: Workshop, change: { responseId: string; itemId: string; answer: SurveyAnswer | null }, at: string): Workshop {
  requireOpen(workshop);
  const response = findResponse(workshop, change.responseId);
  const instrument = findInstrument(workshop, response.instrumentId);
  const index = instrument.items.findIndex((item) => item.id === change.itemId);
  const item = instrument.items[index];
  if (!item) return refuse({ code: 'survey-item-missing', params: { item: change.itemId } });
  if (change.answer !== null) {
    const problem = answerProblem(instrument, item, change.answer);
    if (problem) refuse(answerRefusal(problem, index + 1, instrument));
  }

  const previous = Object.hasOwn(response.answers, item.id) ? response.answers[item.id] : undefined;
  if (previous === (change.answer ?? undefined)) return workshop;
  const { [item.id]: _replaced, ...others } = response.answers;
  const answers = change.answer === null ? others : { ...others, [item.id]: change.answer };
  const audit: AuditEntry[] = previous === undefined ? [] : [{ at, kind: 'survey-changed', responseId: response.id, itemId: item.id }];
  return replaceResponse(workshop, { ...response, answers, updatedAt: at }, at, audit);
}

/** Links an anonymous numbered form to an enrolled participant, with the same refusals as starting one for them. */
export function linkResponse(workshop: Workshop, link: { responseId: string; participantId: string }, context: RuleContext): Workshop {
  requireOpen(workshop);
  const response = findResponse(workshop, link.responseId);
  if (response.participantId !== undefined) refuse({ code: 'survey-already-linked', params: { code: context.codeOf(response.participantId) } });
  const instrument = findInstrument(workshop, response.instrumentId);
  const code = context.codeOf(link.participantId);
  requireEnrolled(workshop, link.participantId, response.meetingId, code);
  requireFirst(workshop, instrument, response.occasion, link.participantId, code, response.id);
  return replaceResponse(workshop, { ...response, participantId: link.participantId, updatedAt: context.at }, context.at);
}

/** Removes a response (started by mistake), leaving a `survey-removed` audit entry. */
export function removeResponse(workshop: Workshop, responseId: string, at: string): Workshop {
  requireOpen(workshop);
  const response = findResponse(workshop, responseId);
  return {
    ...workshop,
    surveys: (workshop.surveys ?? []).filter((candidate) => candidate.id !== response.id),
    audit: [...workshop.audit, { at, kind: 'survey-removed', responseId: response.id }],
    updatedAt: at,
  };
}
