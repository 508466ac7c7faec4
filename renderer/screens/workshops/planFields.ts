import type { TFunction } from 'i18next';
import type { ApiError, ShownIssue } from '../../api';
import { formatFieldError } from '../../components/fieldError';
import type { FieldKey, StepProblem } from './planDraft';

/** The id of the control (or group) that shows each field, so errors can point at it and focus it. */
export const fieldIds = {
  moduleId: 'plan-module',
  title: 'plan-title',
  audience: 'plan-audience',
  siteId: 'plan-site',
  timeZone: 'plan-timezone',
  facilitators: 'plan-facilitators',
  'plan.startDate': 'plan-start-date',
  'plan.weekdays': 'plan-weekdays',
  'plan.startTime': 'plan-start-time',
  'plan.minutes': 'plan-minutes',
  'plan.everyWeeks': 'plan-every',
  'plan.coverage': 'plan-coverage',
  'plan.skipDates': 'plan-skip-date',
  participantIds: 'plan-participants',
} as const;

const labelKeys = {
  moduleId: 'moduleId',
  title: 'title',
  audience: 'audience',
  siteId: 'siteId',
  timeZone: 'timeZone',
  facilitators: 'facilitators',
  'plan.startDate': 'startDate',
  'plan.weekdays': 'weekdays',
  'plan.startTime': 'startTime',
  'plan.minutes': 'minutes',
  'plan.everyWeeks': 'everyWeeks',
  'plan.coverage': 'coverage',
  'plan.skipDates': 'skipDates',
  participantIds: 'participantIds',
} as const;

/** A field's name as the user sees it, for messages from the app ("First day must be a date..."). */
export function fieldLabel(t: TFunction, field: FieldKey): string {
  const key = labelKeys[field as keyof typeof labelKeys];
  return key ? t(`workshops.plan.fields.${key}`) : field;
}

/** Messages for the checks a step makes itself. */
export function problemMessages(t: TFunction, problems: Record<FieldKey, StepProblem>): Record<FieldKey, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`workshops.plan.errors.${problem}`)]));
}

/** Messages for issues a channel reported, each naming its field. */
export function issueMessages(t: TFunction, issues: Record<FieldKey, ShownIssue>, error: ApiError): Record<FieldKey, string> {
  return Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, formatFieldError(fieldLabel(t, field), issue, error)]));
}

/** Moves focus to the control that shows `field` (the first control of a group). */
export function focusField(field: FieldKey): void {
  const id = (fieldIds as Record<string, string>)[field];
  const element = id ? document.getElementById(id) : null;
  if (!element) return;
  const target = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus();
}
