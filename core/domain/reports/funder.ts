/**
 * The funder report's figures: for a date range, in total and by module, site and audience.
 * Pure: the CSV and PDF writers only lay these out. The definitions below are the report's own
 * (its footnotes repeat them):
 *
 * - A meeting is in the range when its date is from..to, both days included. It was held when it was
 *   not cancelled and its run ended or anyone was marked at it (`isHeld`).
 * - A workshop takes part when it has any meeting in the range (a cancelled one too); archived
 *   workshops take part like any other. Workshops held: those with at least one meeting held in the range.
 * - Sessions planned: the module sessions a workshop had a meeting for in the range, held or not,
 *   each counted once (a make-up for a session does not count it again); summed over workshops.
 *   Sessions delivered: the sessions its held meetings in the range covered in full (the two halves
 *   of a split session count once, and only when both were held in the range); summed over workshops.
 * - Who a meeting was for: the people chosen for it (a make-up or extra meeting), else everyone
 *   enrolled on its date. Attended: marked with a status that counts as attended.
 * - Participants: the people who attended at least one meeting held in the range, each counted once.
 * - Attendance rate: of the places at meetings held in the range (one for each person a meeting was
 *   for), the share that were attended.
 * - A workshop finished in the range when its last meeting that is not cancelled is in the range
 *   and before the day the report is made. Finishers: the people on its roster, once per workshop
 *   (someone who finished two workshops counts in each), leaving out anyone whose latest stay
 *   ended in a move to another group: they count in the group they moved to. Completed: the
 *   finishers the workshop's completion rule counts as complete (`progressOf`), as of that day.
 *   Completion rate: completed ÷ finishers.
 * - Privacy: a count of people from one to four shows as "<5". A rate is left out when it is about
 *   fewer than five people: the attendance rate when fewer than five people were expected, the
 *   completion rate when fewer than five people finished, and also when the number completed
 *   shows as "<5" (the rate times the finishers would give it back). Counts of workshops and
 *   sessions are not about people and are always shown.
 * - Each group's figures are worked out like the totals over that group's workshops alone: someone
 *   in two workshops of one group is one participant there. Modules: every version of a module is one
 *   group, under the newest version's title. Sites: by the site, under the name the most recently
 *   changed workshop has for it; workshops without one are "No site given". Audiences: spellings that
 *   differ only in case or spaces are one audience, spelled as the workshop created first had it;
 *   none given is "Audience not given". Groups are sorted by name.
 * - Attendance by meeting number: the n-th meeting of a workshop is the n-th of its meetings that
 *   are not cancelled, by date and time, whether or not the range includes the earlier ones. For each
 *   number: how many workshops held that meeting in the range, and the attendance rate at them (left
 *   out when fewer than five people were expected at them). Numbers no workshop held are left out.
 */
import type { FunderFigures, FunderGroup, FunderReport, MeetingAttendancePoint, PeopleCount } from './views';
import type { AttendanceStatus } from '../attendance';
import type { CivilDate } from '../calendar/civil';
import { attendedStatusIds, expectedParticipantIds, isHeld, progressOf, sessionsCoveredBy } from '../progress';
import { sortMeetings } from '../schedule';
import type { Meeting, Workshop } from '../workshop';

/** Fewer people than this are never shown as a number, and no rate is given about them. */
export const SMALLEST_SHOWN_GROUP = 5;

export interface FunderReportContext {
  from: CivilDate;
  to: CivilDate;
  /** The day the report is made, in the computer's time zone. */
  today: CivilDate;
  organisation: string;
  /** The organisation's attendance statuses (which of them count as attended). */
  statuses: readonly AttendanceStatus[];
}

/** A count of people as the report may show it: 1–4 become "<5"; 0 and five or more stay numbers. */
export function peopleCount(count: number): PeopleCount {
  return count > 0 && count < SMALLEST_SHOWN_GROUP ? '<5' : count;
}

/** One meeting number's attendance within one workshop. */
interface PositionFacts {
  position: number;
  attended: number;
  expected: number;
  expectedPeople: readonly string[];
}

/** What one taking-part workshop adds to the figures, worked out once and summed per group. */
interface WorkshopFacts {
  workshop: Workshop;
  held: boolean;
  sessionsPlanned: number;
  sessionsDelivered: number;
  /** Attended at least one meeting held in the range. */
  attendees: ReadonlySet<string>;
  /** Expected at at least one meeting held in the range. */
  expectedPeople: ReadonlySet<string>;
  /** Over every held meeting in the range and each person expected at it. */
  attended: number;
  expected: number;
  /** Empty unless the workshop finished in the range. */
  finishers: readonly string[];
  completed: readonly string[];
  positions: readonly PositionFacts[];
}

interface Shared {
  context: FunderReportContext;
  attendedStatuses: ReadonlySet<string>;
}

function inRange(date: CivilDate, { from, to }: FunderReportContext): boolean {
  return date >= from && date <= to;
}

/**
 * Who counts as finishing this workshop: everyone on its roster, once, unless their latest stay
 * ended in a move (they finish in the group they moved to). Latest = enrolled last; a tie goes to
 * the stay listed later.
 */
function finishersOf(workshop: Workshop): string[] {
  const latest = new Map<string, Workshop['roster'][number]>();
  for (const entry of workshop.roster) {
    const before = latest.get(entry.participantId);
    if (!before || entry.enrolledOn >= before.enrolledOn) latest.set(entry.participantId, entry);
  }
  return [...latest.values()].filter((entry) => entry.exit?.reason !== 'moved').map((entry) => entry.participantId);
}

function factsOf(workshop: Workshop, shared: Shared): WorkshopFacts | undefined {
  const { context, attendedStatuses } = shared;
  const meetings = sortMeetings(workshop.meetings);
  const ranged = meetings.filter((meeting) => inRange(meeting.date, context));
  if (ranged.length === 0) return undefined;

  const standing = meetings.filter((meeting) => !meeting.cancellation);
  const positionOf = new Map(standing.map((meeting, index) => [meeting.id, index + 1]));
  const held: Meeting[] = ranged.filter((meeting) => isHeld(workshop, meeting));
  // Who attended, by meeting: keyed twice rather than by a joined string, which is the costly part over many marks.
  const attendedAt = new Map<string, Set<string>>();
  for (const mark of workshop.attendance) {
    if (!attendedStatuses.has(mark.statusId)) continue;
    const ids = attendedAt.get(mark.meetingId);
    if (ids) ids.add(mark.participantId);
    else attendedAt.set(mark.meetingId, new Set([mark.participantId]));
  }

  const attendees = new Set<string>();
  const expectedPeople = new Set<string>();
  const positions: PositionFacts[] = [];
  let attended = 0;
  let expected = 0;
  for (const meeting of held) {
    const forWhom = expectedParticipantIds(workshop, meeting);
    const cameIds = attendedAt.get(meeting.id);
    let came = 0;
    for (const id of forWhom) {
      expectedPeople.add(id);
      if (cameIds?.has(id)) {
        came += 1;
        attendees.add(id);
      }
    }
    attended += came;
    expected += forWhom.length;
    // Held meetings are never cancelled, so each has a place in the series.
    positions.push({ position: positionOf.get(meeting.id)!, attended: came, expected: forWhom.length, expectedPeople: forWhom });
  }

  const last = standing[standing.length - 1];
  const finished = last !== undefined && inRange(last.date, context) && last.date < context.today;
  let finishers: string[] = [];
  let completed: string[] = [];
  if (finished) {
    finishers = finishersOf(workshop);
    const finishing = new Set(finishers);
    // Codes are not needed here, so no registry: progress falls back to record ids.
    completed = progressOf(workshop, context.statuses, [], context.today)
      .participants.filter((person) => person.state === 'complete' && finishing.has(person.participantId))
      .map((person) => person.participantId);
  }

  return {
    workshop,
    held: held.length > 0,
    sessionsPlanned: new Set(ranged.flatMap((meeting) => meeting.sessionIds)).size,
    sessionsDelivered: sessionsCoveredBy(held).size,
    attendees,
    expectedPeople,
    attended,
    expected,
    finishers,
    completed,
    positions,
  };
}

/** The figures of a set of workshops, with people counted once across them and the privacy rules applied. */
function figuresOf(facts: readonly WorkshopFacts[]): FunderFigures {
  let workshopsHeld = 0;
  let sessionsPlanned = 0;
  let sessionsDelivered = 0;
  let attended = 0;
  let expected = 0;
  let finishers = 0;
  let completed = 0;
  const attendees = new Set<string>();
  const expectedPeople = new Set<string>();
  const finishingPeople = new Set<string>();
  for (const one of facts) {
    if (one.held) workshopsHeld += 1;
    sessionsPlanned += one.sessionsPlanned;
    sessionsDelivered += one.sessionsDelivered;
    attended += one.attended;
    expected += one.expected;
    finishers += one.finishers.length;
    completed += one.completed.length;
    for (const id of one.attendees) attendees.add(id);
    for (const id of one.expectedPeople) expectedPeople.add(id);
    for (const id of one.finishers) finishingPeople.add(id);
  }

  const figures: FunderFigures = {
    workshopsHeld,
    sessionsPlanned,
    sessionsDelivered,
    participants: peopleCount(attendees.size),
    finishers: peopleCount(finishers),
    completed: peopleCount(completed),
  };
  if (expectedPeople.size >= SMALLEST_SHOWN_GROUP) figures.attendanceRate = attended / expected;
  if (finishingPeople.size >= SMALLEST_SHOWN_GROUP && figures.completed !== '<5') figures.completionRate = completed / finishers;
  return figures;
}

const byLabel = new Intl.Collator('en');

export interface Grouping {
  keyOf(workshop: Workshop): string;
  /** Undefined for the group of workshops that did not give it (no site, no audience). */
  labelOf(key: string, members: readonly Workshop[]): string | undefined;
}

/** Items grouped by their workshop's group, each group labelled, sorted by label (the unnamed group last), then by key. */
export function groupedBy<T>(items: readonly T[], workshopOf: (item: T) => Workshop, grouping: Grouping): { key: string; label?: string; members: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = grouping.keyOf(workshopOf(item));
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  return [...groups]
    .map(([key, members]) => {
      const label = grouping.labelOf(key, members.map(workshopOf));
      return label === undefined ? { key, members } : { key, label, members };
    })
    .sort((a, b) => compareLabels(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function groupsBy(facts: readonly WorkshopFacts[], grouping: Grouping): FunderGroup[] {
  return groupedBy(facts, (one) => one.workshop, grouping).map(({ label, members }) => {
    const figures = figuresOf(members);
    return label === undefined ? figures : { label, ...figures };
  });
}

/** Named groups by name; the group that gave none (no site, no audience) last. */
export function compareLabels(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return byLabel.compare(a, b);
}

/** By the module's id: every version of a module is one group, under the newest version's title. */
const byModule: Grouping = {
  keyOf: (workshop) => workshop.module.id,
  labelOf: (_key, members) => members.reduce((newest, workshop) => (workshop.module.version > newest.module.version ? workshop : newest)).module.title,
};

/** By the site's id, under its name as the most recently changed workshop has it. */
export const bySite: Grouping = {
  keyOf: (workshop) => workshop.site?.siteId ?? '',
  labelOf: (key, members) =>
    key === ''
      ? undefined
      : members.reduce((latest, workshop) =>
          workshop.updatedAt > latest.updatedAt || (workshop.updatedAt === latest.updatedAt && workshop.id > latest.id) ? workshop : latest,
        ).site!.name,
};

/** Audiences are the facilitator's words: "Girls 14–17" and "girls  14–17 " are one audience. */
function audienceKey(audience: string): string {
  return audience.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
}

/** By audience, compared without case or spaces, spelled as the workshop created first spelled it. */
const byAudience: Grouping = {
  keyOf: (workshop) => audienceKey(workshop.audience),
  labelOf: (key, members) => {
    if (key === '') return undefined;
    const first = members.reduce((earliest, workshop) =>
      workshop.createdAt < earliest.createdAt || (workshop.createdAt === earliest.createdAt && workshop.id < earliest.id) ? workshop : earliest,
    );
    return first.audience.trim().replace(/\s+/gu, ' ');
  },
};

function attendanceByMeetingOf(facts: readonly WorkshopFacts[]): MeetingAttendancePoint[] {
  const points = new Map<number, { workshops: number; attended: number; expected: number; people: Set<string> }>();
  for (const one of facts) {
    for (const { position, attended, expected, expectedPeople } of one.positions) {
      let point = points.get(position);
      if (!point) {
        point = { workshops: 0, attended: 0, expected: 0, people: new Set() };
        points.set(position, point);
      }
      point.workshops += 1;
      point.attended += attended;
      point.expected += expected;
      for (const id of expectedPeople) point.people.add(id);
    }
  }
  return [...points]
    .sort(([a], [b]) => a - b)
    .map(([meetingNumber, point]) => {
      const row: MeetingAttendancePoint = { meetingNumber, workshops: point.workshops };
      if (point.people.size >= SMALLEST_SHOWN_GROUP) row.rate = point.attended / point.expected;
      return row;
    });
}

/**
 * The funder report over `workshops` (every workshop on the computer, archived ones included) for
 * context.from..context.to. See the definitions at the top of this file.
 */
export function funderReport(workshops: readonly Workshop[], context: FunderReportContext): FunderReport {
  const shared: Shared = { context, attendedStatuses: attendedStatusIds(context.statuses) };
  const facts = workshops.flatMap((workshop) => factsOf(workshop, shared) ?? []);
  return {
    from: context.from,
    to: context.to,
    madeOn: context.today,
    organisation: context.organisation,
    totals: figuresOf(facts),
    byModule: groupsBy(facts, byModule),
    bySite: groupsBy(facts, bySite),
    byAudience: groupsBy(facts, byAudience),
    attendanceByMeeting: attendanceByMeetingOf(facts),
  };
}
