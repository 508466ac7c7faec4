import { addDays, type CivilDate } from '../calendar/civil';
import { expectedParticipantIds } from '../progress/meetings';
import { sortMeetings } from '../schedule/edit';
import type { Meeting, Workshop } from '../workshop';
import type { Instrument, SurveyOccasion, SurveyTiming } from './instrument';
import type { SurveyResponse } from './response';
import { scoreResponse, type ResponseScore } from './scoring';

/** How far a response got: nothing scored answered yet, some scored items, or every scored item. */
export type SurveyState = 'empty' | 'partial' | 'complete';

export interface SurveyResponseView {
  response: SurveyResponse;
  score: ResponseScore;
  state: SurveyState;
}

/** One instrument given on one occasion in a workshop: how many were given and how far they got. */
export interface SurveyTotals {
  instrumentId: string;
  occasion: SurveyOccasion;
  /** The meeting the occasion falls on by the instrument's timing (pre: first, post: last), when the workshop has one. */
  meetingId?: string;
  /** That meeting's date, or for a follow-up the date N weeks after the last meeting. */
  date?: CivilDate;
  /** Responses started, numbered forms included. */
  given: number;
  complete: number;
  /** Some scored items answered, not all. */
  partial: number;
  /** Anonymous numbered forms not yet linked to a participant. */
  unlinked: number;
  /** Participants enrolled (on the occasion's date when known, else at any time). */
  enrolled: number;
}

export function responseView(instrument: Instrument, response: SurveyResponse): SurveyResponseView {
  const score = scoreResponse(instrument, response.answers);
  const state: SurveyState = score.complete ? 'complete' : score.answered > 0 ? 'partial' : 'empty';
  return { response, score, state };
}

/**
 * Where an occasion falls in the workshop: pre at the first meeting that is not cancelled, post at
 * the last, a follow-up `weeksAfter` weeks after the last (on no meeting of the workshop).
 */
export function occasionPlace(workshop: Workshop, timing: SurveyTiming): { meeting?: Meeting; date?: CivilDate } {
  const held = sortMeetings(workshop.meetings.filter((meeting) => meeting.cancellation === undefined));
  const first = held[0];
  const last = held.at(-1);
  if (timing.occasion === 'pre') return first ? { meeting: first, date: first.date } : {};
  if (timing.occasion === 'post') return last ? { meeting: last, date: last.date } : {};
  return last && timing.weeksAfter !== undefined ? { date: addDays(last.date, timing.weeksAfter * 7) } : {};
}

/** Participants enrolled for an occasion: those the occasion's meeting is for, else everyone ever on the roster. */
function enrolledFor(workshop: Workshop, meeting: Meeting | undefined): number {
  if (meeting) return expectedParticipantIds(workshop, meeting).length;
  return new Set(workshop.roster.map((entry) => entry.participantId)).size;
}

export function surveyTotals(workshop: Workshop, instrument: Instrument, timing: SurveyTiming, views: readonly SurveyResponseView[]): SurveyTotals {
  const place = occasionPlace(workshop, timing);
  const given = views.filter((view) => view.response.instrumentId === instrument.id && view.response.occasion === timing.occasion);
  const totals: SurveyTotals = {
    instrumentId: instrument.id,
    occasion: timing.occasion,
    given: given.length,
    complete: given.filter((view) => view.state === 'complete').length,
    partial: given.filter((view) => view.state === 'partial').length,
    unlinked: given.filter((view) => view.response.participantId === undefined).length,
    enrolled: enrolledFor(workshop, place.meeting),
  };
  if (place.meeting) totals.meetingId = place.meeting.id;
  if (place.date) totals.date = place.date;
  return totals;
}

/** The totals of every instrument on every occasion it is given, in the module's order. */
export function allSurveyTotals(workshop: Workshop, views: readonly SurveyResponseView[]): SurveyTotals[] {
  return workshop.module.instruments.flatMap((instrument) => instrument.given.map((timing) => surveyTotals(workshop, instrument, timing, views)));
}
