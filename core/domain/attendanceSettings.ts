/**
 * The rules for an organisation's attendance statuses and absence reasons, as issues that point at
 * the field at fault (`attendanceStatuses[3].key`), so the Settings screen can show each message
 * next to its field and the service can refuse the same things with the same paths.
 */
import { absenceReasonSchema, attendanceStatusSchema, type AbsenceReason, type AttendanceStatus } from './attendance';
import { fieldIssueOf, type FieldIssue } from './issues';

export const MAX_ATTENDANCE_STATUSES = 12;
export const MAX_ABSENCE_REASONS = 30;

/**
 * A problem at `attendanceStatuses[2].key`, or at `attendanceStatuses` for the list as a whole.
 * `fromSchema`: one the item's own schema finds (the settings schema reports those itself).
 */
export type AttendanceIssue = FieldIssue & { fromSchema?: true };

export interface AttendanceSettings {
  attendanceStatuses: readonly AttendanceStatus[];
  absenceReasons: readonly AbsenceReason[];
}

/** Everything wrong with these statuses and reasons; empty when they can be saved. */
export function attendanceSettingsIssues({ attendanceStatuses, absenceReasons }: AttendanceSettings): AttendanceIssue[] {
  const issues: AttendanceIssue[] = [];
  const list = 'attendanceStatuses';

  if (attendanceStatuses.length === 0) {
    issues.push({ path: list, rule: 'no-statuses' });
  } else if (!attendanceStatuses.some((status) => status.countsAsAttended)) {
    issues.push({ path: list, rule: 'none-attended' });
  }
  if (attendanceStatuses.length > MAX_ATTENDANCE_STATUSES) {
    issues.push({ path: list, rule: 'too-many', params: { maximum: MAX_ATTENDANCE_STATUSES } });
  }
  attendanceStatuses.forEach((status, index) => {
    const at = `${list}[${index}]`;
    if (status.key === '') issues.push({ path: `${at}.key`, rule: 'required', fromSchema: true });
    issues.push(...schemaIssues(attendanceStatusSchema, status, at).filter((issue) => status.key !== '' || issue.path !== `${at}.key`));
    const earlier = attendanceStatuses.slice(0, index);
    const sameKey = earlier.find((other) => other.key === status.key);
    if (sameKey) issues.push({ path: `${at}.key`, rule: 'key-taken', params: { label: sameKey.label } });
    if (earlier.some((other) => sameLabel(other.label, status.label))) {
      issues.push({ path: `${at}.label`, rule: 'taken' });
    }
    if (earlier.some((other) => other.id === status.id)) {
      issues.push({ path: `${at}.id`, rule: 'taken' });
    }
  });

  if (absenceReasons.length > MAX_ABSENCE_REASONS) {
    issues.push({ path: 'absenceReasons', rule: 'too-many', params: { maximum: MAX_ABSENCE_REASONS } });
  }
  absenceReasons.forEach((reason, index) => {
    const at = `absenceReasons[${index}]`;
    issues.push(...schemaIssues(absenceReasonSchema, reason, at));
    const earlier = absenceReasons.slice(0, index);
    if (earlier.some((other) => sameLabel(other.label, reason.label))) {
      issues.push({ path: `${at}.label`, rule: 'taken' });
    }
    if (earlier.some((other) => other.id === reason.id)) {
      issues.push({ path: `${at}.id`, rule: 'taken' });
    }
  });
  return issues;
}

function schemaIssues(schema: typeof attendanceStatusSchema | typeof absenceReasonSchema, value: unknown, at: string): AttendanceIssue[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ ...fieldIssueOf(issue), path: [at, ...issue.path.map(String)].join('.'), fromSchema: true as const }));
}

function sameLabel(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

const SLUG_MAX = 40;

/**
 * A new id made from a label ("Court date" -> "court-date"), unlike every id in `taken`
 * ("court-date-2"). Ids never change afterwards, so records made with them stay linked when the
 * label is renamed. A label with no letters or digits it can use gets `fallback` ("status").
 */
export function newSlugId(label: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = slugify(label) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${trimDashes(base.slice(0, SLUG_MAX - suffix.length))}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return trimDashes(trimDashes(ascii).slice(0, SLUG_MAX));
}

function trimDashes(text: string): string {
  return text.replace(/^-+|-+$/g, '');
}
