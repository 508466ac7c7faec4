import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ChannelName, InputOf, OutputOf } from '../../../core/contract/contract';
import type { AppError } from '../../../core/contract/result';
import { createDispatcher, createHandlers, readModuleSources, type Dispatch } from '../../../electron/services';
import { openDataDir, type DataStore } from '../../../electron/storage';
import type { StorageFileSystem } from '../../../electron/storage/fs/fileSystem';
import { createFakeHost, type FakeHost } from '../../support/fakeHost';
import { CURRICULA_DIR } from '../curricula/helpers';
import { tempDir } from '../storage/helpers';

const shippedModules = await readModuleSources(CURRICULA_DIR);

export const LA = 'America/Los_Angeles';

export interface PlanningHarness {
  dir: string;
  store: DataStore;
  host: FakeHost;
  /** The app's clock: move it with `setNow`. */
  setNow(iso: string): void;
  call<C extends ChannelName>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]): Promise<OutputOf<C>>;
  fail<C extends ChannelName>(channel: C, input?: InputOf<C>): Promise<AppError>;
  /** Writes a file outside the data folder and makes it the one the next open dialog returns. */
  pickFile(name: string, content: string | Uint8Array): Promise<string>;
}

const opened: DataStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/** The real services on a temp data folder, with the computer in Los Angeles at a fixed time. */
/** `fileSystem`: where the data folder's files go (a test gives one that fails some writes). */
export async function planningHarness(options: { now?: string; dir?: string; fileSystem?: StorageFileSystem } = {}): Promise<PlanningHarness> {
  const dir = options.dir ?? (await tempDir('planning-'));
  const outside = await tempDir('picked-');
  let now = new Date(options.now ?? '2027-03-04T18:00:00Z');
  const store = await openDataDir({ dir, now: () => now, ...(options.fileSystem ? { fileSystem: options.fileSystem } : {}) });
  opened.push(store);
  const host = createFakeHost();
  const dispatch: Dispatch = createDispatcher(createHandlers(store, { version: '1.0.0', shippedModules, host, clock: { now: () => now, timeZone: LA } }));
  return {
    dir,
    store,
    host,
    setNow(iso) {
      now = new Date(iso);
    },
    async call(channel, ...input) {
      const result = await dispatch(channel, input[0]);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    async fail(channel, input) {
      const result = await dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    },
    async pickFile(name, content) {
      const path = join(outside, name);
      await writeFile(path, content);
      host.nextOpenFile = path;
      return path;
    },
  };
}

/** The five-week juvenile-hall series as the e2e plans it: Tuesdays and Thursdays at 15:30 from 2027-03-02. */
export function juvenileHallDraft(overrides: Partial<InputOf<'workshops.create'>> = {}): InputOf<'workshops.create'> {
  return {
    title: 'Knowing Your Worth – Unit B',
    audience: 'Girls 14–17, Unit B',
    facilitators: [],
    timeZone: LA,
    moduleId: 'juvenile-hall-five-week-series',
    plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
    participantIds: [],
    ...overrides,
  };
}
