import type { TFunction } from 'i18next';
import type { MeetingOccurrence } from '../../../core/contract/planning';

/** "Session 3: Boundaries" for each session the meeting covers, with "part 1 of 2" for a split session. */
export function sessionsText(t: TFunction, occurrence: MeetingOccurrence): string {
  const { sessions, meeting } = occurrence;
  if (sessions.length === 0) return t('today.noSession');
  return sessions
    .map((session) =>
      meeting.part === undefined
        ? t('today.sessionTitle', { number: session.number, title: session.title })
        : t('today.sessionPart', { number: session.number, title: session.title, part: t('planning.part', { part: meeting.part }) }),
    )
    .join(' · ');
}

/** "Cancelled: Lockdown (unit B closed)" or undefined for a meeting that goes ahead. */
export function cancellationText(t: TFunction, occurrence: MeetingOccurrence): string | undefined {
  const cancellation = occurrence.meeting.cancellation;
  if (!cancellation) return undefined;
  const reason = t(`planning.cancelReason.${cancellation.reason}`);
  const note = cancellation.note.trim();
  return note ? t('today.cancelledNote', { reason, note }) : t('today.cancelled', { reason });
}

export function meetingPath(occurrence: MeetingOccurrence): string {
  return `/workshops/${occurrence.workshopId}/meetings/${occurrence.meeting.id}`;
}

export function workshopPath(workshopId: string): string {
  return `/workshops/${workshopId}`;
}

/** "With Ana Reyes and Sam Rivera": whose group it is, for a day of many groups; undefined when none is named. */
export function facilitatorsText(t: TFunction, language: string, occurrence: MeetingOccurrence): string | undefined {
  if (occurrence.facilitatorNames.length === 0) return undefined;
  return t('programView.with', { names: new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(occurrence.facilitatorNames) });
}
