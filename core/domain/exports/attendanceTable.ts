/**
 * Attendance as tables for export: the long form (one row per participant and meeting) and the grid
 * (participants by meetings, with totals). Pure: the CSV and XLSX writers only lay these out.
 *
 * Only meetings that are held or have marks appear, and for each only the people it was for.
 * Nothing here reads notes or follow-ups: an attendance file never holds them.
 */
import type { AbsenceReason, AttendanceMark, AttendanceStatus, Identification } from '../attendance';
import { reasonLabel, statusLabel } from '../builtInLabels';
import { FALLBACK_LANGUAGE, type Language } from '../languages';
import { fileLabels, type FileLabels } from './fileLabels';
import type { CivilDate, ClockTime } from '../calendar/civil';
import type { Participant } from '../participants';
import { expectedParticipants } from '../progress';
import { sortMeetings } from '../schedule';
import type { Meeting, Workshop } from '../workshop';

/** The grid cell of a meeting the participant was not expected at. */
export const NOT_EXPECTED = '—';

export interface AttendanceExportContext {
  statuses: readonly AttendanceStatus[];
  reasons: readonly AbsenceReason[];
  /** The participant registry: codes, initials and names are read from it. */
  participants: readonly Participant[];
  identification: Identification;
  /** Only meetings dated in this range (both ends included); every meeting when absent. */
  range?: { from: CivilDate; to: CivilDate };
  /** The language of the file's words (English unless given). */
  language?: Language;
}

/** The long form's columns, in order; their headers are in each language's file labels. */
export const LONG_COLUMNS = [
  'workshop',
  'module',
  'site',
  'date',
  'startTime',
  'sessions',
  'kind',
  'meetingStatus',
  'participant',
  'statusCode',
  'statusLabel',
  'countsAsAttended',
  'reason',
  'passedOrSteppedOut',
] as const;

export type LongColumn = (typeof LONG_COLUMNS)[number];

/**
 * One row of the long form, its cells in LONG_COLUMNS order. An array rather than an object: the
 * CSV and XLSX writers take rows as arrays, and with 100,000 rows building each twice showed.
 */
export type LongRow = [
  workshop: string,
  module: string,
  site: string,
  date: CivilDate,
  startTime: ClockTime,
  /** One session's number, or several in words ("3, 4", "2 (part 1)"). */
  sessions: number | string,
  /** What the meeting is: regular, make-up, extra (one label per meeting kind). */
  kind: string,
  /** Whether it was held, cancelled or is still upcoming. */
  meetingStatus: string,
  participant: string,
  /** The status's key, upper case; blank when unmarked. */
  statusCode: string,
  statusLabel: string,
  /** The language's yes or no. */
  countsAsAttended: string,
  reason: string,
  /** Activities they passed or stepped out of: "Role play (passed); Video (stepped out)". */
  passedOrSteppedOut: string,
];

/** Where the date is in a long row (a spreadsheet writes it as a date, not text). */
export const LONG_DATE_CELL = LONG_COLUMNS.indexOf('date');

export interface GridColumn {
  meetingId: string;
  date: CivilDate;
  /** The column's heading: the date and the sessions, unique within the grid. */
  header: string;
}

export interface GridRow {
  participant: string;
  /** One per column: the status key (upper case), blank when unmarked, NOT_EXPECTED when not expected. */
  cells: string[];
  attended: number;
  heldWhileEnrolled: number;
  /** attended / heldWhileEnrolled, 0–1; absent when no meeting was held for them. */
  share?: number;
}

export interface WorkshopSummary {
  workshop: string;
  firstMeeting?: CivilDate;
  lastMeeting?: CivilDate;
  heldMeetings: number;
  participants: number;
  /** Attended / held while enrolled, over everyone, 0–1; absent when nothing was held. */
  rate?: number;
}

/**
 * One workshop's attendance. Who was expected when is worked out once; `long`, `grid` and `summary`
 * build from it when asked (a long CSV never needs the totals).
 */
export interface WorkshopAttendance {
  workshopId: string;
  title: string;
  readonly summary: WorkshopSummary;
  /** How many rows `long` gives, known without building them (an export counts before it writes). */
  longRowCount: number;
  long(): LongRow[];
  grid(): { columns: GridColumn[]; rows: GridRow[] };
}

export type MeetingStatus = 'held' | 'cancelled' | 'upcoming';

/** The audit log says an export's layout in words, not by the option's code. */
export const ATTENDANCE_LAYOUT_NAMES = fileLabels[FALLBACK_LANGUAGE].fileName.layouts;
const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** How a participant is shown: code, initials or name; the code, marked "(code)" in the file's language, when they have none. */
export function participantLabel(
  participant: Participant | undefined,
  id: string,
  identification: Identification,
  codeMark: string = fileLabels[FALLBACK_LANGUAGE].codeMark,
): string {
  if (!participant) return id;
  if (identification === 'initials') return participant.initials?.trim() || `${participant.code} ${codeMark}`;
  if (identification === 'names') return participant.fullName?.trim() || `${participant.code} ${codeMark}`;
  return participant.code;
}

/** Whether the meeting falls in the export's dates. */
function inRange(meeting: Meeting, range: AttendanceExportContext['range']): boolean {
  return range === undefined || (meeting.date >= range.from && meeting.date <= range.to);
}

/** Workshops a range covers: any with a meeting dated in it, by title. */
export function workshopsInRange(workshops: readonly Workshop[], from: CivilDate, to: CivilDate): Workshop[] {
  return workshops
    .filter((workshop) => workshop.meetings.some((meeting) => meeting.date >= from && meeting.date <= to))
    .sort((a, b) => byCode.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

function sessionNumbers(workshop: Workshop, meeting: Meeting, labels: FileLabels): { value: number | string; short: string } {
  const numbers = meeting.sessionIds.map((id) => workshop.module.sessions.find((session) => session.id === id)?.number ?? id);
  const part = meeting.part === undefined ? '' : ` ${labels.part(meeting.part)}`;
  const value = numbers.length === 1 && typeof numbers[0] === 'number' && part === '' ? numbers[0] : numbers.length ? `${numbers.join(', ')}${part}` : '';
  const short = numbers.length
    ? `${numbers.map(labels.sessionShort).join('+')}${meeting.part === undefined ? '' : ` ${labels.sessionPartShort(meeting.part)}`}`
    : labels.noSession;
  return { value, short };
}

interface StatusView {
  code: string;
  label: string;
  attended: boolean;
}

/** Lookups shared by every workshop of one export, built once. */
export interface ExportLookups {
  context: AttendanceExportContext;
  labels: FileLabels;
  statuses: Map<string, StatusView>;
  reasons: Map<string, string>;
  people: Map<string, Participant>;
}

export function exportLookups(context: AttendanceExportContext): ExportLookups {
  const language = context.language ?? FALLBACK_LANGUAGE;
  return {
    context,
    labels: fileLabels[language],
    statuses: new Map(
      context.statuses.map((status) => [
        status.id,
        { code: status.key.toUpperCase(), label: statusLabel(status, language), attended: status.countsAsAttended },
      ]),
    ),
    reasons: new Map(context.reasons.map((reason) => [reason.id, reasonLabel(reason, language)])),
    people: new Map(context.participants.map((participant) => [participant.id, participant])),
  };
}

/** A status removed from Settings since the mark: shown under its id, never as attended. */
function statusOf(lookups: ExportLookups, statusId: string): StatusView {
  return lookups.statuses.get(statusId) ?? { code: '?', label: lookups.labels.removedStatus(statusId), attended: false };
}

function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 ? header : `${header} (${count})`;
  });
}

/**
 * Values by meeting, then by participant. Nested maps look the ids up as they are; a joined key
 * (`meeting:participant`) would be built and hashed again for every row, which was most of an export's time.
 */
class ByMeetingAndParticipant<T> {
  private readonly meetings = new Map<string, Map<string, T>>();

  get(meetingId: string, participantId: string): T | undefined {
    return this.meetings.get(meetingId)?.get(participantId);
  }

  set(meetingId: string, participantId: string, value: T): void {
    let participants = this.meetings.get(meetingId);
    if (!participants) {
      participants = new Map();
      this.meetings.set(meetingId, participants);
    }
    participants.set(participantId, value);
  }
}

/** One workshop's attendance within the export's scope. */
export function workshopAttendance(workshop: Workshop, lookups: ExportLookups): WorkshopAttendance {
  const { context, labels } = lookups;
  const marked = new Set<string>();
  for (const mark of workshop.attendance) marked.add(mark.meetingId);
  // Built by each table when asked and let go after: with a thousand workshops in an export, holding
  // every workshop's lookup at once kept the garbage collector busy.
  const marksByMeeting = () => {
    const marks = new ByMeetingAndParticipant<AttendanceMark>();
    for (const mark of workshop.attendance) marks.set(mark.meetingId, mark.participantId, mark);
    return marks;
  };
  const ended = new Set<string>();
  for (const run of workshop.runs) if (run.endedAt !== undefined) ended.add(run.meetingId);
  // isHeld, without scanning every mark once per meeting.
  const held = (meeting: Meeting) => !meeting.cancellation && (ended.has(meeting.id) || marked.has(meeting.id));
  const meetings = sortMeetings(workshop.meetings).filter((meeting) => inRange(meeting, context.range) && (held(meeting) || marked.has(meeting.id)));
  const expectedAt = expectedParticipants(workshop);
  const expected = new Map(meetings.map((meeting) => [meeting.id, expectedAt(meeting)]));

  const everyone = new Set<string>();
  let longRowCount = 0;
  for (const ids of expected.values()) {
    longRowCount += ids.length;
    for (const id of ids) everyone.add(id);
  }
  const codeOf = (id: string) => lookups.people.get(id)?.code ?? id;
  const participantIds = [...everyone].sort((a, b) => byCode.compare(codeOf(a), codeOf(b)) || (a < b ? -1 : 1));
  const shownAs = new Map(participantIds.map((id) => [id, participantLabel(lookups.people.get(id), id, context.identification, labels.codeMark)]));
  const order = new Map(participantIds.map((id, index) => [id, index]));
  /** A meeting's people in the file's order (by code), rather than the roster's. */
  const inFileOrder = (ids: readonly string[]) => [...ids].sort((a, b) => order.get(a)! - order.get(b)!);

  function totals(marks: ByMeetingAndParticipant<AttendanceMark>): Map<string, { attended: number; held: number }> {
    const byParticipant = new Map(participantIds.map((id) => [id, { attended: 0, held: 0 }]));
    for (const meeting of meetings) {
      if (!held(meeting)) continue;
      for (const id of expected.get(meeting.id)!) {
        const total = byParticipant.get(id)!;
        total.held += 1;
        const mark = marks.get(meeting.id, id);
        if (mark && statusOf(lookups, mark.statusId).attended) total.attended += 1;
      }
    }
    return byParticipant;
  }

  function summary(): WorkshopSummary {
    let attendedAll = 0;
    let heldAll = 0;
    for (const total of totals(marksByMeeting()).values()) {
      attendedAll += total.attended;
      heldAll += total.held;
    }
    const result: WorkshopSummary = { workshop: workshop.title, heldMeetings: meetings.filter(held).length, participants: participantIds.length };
    if (meetings.length) {
      result.firstMeeting = meetings[0]!.date;
      result.lastMeeting = meetings[meetings.length - 1]!.date;
    }
    if (heldAll > 0) result.rate = attendedAll / heldAll;
    return result;
  }

  function long(): LongRow[] {
    const activityTitles = new Map<string, string>();
    for (const session of workshop.module.sessions) {
      for (const activity of session.activities) if (!activityTitles.has(activity.id)) activityTitles.set(activity.id, activity.title);
    }
    const presence = new ByMeetingAndParticipant<string[]>();
    for (const entry of workshop.presence) {
      const list = presence.get(entry.meetingId, entry.participantId) ?? [];
      list.push(`${activityTitles.get(entry.activityId) ?? entry.activityId} (${labels.presence[entry.kind]})`);
      presence.set(entry.meetingId, entry.participantId, list);
    }
    const marks = marksByMeeting();
    const { title } = workshop;
    const module = workshop.module.title;
    const site = workshop.site?.name ?? '';
    const rows: LongRow[] = [];
    for (const meeting of meetings) {
      const sessions = sessionNumbers(workshop, meeting, labels).value;
      const kind = labels.meetingKinds[meeting.kind];
      const meetingStatus = labels.meetingStatuses[meeting.cancellation ? 'cancelled' : held(meeting) ? 'held' : 'upcoming'];
      for (const id of inFileOrder(expected.get(meeting.id)!)) {
        const mark = marks.get(meeting.id, id);
        const status = mark ? statusOf(lookups, mark.statusId) : undefined;
        rows.push([
          title,
          module,
          site,
          meeting.date,
          meeting.startTime,
          sessions,
          kind,
          meetingStatus,
          shownAs.get(id)!,
          status ? status.code : '',
          status ? status.label : '',
          status?.attended ? labels.yes : labels.no,
          mark?.reasonId ? (lookups.reasons.get(mark.reasonId) ?? mark.reasonId) : '',
          presence.get(meeting.id, id)?.join('; ') ?? '',
        ]);
      }
    }
    return rows;
  }

  function grid(): { columns: GridColumn[]; rows: GridRow[] } {
    const headers = uniqueHeaders(
      meetings.map((meeting) => {
        const kind = meeting.kind === 'planned' ? '' : ` ${labels.meetingKinds[meeting.kind].toLocaleLowerCase(context.language)}`;
        return `${meeting.date} ${sessionNumbers(workshop, meeting, labels).short}${kind}`;
      }),
    );
    const columns = meetings.map((meeting, index) => ({ meetingId: meeting.id, date: meeting.date, header: headers[index]! }));
    const expectedSets = new Map(meetings.map((meeting) => [meeting.id, new Set(expected.get(meeting.id))]));
    const marks = marksByMeeting();
    const byParticipant = totals(marks);
    const rows = participantIds.map((id) => {
      const cells = meetings.map((meeting) => {
        if (!expectedSets.get(meeting.id)!.has(id)) return NOT_EXPECTED;
        const mark = marks.get(meeting.id, id);
        return mark ? statusOf(lookups, mark.statusId).code : '';
      });
      const total = byParticipant.get(id)!;
      const row: GridRow = { participant: shownAs.get(id)!, cells, attended: total.attended, heldWhileEnrolled: total.held };
      if (total.held > 0) row.share = total.attended / total.held;
      return row;
    });
    return { columns, rows };
  }

  let summaryMade: WorkshopSummary | undefined;
  return {
    workshopId: workshop.id,
    title: workshop.title,
    get summary() {
      return (summaryMade ??= summary());
    },
    longRowCount,
    long,
    grid,
  };
}

/** The attendance of each workshop, in the order given. */
export function attendanceOf(workshops: readonly Workshop[], context: AttendanceExportContext): WorkshopAttendance[] {
  const lookups = exportLookups(context);
  return workshops.map((workshop) => workshopAttendance(workshop, lookups));
}

/** A share (0–1) as a percentage with one decimal, for files that hold plain numbers. */
export function percentOf(share: number): number {
  return Math.round(share * 1000) / 10;
}
