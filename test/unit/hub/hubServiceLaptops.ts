/**
 * Whole laptops for the hub service's tests: each a temp data folder opened with every real service
 * (the hub's included), answering the contract's channels through the dispatcher as the app does,
 * with a fixed clock and a test hub's short timings. Closing one stops its engine as locking does.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName, InputOf, OutputOf } from '../../../core/contract/contract';
import type { AppError } from '../../../core/contract/result';
import { openDataServices } from '../../../electron/services/dataHandlers';
import { createDispatcher, readModuleSources } from '../../../electron/services';
import { openDataDir } from '../../../electron/storage';
import type { StorageFileSystem } from '../../../electron/storage/fs/fileSystem';
import { createFakeHost, type FakeHost } from '../../support/fakeHost';
import { FAST_TIMING } from '../../support/hubLaptops';
import { setUpProgramDatabase, type HubServer } from '../../support/hubServer';
import { CURRICULA_DIR } from '../curricula/helpers';

const shippedModules = await readModuleSources(CURRICULA_DIR);

/** A temp folder that lasts the whole suite (the caller removes it). */
const suiteDir = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

/** Monday 2027-04-05 in Los Angeles, after the five-week series from March 2: no test depends on today's date. */
export const SERIES_NOW = new Date('2027-04-05T19:00:00.000Z');

export interface HubLaptop {
  name: string;
  dir: string;
  host: FakeHost;
  call<C extends ChannelName>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]): Promise<OutputOf<C>>;
  fail<C extends ChannelName>(channel: C, input?: InputOf<C>): Promise<AppError>;
  /** Moves this laptop's clock (each laptop has its own, as each computer does). */
  setNow(instant: Date): void;
  /** Closes the data (the hub's engine stops once what waits to go is in its replica on disk). */
  close(): Promise<void>;
  /** Opens the same data folder again, as the app does at the next start. */
  reopen(): Promise<HubLaptop>;
}

/** `fileSystem`: where the data folder's files go (a test gives one that fails some writes). */
export async function hubLaptop(name: string, dir?: string, options: { fileSystem?: StorageFileSystem } = {}): Promise<HubLaptop> {
  const folder = dir ?? (await suiteDir(`facilitator-hub-${name}-`));
  let now = SERIES_NOW;
  const store = await openDataDir({ dir: folder, now: () => now, ...options });
  const host = createFakeHost();
  const services = openDataServices(store, {
    version: '1.0.0',
    shippedModules,
    host,
    clock: { now: () => now, timeZone: 'America/Los_Angeles' },
    hub: { timing: FAST_TIMING, passphraseCost: 10, shareDelayMs: 30, keyCheckEveryMs: 200 },
  });
  const dispatch = createDispatcher(services.handlers);
  let closed = false;
  const laptop: HubLaptop = {
    name,
    dir: folder,
    host,
    setNow(instant) {
      now = instant;
    },
    async call(channel, ...input) {
      const result = await dispatch(channel, input[0]);
      if (!result.ok) throw new Error(`${name} ${channel}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async fail(channel, input) {
      const result = await dispatch(channel, input);
      if (result.ok) throw new Error(`${name} ${channel} should have failed`);
      return result.error;
    },
    async close() {
      if (closed) return;
      closed = true;
      await services.close();
      await store.close();
    },
    async reopen() {
      await laptop.close();
      return hubLaptop(name, folder);
    },
  };
  return laptop;
}

/** Where a join file is saved: a temp folder of its own, outside every data folder (the caller removes it). */
export async function joinFileTarget(userName: string): Promise<{ path: string; folder: string }> {
  const folder = await suiteDir('facilitator-join-');
  return { path: join(folder, `${userName}.facilitator-join`), folder };
}

/** A coordinator's laptop that created the program on a new database of `hub`. */
export async function programCoordinator(hub: HubServer, database: string, account: { name: string; password: string }): Promise<HubLaptop> {
  await setUpProgramDatabase(hub, database, account);
  const coordinator = await hubLaptop('coordinator');
  await coordinator.call('hub.saveSettings', { address: hub.origin, database, userName: account.name, password: account.password });
  await coordinator.call('hub.createProgram', { name: 'Eastside groups' });
  return coordinator;
}

/** A member's laptop, joined with a join file the coordinator made (its folder goes to `folders`, which the caller removes). */
export async function joinedMember(coordinator: HubLaptop, userName: string, passphrase: string, folders: string[]): Promise<HubLaptop> {
  const { path: target, folder } = await joinFileTarget(userName);
  folders.push(folder);
  coordinator.host.nextSaveTarget = target;
  await coordinator.call('hub.makeJoinFile', { userName, passphrase });
  const member = await hubLaptop(userName);
  member.host.nextOpenFile = target;
  const joined = await member.call('hub.join', { passphrase });
  if (joined.status !== 'joined') throw new Error(`${userName} could not join: ${JSON.stringify(joined)}`);
  return member;
}
