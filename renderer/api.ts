/**
 * The renderer's only door to the app: typed calls through `window.facilitator`.
 *
 * `call('settings.saveSite', input)` resolves with the value or throws an `ApiError`
 * (code, the reason as data worded in the chosen language, and `issues` pointing at fields).
 */
import type { ChannelName, InputOf, OutputOf } from '../core/contract/contract';
import type { AppError, ErrorCode, FieldIssue, Message, Result } from '../core/contract/result';
import { i18n } from './i18n';
import { describeMessage } from './format/describe';

/** A problem the renderer has already worded, at a field (a check made here, in the screen's own words). */
export interface WordedIssue {
  path: string;
  rule: 'worded';
  /** Said after the field's label ("is already used by “Present”"), or alone where the field has none. */
  text: string;
}

/** What a form can show at a field: a problem the app reported, or one the renderer worded. */
export type ShownIssue = FieldIssue | WordedIssue;

/** A failure the app reported; `message` is its reason worded in the language chosen when it arrived. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly reason: Message;
  issues: readonly ShownIssue[];

  /** `text`: the renderer's own words for it, where it has better ones than the reason's (a check made here). */
  constructor(error: AppError, text?: string) {
    super(text ?? describeMessage(error.reason));
    this.name = 'ApiError';
    this.code = error.code;
    this.reason = error.reason;
    this.issues = error.issues ?? [];
  }

  /** The same failure with the issues a screen placed itself. */
  withIssues(issues: readonly ShownIssue[]): ApiError {
    this.issues = issues;
    return this;
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
  return new ApiError({ code: 'internal', reason: { code: 'unexpected' } }, i18n.t('errors.unexpected'));
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
  if (!fn) throw new ApiError({ code: 'internal', reason: { code: 'unexpected' } }, i18n.t('errors.noBridge'));
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

/** The first issue for each field; issues with no field go under ''. */
export function issuesByField(error: ApiError | null | undefined): Record<string, ShownIssue> {
  const byField: Record<string, ShownIssue> = {};
  for (const issue of error?.issues ?? []) {
    const field = issueField(issue.path);
    byField[field] ??= issue;
  }
  return byField;
}
