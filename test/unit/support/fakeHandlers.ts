import { vi, type Mock } from 'vitest';
import { channelNames, type ChannelName } from '../../../core/contract/contract';
import type { Handlers } from '../../../electron/services';

export type FakeHandlers = Handlers & Record<ChannelName, Mock>;

/** Handlers that record their calls and answer with the channel name, for testing the plumbing. */
export function fakeHandlers(): FakeHandlers {
  return Object.fromEntries(channelNames.map((name) => [name, vi.fn(async () => `result of ${name}`)])) as unknown as FakeHandlers;
}
