import type { z } from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** Names what a YAML author actually wrote, e.g. "a list" or "the number 12". */
export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

function quoteList(values: readonly unknown[]): string {
  return values.map((value) => `"${String(value)}"`).join(', ');
}

/**
 * Zod's own messages are written for programmers ("Invalid input: expected string, received
 * undefined"). Module authors are facilitators: say what is wrong in their words.
 * Messages given in the schema itself take precedence over these. Unknown fields are reported by
 * parse.ts, one problem per field at the field's own line.
 */
export const moduleErrorMap: z.core.$ZodErrorMap = (issue: RawIssue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing: this field is required';
      return `should be ${typeWords[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${quoteList(issue.values)}` : `must be one of ${quoteList(issue.values)}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `can have at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'invalid_union':
      return 'is not in a form this format accepts';
    default:
      return undefined;
  }
};
