import type { TFunction } from 'i18next';

/**
 * Names the field in an error message: "Name" + "is required" -> "Name is required.";
 * a message that is already a sentence keeps it: "Kind of site: Invalid option".
 */
export function formatFieldError(t: TFunction, field: string, message: string): string {
  const startsLower = /^[a-z]/.test(message);
  return startsLower ? t('errors.fieldPredicate', { field, message }) : t('errors.fieldStatement', { field, message });
}

/** The ids a control is described by: its hint and its error, when it has them. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
