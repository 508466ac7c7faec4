import type { TFunction } from 'i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { clockTimeIn } from '../../../core/domain/calendar/zone';
import type { Session } from '../../../core/domain/curriculum/schema';
import type { Participant } from '../../../core/domain/participants';
import { formatTime, formatTimeRange } from '../../format/dates';

/** "3:32 PM": an instant the app recorded, as the wall-clock time in the workshop's time zone. */
export function timeOfInstant(iso: string, timeZone: string): string {
  return formatTime(clockTimeIn(new Date(iso), timeZone));
}

/** "3:32 – 4:20 PM": from one recorded instant to another, in the workshop's time zone. */
export function instantRange(fromIso: string, toIso: string, timeZone: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  return formatTimeRange(clockTimeIn(new Date(fromIso), timeZone), minutes);
}

/** "Session 1: What friends do", with "part 1 of 2" when the meeting covers half of it. */
export function sessionTitle(t: TFunction, session: Pick<Session, 'number' | 'title'>, part?: 1 | 2): string {
  const title = t('workshop.sessionTitle', { number: t('planning.sessionNumber', { number: session.number }), title: session.title });
  return part ? t('workshop.withPart', { title, part: t('planning.part', { part }) }) : title;
}

/** "JH-26-014 (AB)": a participant by code, with initials when there are any. Never a full name here. */
export function participantLabel(participant: Participant | undefined, fallback: string): string {
  if (!participant) return fallback;
  return participant.initials ? `${participant.code} (${participant.initials})` : participant.code;
}

export type RunPhase = 'not-started' | 'running' | 'held';

export function runPhase(view: MeetingRunView): RunPhase {
  if (!view.run) return 'not-started';
  return view.run.endedAt ? 'held' : 'running';
}

/**
 * The group's first meeting: it covers the module's first session (its first half, when split)
 * and is a planned meeting. The view holds only this meeting, so this is judged from the plan.
 */
export function isFirstMeeting(view: MeetingRunView): boolean {
  const first = [...view.workshop.module.sessions].sort((a, b) => a.number - b.number)[0];
  const { meeting } = view;
  return first !== undefined && meeting.kind === 'planned' && meeting.sessionIds[0] === first.id && meeting.part !== 2;
}
