/**
 * What the "Plan a workshop" steps collect, the defaults a module gives, and the checks each step
 * makes before moving on. Pure: no React, no calls.
 */
import type { InputOf } from '../../../core/contract/contract';
import type { ShownIssue } from '../../api';
import { isCivilDate, weekdayOf, type Weekday } from '../../../core/domain/calendar/civil';
import type { CurriculumModule, SessionsPerWeek } from '../../../core/domain/curriculum/schema';
import type { Language } from '../../../core/domain/languages';
import type { Facilitator, FacilitatorRole } from '../../../core/domain/settings';
import type { Coverage, SchedulePlan } from '../../../core/domain/workshop';

export const stepKeys = ['module', 'details', 'facilitators', 'schedule', 'roster', 'review'] as const;
export type StepKey = (typeof stepKeys)[number];

export interface PlanDraft {
  moduleId: string;
  title: string;
  audience: string;
  /** '' for no site. */
  siteId: string;
  timeZone: string;
  /** The group's language: the app's when the plan was begun, unless chosen. */
  language: Language;
  /** Chosen facilitators' ids, and the roles picked for each facilitator (chosen or not): one or more. */
  facilitatorIds: string[];
  roles: Record<string, FacilitatorRole[]>;
  startDate: string;
  weekdays: Weekday[];
  startTime: string;
  /** As typed in the number field. */
  minutes: string;
  everyWeeks: number;
  coverage: Coverage;
  skipDates: string[];
  participantIds: string[];
  /** Fields the user changed: module defaults no longer replace them. */
  edited: { title: boolean; weekdays: boolean; minutes: boolean };
}

export function emptyDraft(moduleId: string, timeZone: string, language: Language): PlanDraft {
  return {
    moduleId,
    title: '',
    audience: '',
    siteId: '',
    timeZone,
    language,
    facilitatorIds: [],
    roles: {},
    startDate: '',
    weekdays: [],
    startTime: '',
    minutes: '',
    everyWeeks: 1,
    coverage: 'one',
    skipDates: [],
    participantIds: [],
    edited: { title: false, weekdays: false, minutes: false },
  };
}

export const schoolDays: Weekday[] = [1, 2, 3, 4, 5];

/**
 * Weekdays for a module's pace: once a week on the first day's weekday, twice on Tuesday and Thursday...
 * A range ("1–2 a week") plans at its fuller pace; the facilitator can untick a day.
 */
export function defaultWeekdays(sessionsPerWeek: SessionsPerWeek, startDate: string): Weekday[] {
  switch (sessionsPerWeek.max) {
    case 1:
      return isCivilDate(startDate) ? [weekdayOf(startDate)] : [];
    case 2:
      return [2, 4];
    case 3:
      return [1, 3, 5];
    case 4:
      return [1, 2, 4, 5];
    case 5:
      return schoolDays;
    case 6:
      return [1, 2, 3, 4, 5, 6];
    default:
      return [1, 2, 3, 4, 5, 6, 7];
  }
}

/** The length most of the module's sessions have (the longer one on a tie). */
export function usualSessionMinutes(module: Pick<CurriculumModule, 'sessions'>): number {
  const counts = new Map<number, number>();
  for (const session of module.sessions) counts.set(session.minutes, (counts.get(session.minutes) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [minutes, count] of counts) {
    if (count > bestCount || (count === bestCount && minutes > best)) {
      best = minutes;
      bestCount = count;
    }
  }
  return best;
}

/** A meeting's length for the module's sessions: two sessions take twice as long, half a session half. */
export function meetingMinutes(sessionMinutes: number, coverage: Coverage): number {
  if (coverage === 'two') return Math.min(480, sessionMinutes * 2);
  if (coverage === 'split') return Math.max(10, Math.round(sessionMinutes / 2));
  return sessionMinutes;
}

/** Fills what the user has not set yet from the module: title, weekdays, meeting length. */
export function withModuleDefaults(draft: PlanDraft, module: CurriculumModule, previous?: CurriculumModule): PlanDraft {
  const keepTitle = draft.edited.title && draft.title.trim() !== '' && draft.title !== previous?.title;
  return {
    ...draft,
    moduleId: module.id,
    title: keepTitle ? draft.title : module.title,
    weekdays: draft.edited.weekdays ? draft.weekdays : defaultWeekdays(module.delivery.sessionsPerWeek, draft.startDate),
    minutes: draft.edited.minutes ? draft.minutes : String(meetingMinutes(usualSessionMinutes(module), draft.coverage)),
  };
}

/** A new first day: a once-a-week module meets on that day's weekday unless the user chose days. */
export function withStartDate(draft: PlanDraft, startDate: string, module: CurriculumModule | undefined): PlanDraft {
  const next = { ...draft, startDate };
  if (!draft.edited.weekdays && module?.delivery.sessionsPerWeek.max === 1) next.weekdays = defaultWeekdays(module.delivery.sessionsPerWeek, startDate);
  return next;
}

export function withCoverage(draft: PlanDraft, coverage: Coverage, module: CurriculumModule | undefined): PlanDraft {
  const next = { ...draft, coverage };
  if (!draft.edited.minutes && module) next.minutes = String(meetingMinutes(usualSessionMinutes(module), coverage));
  return next;
}

/** The role a facilitator takes when first chosen: one of theirs the module still needs, else their first. */
export function suggestedRole(facilitator: Facilitator, module: CurriculumModule | undefined, taken: readonly FacilitatorRole[]): FacilitatorRole {
  const needed = module?.facilitation.roles.map((entry) => entry.role).filter((role) => !taken.includes(role)) ?? [];
  return facilitator.roles.find((role) => needed.includes(role)) ?? facilitator.roles[0] ?? 'lead';
}

/** The roles the module requires that no chosen facilitator takes (every role each one holds counts). */
export function uncoveredRoles(draft: PlanDraft, module: CurriculumModule | undefined): FacilitatorRole[] {
  if (!module) return [];
  const taken = new Set(draft.facilitatorIds.flatMap((id) => draft.roles[id] ?? []));
  return module.facilitation.roles.filter((entry) => entry.required && !taken.has(entry.role)).map((entry) => entry.role);
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

function wholeMinutes(text: string): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

/** The schedule rule, once every part of it is filled in well enough to ask for a preview. */
export function planOf(draft: PlanDraft): SchedulePlan | null {
  const minutes = wholeMinutes(draft.minutes);
  if (!isCivilDate(draft.startDate) || draft.weekdays.length === 0 || !timePattern.test(draft.startTime)) return null;
  if (minutes === undefined || minutes < 10 || minutes > 480) return null;
  return {
    startDate: draft.startDate,
    weekdays: [...draft.weekdays].sort((a, b) => a - b),
    startTime: draft.startTime,
    minutes,
    everyWeeks: draft.everyWeeks,
    coverage: draft.coverage,
    skipDates: [...draft.skipDates].sort(),
  };
}

/** Facilitators as the channels take them, in the order of Settings. */
export function chosenFacilitators(draft: PlanDraft, facilitators: readonly Facilitator[]): { facilitatorId: string; roles: FacilitatorRole[] }[] {
  return facilitators
    .filter((facilitator) => draft.facilitatorIds.includes(facilitator.id))
    .map((facilitator) => {
      const roles = draft.roles[facilitator.id] ?? [];
      return { facilitatorId: facilitator.id, roles: roles.length > 0 ? roles : [facilitator.roles[0] ?? 'lead'] };
    });
}

export function previewInput(draft: PlanDraft, facilitators: readonly Facilitator[]): InputOf<'workshops.previewSchedule'> | null {
  const plan = planOf(draft);
  if (!plan || !draft.moduleId) return null;
  return {
    moduleId: draft.moduleId,
    ...(draft.siteId ? { siteId: draft.siteId } : {}),
    facilitators: chosenFacilitators(draft, facilitators),
    timeZone: draft.timeZone,
    plan,
  };
}

/** The workshop to create. Only called once every step has passed its checks. */
export function createInput(draft: PlanDraft, facilitators: readonly Facilitator[]): InputOf<'workshops.create'> {
  const plan = planOf(draft);
  if (!plan) throw new Error('The schedule is not complete.');
  return {
    title: draft.title.trim(),
    audience: draft.audience.trim(),
    ...(draft.siteId ? { siteId: draft.siteId } : {}),
    facilitators: chosenFacilitators(draft, facilitators),
    timeZone: draft.timeZone,
    language: draft.language,
    moduleId: draft.moduleId,
    plan,
    participantIds: [...draft.participantIds],
  };
}

/** Where a field's error shows: `title`, `plan.weekdays`, `facilitators`... */
export type FieldKey = string;

/** A problem found before moving on: which message (an i18n key under workshops.plan.errors). */
export type StepProblem =
  'moduleRequired' | 'moduleLoading' | 'titleRequired' | 'startDateRequired' | 'weekdaysRequired' | 'startTimeRequired' | 'minutesRange';

export interface StepContext {
  /** The chosen module, once loaded. */
  module: CurriculumModule | undefined;
}

/** What stops the user leaving `step`, by field. */
export function checkStep(step: StepKey, draft: PlanDraft, context: StepContext): Record<FieldKey, StepProblem> {
  const problems: Record<FieldKey, StepProblem> = {};
  if (step === 'module') {
    if (!draft.moduleId) problems.moduleId = 'moduleRequired';
    else if (context.module?.id !== draft.moduleId) problems.moduleId = 'moduleLoading';
  }
  if (step === 'details' && draft.title.trim() === '') problems.title = 'titleRequired';
  if (step === 'schedule') {
    if (!isCivilDate(draft.startDate)) problems['plan.startDate'] = 'startDateRequired';
    if (draft.weekdays.length === 0) problems['plan.weekdays'] = 'weekdaysRequired';
    if (!timePattern.test(draft.startTime)) problems['plan.startTime'] = 'startTimeRequired';
    const minutes = wholeMinutes(draft.minutes);
    if (minutes === undefined || minutes < 10 || minutes > 480) problems['plan.minutes'] = 'minutesRange';
  }
  return problems;
}

/** The field an issue from a channel is about: `plan.skipDates[2]` -> `plan.skipDates`, `facilitators[0].role` -> `facilitators`. */
export function fieldOfIssue(path: string): FieldKey {
  const [first = '', second = ''] = path.split('.').map((segment) => segment.replace(/\[\d+\]/g, ''));
  return first === 'plan' && second ? `plan.${second}` : first;
}

/** The step that holds a field. Fields no step shows belong to the review. */
export function stepOfField(field: FieldKey): StepKey {
  if (field === 'moduleId') return 'module';
  if (['title', 'audience', 'siteId', 'timeZone'].includes(field)) return 'details';
  if (field === 'facilitators') return 'facilitators';
  if (field.startsWith('plan.')) return 'schedule';
  if (field === 'participantIds') return 'roster';
  return 'review';
}

/** The first message for each field among a channel's issues. */
export function issuesByFieldKey(issues: readonly ShownIssue[]): Record<FieldKey, ShownIssue> {
  const byField: Record<FieldKey, ShownIssue> = {};
  for (const issue of issues) byField[fieldOfIssue(issue.path)] ??= issue;
  return byField;
}

/** What a field holds now, to tell whether the user changed it since a message about it was shown. */
export function fieldValue(draft: PlanDraft, field: FieldKey): string {
  switch (field) {
    case 'moduleId':
      return draft.moduleId;
    case 'title':
      return draft.title;
    case 'audience':
      return draft.audience;
    case 'siteId':
      return draft.siteId;
    case 'timeZone':
      return draft.timeZone;
    case 'facilitators':
      return JSON.stringify([draft.facilitatorIds, draft.roles]);
    case 'participantIds':
      return JSON.stringify(draft.participantIds);
    case 'plan.startDate':
      return draft.startDate;
    case 'plan.weekdays':
      return JSON.stringify(draft.weekdays);
    case 'plan.startTime':
      return draft.startTime;
    case 'plan.minutes':
      return draft.minutes;
    case 'plan.everyWeeks':
      return String(draft.everyWeeks);
    case 'plan.coverage':
      return draft.coverage;
    case 'plan.skipDates':
      return JSON.stringify(draft.skipDates);
    default:
      return '';
  }
}
