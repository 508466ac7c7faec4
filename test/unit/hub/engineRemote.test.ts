import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAllowedHubAddress } from '../../../core/domain/hub/hubSettings';
import { guardedFetch, HubAddressRefused, HubOriginRefused, openRemote } from '../../../electron/services/hub/remote';
import { startHubServer, type HubServer } from '../../support/hubServer';
import { programKey, startLaptop, until } from '../../support/hubLaptops';

/** A server on 127.0.0.1 that answers every request with `respond` (and counts them). */
async function localServer(respond: (reply: (status: number, headers?: Record<string, string>) => void) => void) {
  let hits = 0;
  const server: Server = createServer((_request, response) => {
    hits += 1;
    respond((status, headers = {}) => response.writeHead(status, headers).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits: () => hits,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe('which hub addresses the app connects to', () => {
  it('takes https anywhere and plain http on this computer only, as a bare origin', () => {
    for (const address of ['https://hub.example.org', 'https://hub.example.org:6984/', 'http://127.0.0.1:5984', 'http://localhost:5984', 'http://[::1]:5984']) {
      expect(isAllowedHubAddress(address), address).toBe(true);
    }
    for (const address of [
      'http://hub.example.org',
      'http://192.168.1.20:5984',
      'ftp://hub.example.org',
      'https://ana:secret@hub.example.org',
      'https://hub.example.org/program-a',
      'https://hub.example.org/?x=1',
      'hub.example.org',
      '',
    ]) {
      expect(isAllowedHubAddress(address), address).toBe(false);
    }
  });

  it('refuses to open a hub at an address that is not allowed, without saying its password', () => {
    const open = () =>
      openRemote({ address: 'https://ana:pw-secret@hub.example.org', database: 'p', userName: 'ana', password: 'pw-secret' }, { requestTimeoutMs: 1000 });
    expect(open).toThrow(HubAddressRefused);
    expect(open).not.toThrow(/pw-secret/);
  });
});

describe('the guarded fetch', () => {
  const servers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  it('refuses any other origin before a request leaves', async () => {
    const elsewhere = await localServer((reply) => reply(200));
    servers.push(elsewhere);
    const fetchHub = guardedFetch('https://hub.example.org', 1000);
    await expect(fetchHub(`${elsewhere.origin}/program/_all_docs`)).rejects.toBeInstanceOf(HubOriginRefused);
    await expect(fetchHub(new URL('https://hub.example.org.evil.test/x'))).rejects.toBeInstanceOf(HubOriginRefused);
    expect(elsewhere.hits()).toBe(0);
  });

  it('does not follow a redirect to another host', async () => {
    const elsewhere = await localServer((reply) => reply(200));
    const hub = await localServer((reply) => reply(302, { location: `${elsewhere.origin}/stolen` }));
    servers.push(elsewhere, hub);
    await expect(guardedFetch(hub.origin, 1000)(`${hub.origin}/program`)).rejects.toThrow();
    expect(hub.hits()).toBe(1);
    expect(elsewhere.hits()).toBe(0);
  });

  it('gives up on a hub that takes the request and never answers', async () => {
    const silent = await localServer(() => undefined);
    servers.push(silent);
    const started = Date.now();
    await expect(guardedFetch(silent.origin, 300)(`${silent.origin}/program`)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('answers PouchDB’s progress count (`info`) without failing when the hub never answers, so replication leaves no rejection unhandled', async () => {
    const silent = await localServer(() => undefined);
    servers.push(silent);
    const remote = openRemote({ address: silent.origin, database: 'program', userName: 'ana', password: 'pw' }, { requestTimeoutMs: 200 });
    // pouchdb-replication calls `src.info().then(count)` after each batch with no rejection handler.
    await expect(remote.db.info()).resolves.toEqual({ db_name: 'program', update_seq: 0 });
  });
});

describe('credentials', () => {
  let hub: HubServer;
  beforeAll(async () => {
    hub = await startHubServer();
    await hub.createUser('ana', 'pw-right');
    await hub.createDatabase('program-c', { members: ['ana'] });
  }, 30_000);
  afterAll(() => hub?.stop());

  it('never shows the password in what the engine logs or says, whether the hub refuses it or cannot be reached', async () => {
    const said = vi.fn();
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(said));
    try {
      const refused = await startLaptop({ hub, database: 'program-c', user: { name: 'ana', password: 'pw-wrong-Zq81' }, keys: [programKey(1)] });
      await until('the password is refused', () => refused.engine.state().kind === 'needs-you');
      expect(refused.engine.state()).toEqual({ kind: 'needs-you', why: 'refused-password' });
      await refused.dispose();
      const gone = await startHubServer();
      const unreachable = await startLaptop({ hub: gone, database: 'program-c', user: { name: 'ana', password: 'pw-right-Zq81' }, keys: [programKey(1)] });
      await gone.stop();
      await unreachable.engine.syncNow();
      await until('the hub is out of reach', () => unreachable.engine.state().kind === 'offline');
      expect(JSON.stringify(unreachable.states)).not.toContain('Zq81');
      await unreachable.dispose();
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(JSON.stringify(said.mock.calls)).not.toContain('Zq81');
  }, 20_000);
});
