import type { FieldIssue } from '../domain/issues';
import type { Message } from '../domain/messages';

export { fieldIssueOf, fieldRules, formatPath, issuesOf, type FieldIssue, type FieldRule, type InputIssue } from '../domain/issues';
export { messageCodes, messageSpecs, type Message, type MessageCode } from '../domain/messages';

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
  /** The category (what the renderer does about it: show the lock screen, say "not found"...). */
  code: ErrorCode;
  /** What exactly went wrong, as data; the renderer words it in the chosen language. */
  reason: Message;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A failure a service raises on purpose; the dispatcher sends it to the renderer as it is. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: Message,
    readonly issues?: FieldIssue[],
  ) {
    // The code in the developer's stack trace; people are shown the reason, worded by the renderer.
    super(reason.code);
    this.name = 'AppFailure';
  }

  toAppError(): AppError {
    return this.issues ? { code: this.code, reason: this.reason, issues: this.issues } : { code: this.code, reason: this.reason };
  }
}
