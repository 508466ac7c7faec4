import { issueField, type ApiError } from '../../api';
import { formatFieldError } from '../../components/fieldError';

/** A form field an API issue can point at, and the words that name it. */
export interface FieldTarget<F extends string> {
  field: F;
  label: string;
}

/**
 * The messages an API error puts at a form's fields. The protection service names one field with
 * a whole sentence ("That passphrase does not unlock the data…"), so that sentence is shown there;
 * several issues are each shown as "<field> <what is wrong>". An empty result: show the message
 * above the form's buttons instead.
 */
export function placeError<F extends string>(error: ApiError, targets: Readonly<Record<string, FieldTarget<F>>>): Partial<Record<F, string>> {
  const placed: Partial<Record<F, string>> = {};
  const known = error.issues.filter((issue) => Object.hasOwn(targets, issueField(issue.path)));
  for (const issue of known) {
    const target = targets[issueField(issue.path)]!;
    placed[target.field] ??= error.issues.length === 1 ? error.message : formatFieldError(target.label, issue, error);
  }
  return placed;
}
