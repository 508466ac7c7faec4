import { tzOffset } from '@date-fns/tz';
import type { Meeting } from '../workshop';

/*
 * The VTIMEZONE component of an iCalendar file, made from the runtime's own time zone rules (the
 * same ones zonedInstant used to place the meetings), so the file and the app always agree.
 * @touch4it/ical-timezones was the first choice, but its data is from 2018 (wrong for Mexico,
 * Brazil, Israel and others since) and it reads its files from disk next to its own source, which
 * finds nothing once bundled into the main process.
 */

export interface YearSpan {
  first: number;
  last: number;
}

export function meetingYears(meetings: readonly Meeting[]): YearSpan {
  const years = meetings.map((meeting) => Number(meeting.date.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

const MINUTE = 60_000;
const DAY = 86_400_000;

interface OffsetChange {
  /** The instant of the change, in ms. */
  at: number;
  /** UTC offsets before and after, in minutes. */
  from: number;
  to: number;
}

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Local wall-clock time of the onset, in the offset before it, as ms since the epoch read as UTC. */
  onset: number;
  from: number;
  to: number;
  rule?: string;
}

/**
 * A VTIMEZONE that is right for the year before the first meeting through the year after the last.
 * Zones that change the same way every year get the usual yearly RRULEs (which Outlook expects);
 * others list each change.
 */
export function vtimezone(timeZone: string, years: YearSpan): string {
  const start = Date.UTC(years.first - 1, 0, 1);
  const end = Date.UTC(years.last + 2, 0, 1);
  const changes = offsetChanges(timeZone, start, end);
  const observances =
    changes.length === 0
      ? [fixedOffset(tzOffset(timeZone, new Date(start)))]
      : (yearlyRules(changes, years.last - years.first + 3) ?? eachChange(changes, start));
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observances.flatMap(observanceLines), 'END:VTIMEZONE'].join('\r\n');
}

/** Every change of UTC offset in [start, end), to the minute. */
function offsetChanges(timeZone: string, start: number, end: number): OffsetChange[] {
  const offsetAt = (time: number) => tzOffset(timeZone, new Date(time));
  const changes: OffsetChange[] = [];
  let before = offsetAt(start);
  for (let day = start; day < end; day += DAY) {
    const after = offsetAt(day + DAY);
    if (after === before) continue;
    let low = day;
    let high = day + DAY;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(middle) === before) low = middle;
      else high = middle;
    }
    changes.push({ at: high, from: before, to: offsetAt(high) });
    before = after;
  }
  return changes;
}

function kindOf(change: OffsetChange): Observance['kind'] {
  return change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
}

function onsetOf(change: OffsetChange): number {
  return change.at + change.from * MINUTE;
}

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The change as a yearly rule such as "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" ("-1SU" for the last Sunday). */
function yearlyRuleOf(change: OffsetChange): string {
  const onset = new Date(onsetOf(change));
  const day = onset.getUTCDate();
  const daysInMonth = new Date(Date.UTC(onset.getUTCFullYear(), onset.getUTCMonth() + 1, 0)).getUTCDate();
  const ordinal = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  return `FREQ=YEARLY;BYMONTH=${onset.getUTCMonth() + 1};BYDAY=${ordinal}${weekdayCodes[onset.getUTCDay()]}`;
}

/**
 * One DAYLIGHT and one STANDARD observance with yearly rules, when every year in the span has
 * exactly one change each way and each way follows one rule at one wall-clock time.
 */
function yearlyRules(changes: readonly OffsetChange[], yearCount: number): Observance[] | undefined {
  const observances: Observance[] = [];
  for (const kind of ['DAYLIGHT', 'STANDARD'] as const) {
    const ofKind = changes.filter((change) => kindOf(change) === kind);
    const years = new Set(ofKind.map((change) => new Date(onsetOf(change)).getUTCFullYear()));
    const shapes = new Set(ofKind.map((change) => `${yearlyRuleOf(change)} ${new Date(onsetOf(change)).toISOString().slice(11)} ${change.from} ${change.to}`));
    const [first] = ofKind;
    if (!first || ofKind.length !== yearCount || years.size !== yearCount || shapes.size !== 1) return undefined;
    observances.push({ kind, onset: onsetOf(first), from: first.from, to: first.to, rule: yearlyRuleOf(first) });
  }
  return observances;
}

/** The offset in force at `start`, then one observance per change. */
function eachChange(changes: readonly OffsetChange[], start: number): Observance[] {
  const initial = changes[0]!.from;
  const opening: Observance = {
    kind: changes[0]!.to > initial ? 'STANDARD' : 'DAYLIGHT',
    onset: start + initial * MINUTE,
    from: initial,
    to: initial,
  };
  return [opening, ...changes.map((change) => ({ kind: kindOf(change), onset: onsetOf(change), from: change.from, to: change.to }))];
}

function fixedOffset(offset: number): Observance {
  return { kind: 'STANDARD', onset: Date.UTC(1970, 0, 1), from: offset, to: offset };
}

function observanceLines(observance: Observance): string[] {
  return [
    `BEGIN:${observance.kind}`,
    `DTSTART:${new Date(observance.onset).toISOString().slice(0, 19).replace(/[-:]/g, '')}`,
    `TZOFFSETFROM:${offsetText(observance.from)}`,
    `TZOFFSETTO:${offsetText(observance.to)}`,
    ...(observance.rule ? [`RRULE:${observance.rule}`] : []),
    `END:${observance.kind}`,
  ];
}

/** -480 -> "-0800". */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(Math.round(minutes));
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}
