/**
 * Laptops for the hub engine's tests: each with its own temporary data folder (the mirror lives
 * there), its own engine against a test hub (test/support/hubServer.ts), and a record of what the
 * engine handed over and which states it showed. Timings are short so a suite runs in seconds.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncState } from '../../core/domain/hub/syncState';
import { startHubEngine, type HubEngine, type HubTiming, type IncomingContext, type ProgramKey } from '../../electron/services/hub/engine';
import { openHubMirror, type HubMirrorStore } from '../../electron/storage';
import type { HubServer } from './hubServer';

export const FAST_TIMING: HubTiming = { pollMs: 400, requestTimeoutMs: 1_000, retryMinMs: 100, retryMaxMs: 400, recheckRefusedMs: 300, slowExchangeMs: 150 };
/** The clock every test laptop reads: no test depends on today's date. */
export const TEST_NOW = new Date('2027-03-02T23:30:00.000Z');

export function programKey(epoch = 1): ProgramKey {
  return { epoch, key: randomBytes(32) };
}

export interface Received {
  body: unknown;
  context: IncomingContext;
}

export interface Laptop {
  dir: string;
  engine: HubEngine;
  /** Every hand-over, in order. */
  received: { docId: string; body: unknown; context: IncomingContext }[];
  /** The last hand-over of each document. */
  latest(docId: string): Received | undefined;
  states: SyncState[];
  /** Stops the engine (the data folder stays, as when the app quits). */
  quit(): Promise<void>;
  /** Starts an engine again on the same data folder. */
  restart(): Promise<Laptop>;
  /** Stops the engine and removes the data folder. */
  dispose(): Promise<void>;
}

export interface LaptopOptions {
  hub: HubServer;
  database: string;
  user: { name: string; password: string };
  keys: ProgramKey[];
  dir?: string;
  onIncoming?: (docId: string, body: unknown, context: IncomingContext) => Promise<void>;
  /** Changes to FAST_TIMING. */
  timing?: Partial<HubTiming>;
  /** The mirror over the data folder's (a disk that fills up, say). */
  mirror?: (mirror: HubMirrorStore) => HubMirrorStore;
}

export async function startLaptop(options: LaptopOptions): Promise<Laptop> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'facilitator-hub-laptop-')));
  const received: Laptop['received'] = [];
  const states: SyncState[] = [];
  const engine = await startHubEngine({
    connection: { address: options.hub.origin, database: options.database, userName: options.user.name, password: options.user.password },
    keys: options.keys,
    mirror: (options.mirror ?? ((mirror) => mirror))(openHubMirror(dir)),
    onIncoming: async (docId, body, context) => {
      await options.onIncoming?.(docId, body, context);
      received.push({ docId, body, context });
    },
    now: () => TEST_NOW,
    timing: { ...FAST_TIMING, ...options.timing },
  });
  states.push(engine.state());
  engine.onStateChange((state) => states.push(state));
  let stopped = false;
  const laptop: Laptop = {
    dir,
    engine,
    received,
    states,
    latest: (docId) => received.filter((entry) => entry.docId === docId).at(-1),
    async quit() {
      if (stopped) return;
      stopped = true;
      await engine.stop();
    },
    async restart() {
      await laptop.quit();
      return startLaptop({ ...options, dir });
    },
    async dispose() {
      await laptop.quit();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return laptop;
}

/** Waits until `condition` holds, checking every 25 ms; fails with `what` after `timeoutMs`. */
export async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}
