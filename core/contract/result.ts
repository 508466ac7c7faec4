import type { InputIssue } from '../domain/issues';

export { describeIssues, formatPath, issuesOf, type InputIssue } from '../domain/issues';

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
