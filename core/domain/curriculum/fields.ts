import { z } from 'zod';
import { ruleOf, type FieldIssue, type FieldRule } from '../issues';

/** Field kinds every part of a module file uses: ids, plain text. */

/** A format check whose rule the message names (zod gives a format issue no params): see moduleFieldIssue. */
export const formatRule = (rule: FieldRule) => ({ message: rule });

export const slug = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, formatRule('slug'));

export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), ruleOf({ rule: 'control-characters' }));
}

/** A problem found by a refinement, as a rule with its params (the message is for developers only). */
export function reportRule(context: z.RefinementCtx, path: PropertyKey[], issue: Omit<FieldIssue, 'path'>): void {
  context.addIssue({ code: 'custom', path, message: issue.rule, ...ruleOf(issue) });
}
