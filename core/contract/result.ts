import type { z } from 'zod';
import { formatPath } from '../domain/fieldPath';

export { formatPath };

export const errorCodes = [
  'invalid-input',
  'unknown-channel',
  'forbidden',
  'not-found',
  'storage',
  'internal',
  /** The data is protected and locked (or its key is missing): nothing can be read or changed until it is unlocked. */
  'locked',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface InputIssue {
  /** Where the problem is, e.g. `facilitators[2].name`. Empty for the input as a whole. */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  /** A sentence a facilitator can read. */
  message: string;
  issues?: InputIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A failure a service raises on purpose; the dispatcher sends it to the renderer as it is. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: InputIssue[],
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toAppError(): AppError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export function issuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}
