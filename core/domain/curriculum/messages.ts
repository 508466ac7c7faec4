import type { z } from 'zod';
import { fieldIssueOf, formatPath, isFieldRule, type FieldIssue } from '../issues';

type ZodIssue = z.core.$ZodIssue;

/** The kind a module field should be, by zod's name for it; other kinds fall back to fieldIssueOf. */
const expectedKinds: Partial<Record<string, FieldIssue['rule']>> = {
  string: 'should-be-text',
  number: 'should-be-number',
  boolean: 'should-be-boolean',
  array: 'should-be-list',
  object: 'should-be-group',
};

/**
 * A schema issue of a module file as a field rule, worded by the renderer (or curricula:check) after
 * the field's path. Format checks and unions name their rule in their message (fields.ts `formatRule`),
 * since zod gives them no params; a missing field is "required"; a choice lists what it may be.
 */
export function moduleFieldIssue(issue: ZodIssue): FieldIssue {
  const path = formatPath(issue.path);
  if ((issue.code === 'invalid_format' || issue.code === 'invalid_union') && isFieldRule(issue.message)) return { path, rule: issue.message } as FieldIssue;
  if (issue.code === 'invalid_type') {
    // Parsed with reportInput, so a field left out is told apart from one of the wrong kind.
    if (issue.input === undefined) return { path, rule: 'required' };
    const rule = expectedKinds[issue.expected];
    if (rule) return { path, rule } as FieldIssue;
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map((value) => `"${String(value)}"`);
    return options.length === 1
      ? { path, rule: 'must-be', params: { value: options.join('') } }
      : { path, rule: 'one-of', params: { options: options.join(', ') } };
  }
  return fieldIssueOf(issue);
}
