import { useLayoutEffect, type RefObject } from 'react';
import { issueField, type ApiError } from '../api';
import { formatFieldError } from './fieldError';

/**
 * The words that name each field of a form in an error message ("Name" is required); null for a
 * field shown without its name (a checkbox that says it all). A field left out is not shown by the form.
 */
export type Subjects<F extends string> = Partial<Record<F, string | null>>;

export interface PlacedIssues<F extends string> {
  /** The first message for each field of the form, naming the field. */
  byField: Partial<Record<F, string>>;
  /** Whether something went wrong that no field of the form shows: the form says it. */
  elsewhere: boolean;
}

/**
 * Places an error's issues at a form's fields. `aliases` maps an issue's field to the control
 * that shows it (`role` -> `facilitators`).
 */
export function placeIssues<F extends string>(
  error: ApiError | null,
  subjects: Subjects<F>,
  aliases: Partial<Record<string, NoInfer<F>>> = {},
): PlacedIssues<F> {
  const byField: Partial<Record<F, string>> = {};
  if (!error) return { byField, elsewhere: false };
  let elsewhere = error.issues.length === 0;
  for (const issue of error.issues) {
    const name = issueField(issue.path);
    const field = (Object.hasOwn(subjects, name) ? name : aliases[name]) as F | undefined;
    if (field === undefined) elsewhere = true;
    else byField[field] ??= formatFieldError(subjects[field] ?? null, issue, error);
  }
  return { byField, elsewhere: elsewhere || Object.keys(byField).length === 0 };
}

/** The first control at fault in `container` (a radio group's first choice), or the form's own message. */
function focusFirstInvalid(container: HTMLElement | null): void {
  const invalid = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid instanceof HTMLFieldSetElement ? invalid.querySelector<HTMLElement>('input') : invalid;
  (target ?? container?.querySelector<HTMLElement>('.form-error'))?.focus();
}

/** After each refused or failed submit (`attempt` counts them), moves focus to what needs fixing. */
export function useFocusOnRefusal(form: RefObject<HTMLElement | null>, attempt: number): void {
  useLayoutEffect(() => {
    if (attempt > 0) focusFirstInvalid(form.current);
  }, [form, attempt]);
}
