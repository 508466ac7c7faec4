import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../core/contract/channels';

type Exposed = Record<string, Record<string, unknown>>;

/** What a preload script puts on `window.facilitator`, as namespace.method names. */
async function exposedBy(preload: string): Promise<string[]> {
  const { contextBridge } = await import('electron');
  await import(preload);
  const mock = contextBridge.exposeInMainWorld as unknown as { mock: { calls: [string, Exposed][] } };
  const [name, api] = mock.mock.calls.at(-1)!;
  expect(name).toBe('facilitator');
  return Object.entries(api).flatMap(([namespace, methods]) => Object.keys(methods).map((method) => `${namespace}.${method}`));
}

describe('preload scripts', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('the app window’s bridge has every channel', async () => {
    expect((await exposedBy('../../../electron/preload/index')).sort()).toEqual([...channelNames].sort());
  });

  it('the projector window’s bridge has only the presenter state and the lock status', async () => {
    expect((await exposedBy('../../../electron/preload/presenter')).sort()).toEqual(['presenter.state', 'protection.status']);
  });
});
