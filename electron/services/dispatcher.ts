import { contract, isChannelName, type ChannelName } from '../../core/contract/contract';
import { AppFailure, issuesOf, type Result } from '../../core/contract/result';
import type { DataHandlers, Handlers } from './handlers';
import { asAppFailure } from './storageFailure';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

type Log = (message: string, error: unknown) => void;

/**
 * Validates a call against the contract and runs its handler. Every outcome is a Result:
 * nothing thrown crosses the IPC boundary, and unexpected errors never leak their details.
 */
export function createDispatcher(handlers: DataHandlers & Partial<Handlers>, log: Log = console.error): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return failure(new AppFailure('unknown-channel', { code: 'unknown-action', params: { action: String(channel).slice(0, 80) } }));
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return failure(new AppFailure('invalid-input', { code: 'input-invalid' }, issues));
    }
    const handler = handlers[channel] as ((value: unknown) => unknown) | undefined;
    // Only the app's session answers the protection channels; a bare data dispatcher has none.
    if (!handler) return failure(new AppFailure('unknown-channel', { code: 'unknown-action', params: { action: channel } }));
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const known = asAppFailure(error);
      if (known) return failure(known);
      log(`Unexpected error in ${channel satisfies ChannelName}`, error);
      return failure(new AppFailure('internal', { code: 'unexpected' }));
    }
  };
}

function failure(error: AppFailure): Result<never> {
  return { ok: false, error: error.toAppError() };
}
