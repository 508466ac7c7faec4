import { z } from 'zod';
import { ruleOf } from './issues';

/** Trimmed single-line text with a length limit people can read in an error message. */
export function boundedText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value), {
      message: 'must not contain control characters',
      ...ruleOf({ rule: 'control-characters' }),
    });
}

/** Text that must stay on one line: a name, initials, pronouns. */
export function singleLineText(max: number) {
  return boundedText(max).refine((value) => !/[\t\n\r]/.test(value), { message: 'must be on one line' });
}

export function requiredText(max: number) {
  return boundedText(max).pipe(z.string().min(1, { message: 'is required' }));
}

/** Record ids are UUIDs made by `crypto.randomUUID()`. */
export const recordId = z.uuid({ message: 'must be a record id' });
