import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubServer, type HubServer } from '../../support/hubServer';
import { programKey, startLaptop, TEST_NOW, until, type Laptop } from '../../support/hubLaptops';

/** A deadline long enough to tell "checking within a few seconds" from "only once the request gives up". */
const TIMING = { pollMs: 300, requestTimeoutMs: 2_500, slowExchangeMs: 200, retryMinMs: 100, retryMaxMs: 300 };

describe('the sync state while the hub is frozen (connections hang, nothing answers)', () => {
  let hub: HubServer;
  let laptop: Laptop | undefined;

  beforeAll(async () => {
    hub = await startHubServer();
    await hub.createUser('ana', 'pw-ana');
    await hub.createDatabase('program-frozen', { members: ['ana'] });
  }, 30_000);
  afterAll(async () => {
    hub?.resume();
    await laptop?.dispose();
    await hub?.stop();
  });

  it('stops saying up to date within a few seconds, says offline once the request fails, and up to date again when the hub answers', async () => {
    laptop = await startLaptop({ hub, database: 'program-frozen', user: { name: 'ana', password: 'pw-ana' }, keys: [programKey(1)], timing: TIMING });
    const { engine } = laptop;
    await until('up to date', () => engine.state().kind === 'up-to-date');
    const before = laptop.states.length;

    hub.pause();
    const frozenAt = Date.now();
    try {
      await until('catching up', () => engine.state().kind === 'catching-up', TIMING.requestTimeoutMs);
      // Before any request could have given up: the state came from the exchange waiting, not from a failure.
      expect(Date.now() - frozenAt).toBeLessThan(TIMING.requestTimeoutMs);
      await until('offline', () => engine.state().kind === 'offline', 3 * TIMING.requestTimeoutMs);
      expect(engine.state()).toEqual({ kind: 'offline', since: TEST_NOW.toISOString() });
    } finally {
      hub.resume();
    }
    await until('up to date again', () => engine.state().kind === 'up-to-date', 3 * TIMING.requestTimeoutMs);
    expect(laptop.states.slice(before).map((state) => state.kind)).toEqual(['catching-up', 'offline', 'up-to-date']);
  }, 30_000);
});
