import type { z } from 'zod';

/** One problem found in a document or an input, and where it is. */
export interface InputIssue {
  /** Where the problem is, e.g. `facilitators[2].name`. Empty for the input as a whole. */
  path: string;
  message: string;
}

/** Where in a document a problem is, as people read it: `sessions[3].activities[1].minutes`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

export function issuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}
