import type { ApiError, ShownIssue } from '../api';
import { i18n } from '../i18n';
import { describeIssue } from '../format/describe';

/**
 * A field's problem as the form shows it: its label and its rule ("Name" + required -> "Name is
 * required."), or the failure's own sentence when the issue says the reason tells what is wrong.
 */
export function formatFieldError(label: string | null, issue: ShownIssue, error?: Pick<ApiError, 'message'> | null): string {
  if (issue.rule === 'worded') return label ? i18n.t('messages.field', { field: label, rule: issue.text }) : issue.text;
  if (issue.rule === 'as-reason' && error) return error.message;
  return describeIssue(issue, label);
}

/** The ids a control is described by: its hint and its error, when it has them. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
