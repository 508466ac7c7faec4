/**
 * The renderer's only door to the app: typed calls through `window.facilitator`.
 *
 * `call('settings.saveSite', input)` resolves with the value or throws an `ApiError`
 * (code, a message a person can read, and `issues` pointing at fields).
 */
import type { ChannelName, InputOf, OutputOf } from '../core/contract/contract';
import type { AppError, ErrorCode, InputIssue, Result } from '../core/contract/result';
import { i18n } from './i18n';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly InputIssue[];

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/** Turns a Result into its value, or throws its error as an ApiError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

/** Anything thrown while talking to the app, as an ApiError (never loses the message). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error && error.message ? error.message : i18n.t('errors.unexpected');
  return new ApiError({ code: 'internal', message });
}

type ArgsOf<C extends ChannelName> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];
type AnyMethod = (input?: unknown) => Promise<Result<unknown>>;
type LooseBridge = Partial<Record<string, Partial<Record<string, AnyMethod>>>>;

/** Sent on `window` when a call is refused because the data is locked (e.g. the computer slept). */
export const LOCKED_EVENT = 'facilitator-locked';

/** Calls one channel of the contract, e.g. `call('settings.get')`. Throws ApiError on failure. */
export async function call<C extends ChannelName>(channel: C, ...args: ArgsOf<C>): Promise<OutputOf<C>> {
  const bridge = (window as { facilitator?: unknown }).facilitator as LooseBridge | undefined;
  const [namespace = '', method = ''] = channel.split('.');
  const fn = bridge?.[namespace]?.[method];
  if (!fn) throw new ApiError({ code: 'internal', message: i18n.t('errors.noBridge') });
  let result: Result<unknown>;
  try {
    result = await fn(args[0]);
  } catch (error) {
    throw toApiError(error);
  }
  // A refusal because the data is locked (the computer slept, say): the gate shows the lock screen.
  if (!result.ok && result.error.code === 'locked') window.dispatchEvent(new Event(LOCKED_EVENT));
  return unwrap(result as Result<OutputOf<C>>);
}

/** The field an issue points at: `facilitators[2].name` -> `name`, `roles[0]` -> `roles`. */
export function issueField(path: string): string {
  const segments = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean);
  return segments[segments.length - 1] ?? '';
}

/** The first issue message for each field; issues with no field go under ''. */
export function issuesByField(error: ApiError | null | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const field = issueField(issue.path);
    byField[field] ??= issue.message;
  }
  return byField;
}
