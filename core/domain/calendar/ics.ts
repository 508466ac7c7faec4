import { TZDate } from '@date-fns/tz';
import { ICalCalendar, ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { CurriculumModule } from '../curriculum/schema';
import type { CancelReason, Meeting, MeetingKind, Workshop } from '../workshop';
import type { CalendarDetail } from './detail';
import { meetingYears, vtimezone } from './vtimezone';
import { showsOnceIn, zonedInstant } from './zone';

/**
 * A workshop's meetings as an iCalendar file for calendar apps: one event per meeting, cancelled
 * ones included (STATUS:CANCELLED) so a calendar that already holds them takes them off.
 *
 * Calendars get synced to phones and shared, so nothing about participants goes in: no codes,
 * initials, names or counts, and not who a make-up meeting is for. The neutral calendar (the
 * default) goes further: every event is just "Group session", with no workshop, site, module or
 * session titles, no facilitators and no organisation, since those alone can say what the group is
 * about and where. The detailed one is the user's explicit choice.
 */
export interface WorkshopCalendarOptions {
  organisationName: string;
  /** Written as DTSTAMP on every event. */
  now: Date;
  detail: CalendarDetail;
}

const NEUTRAL_TITLE = 'Group session';
const NEUTRAL_CALENDAR = 'Group sessions';

export function workshopCalendar(workshop: Workshop, options: WorkshopCalendarOptions): string {
  const detailed = options.detail === 'detailed';
  const calendar = new ICalCalendar({
    // ical-generator writes NAME, X-WR-CALNAME and PRODID as given, so they are escaped here.
    name: detailed ? singleLineText(workshop.title) : NEUTRAL_CALENDAR,
    prodId: { company: (detailed && singleLineText(options.organisationName).replaceAll('//', '/')) || 'Facilitator', product: 'Facilitator', language: 'EN' },
    // No calendar-wide zone name: with one, ical-generator would write DTSTAMP as local time without Z.
    // The generator is still needed for the VTIMEZONE of the zone the events name.
    timezone: { name: null, generator: (timeZone) => vtimezone(timeZone, meetingYears(workshop.meetings)) },
    x: [['X-WR-TIMEZONE', workshop.timeZone]],
  });
  for (const meeting of inDateOrder(workshop.meetings)) {
    calendar.createEvent(detailed ? meetingEvent(workshop, meeting, options.now) : neutralEvent(workshop, meeting, options.now));
  }
  return calendar.toString();
}

/**
 * When and whether a meeting happens: all a neutral event says. Its times follow the app's rule for
 * the nights clocks change (see clockChangeAt): a skipped start time is written moved forward by
 * the jump, a repeated one as its first occurrence. A wall time that happens twice cannot be
 * written in the zone without doubt: RFC 5545 says it means the first occurrence, but ical.js, for
 * one, reads the second, and an end in the second occurrence would read as before the start. An
 * event with a start or end at such a time is written in UTC instead, which every calendar program
 * reads as the exact instants.
 */
function neutralEvent(workshop: Workshop, meeting: Meeting, now: Date): ICalEventData {
  const { timeZone } = workshop;
  const start = zonedInstant(meeting.date, meeting.startTime, timeZone);
  const end = new Date(start.getTime() + meeting.minutes * 60_000);
  const inZone = showsOnceIn(start, timeZone) && showsOnceIn(end, timeZone);
  return {
    id: `${meeting.id}@facilitator.invalid`,
    sequence: meeting.sequence,
    stamp: now,
    // A TZDate is written as wall-clock time in its own zone; a plain Date would be written in the
    // zone of the machine running the export (or in UTC, where the event names no zone).
    start: inZone ? new TZDate(start.getTime(), timeZone) : start,
    end: inZone ? new TZDate(end.getTime(), timeZone) : end,
    timezone: inZone ? timeZone : null,
    summary: NEUTRAL_TITLE,
    status: meeting.cancellation ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

function meetingEvent(workshop: Workshop, meeting: Meeting, now: Date): ICalEventData {
  return {
    ...neutralEvent(workshop, meeting, now),
    summary: meetingSummary(workshop, meeting),
    location: workshop.site?.name ?? null,
    description: meetingDescription(workshop, meeting),
  };
}

function inDateOrder(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => `${a.date}T${a.startTime}`.localeCompare(`${b.date}T${b.startTime}`));
}

// --- Words -------------------------------------------------------------------------------------
// English, like the rest of the file's fixed text; the domain cannot reach the renderer's i18n.

const kindPrefixes: Record<MeetingKind, string> = { planned: '', extra: 'Extra: ', 'make-up': 'Make-up: ', 'catch-up': 'Catch-up: ' };

const cancelReasonLabels: Record<CancelReason, string> = {
  lockdown: 'Lockdown',
  holiday: 'Holiday',
  'facilitator-absent': 'Facilitator absent',
  other: 'Other reason',
};

interface SessionRef {
  number: number;
  title: string;
}

function meetingSessions(module: CurriculumModule, meeting: Meeting): SessionRef[] {
  return meeting.sessionIds.flatMap((id) => module.sessions.filter((session) => session.id === id));
}

function partText(meeting: Meeting): string {
  return meeting.part ? ` (part ${meeting.part} of 2)` : '';
}

/** "Session 3: Title", or "Sessions 3–4: First; Second" for a meeting covering several. */
function sessionsLabel(sessions: readonly SessionRef[], meeting: Meeting): string | undefined {
  const [first] = sessions;
  if (!first) return undefined;
  if (sessions.length === 1) return `Session ${first.number}: ${first.title}${partText(meeting)}`;
  const numbers = sessions.map((session) => session.number);
  const titles = sessions.map((session) => session.title);
  return `Sessions ${numberList(numbers)}: ${titles.join('; ')}${partText(meeting)}`;
}

/** "3–4" for a run of consecutive numbers, "3, 5" otherwise. */
function numberList(numbers: readonly number[]): string {
  const consecutive = numbers.every((number, index) => index === 0 || number === numbers[index - 1]! + 1);
  return consecutive ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', ');
}

function meetingSummary(workshop: Workshop, meeting: Meeting): string {
  const sessions = sessionsLabel(meetingSessions(workshop.module, meeting), meeting);
  return kindPrefixes[meeting.kind] + [workshop.title, sessions].filter(Boolean).join(' · ');
}

function meetingDescription(workshop: Workshop, meeting: Meeting): string {
  const sessions = meetingSessions(workshop.module, meeting);
  // Names only: a role such as survivor mentor says something personal about a facilitator, and calendars get shared.
  const facilitators = workshop.facilitators.map((facilitator) => facilitator.name);
  const lines = [
    `Module: ${workshop.module.title} (version ${workshop.module.version})`,
    ...sessions.map((session) => `Session ${session.number}: ${session.title}${partText(meeting)}`),
    facilitators.length > 0 ? `Facilitators: ${facilitators.join(', ')}` : undefined,
    meeting.cancellation ? `Cancelled: ${cancelReasonLabels[meeting.cancellation.reason]}` : undefined,
  ];
  return lines.filter((line) => line !== undefined).join('\n');
}

/** RFC 5545 TEXT on one line, for the properties ical-generator writes without escaping. */
function singleLineText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\;,]/g, (character) => `\\${character}`);
}
