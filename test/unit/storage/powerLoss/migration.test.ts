/**
 * A power cut while a data folder written before module snapshots (workshop version 4) migrates at
 * its first open: before every change that open makes, the test takes what a cut would leave,
 * opens the folder again on it and checks that every workshop reads back with all its records and
 * its own module, with nothing set aside or recovered, and that every backup is whole. With any one fsync call site of that open
 * turned off, some cut loses something.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../../core/domain/workshop';
import { wholeWorkshops } from '../../../../electron/services/workshopReads';
import { listGenerations } from '../../../../electron/storage/backups';
import { openDataDir } from '../../../../electron/storage/dataDir';
import { generationReader } from '../../../../electron/storage/generationReader';
import { defaultKinds } from '../../../../electron/storage/kinds';
import { BACKUPS_DIR } from '../../../../electron/storage/layout';
import { plainFiles, sealedFiles, type FileCodec } from '../../../../electron/storage/protection/codec';
import { checkGeneration } from '../../../../electron/storage/restore';
import { writeV4Folder } from '../v4Folder';
import { PowerLossFileSystem, type CrashImage } from './powerLossFileSystem';
import { DATA_DIR, NOW } from './workload';

const now = () => NOW;
const byCreation = (a: Workshop, b: Workshop) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

interface Run {
  cuts: number;
  failures: string[];
  syncSites: string[];
}

async function problemAfter(image: CrashImage, codec: FileCodec, expected: readonly Workshop[]): Promise<string | undefined> {
  const fileSystem = PowerLossFileSystem.boot(image);
  let store;
  try {
    store = await openDataDir({ dir: DATA_DIR, now, codec, fileSystem });
  } catch (error) {
    return `the data folder did not open: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const notices = store.notices();
    if (notices.length > 0) return `something was set aside or recovered: ${JSON.stringify(notices.map(({ code, file }) => ({ code, file })))}`;
    const read = await wholeWorkshops(store, await store.workshops.summaries('all'));
    if (JSON.stringify(read) !== JSON.stringify(expected)) return 'the workshops do not read back as they were';
    // The backup made before migrating (and the day's) must be whole: it is what a failed migration falls back on.
    const reader = generationReader(codec, fileSystem);
    for (const name of await listGenerations(fileSystem, DATA_DIR)) {
      try {
        await checkGeneration(join(DATA_DIR, BACKUPS_DIR, name), defaultKinds, reader);
      } catch (error) {
        return `backup ${name} is damaged: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    return undefined;
  } catch (error) {
    return `a workshop does not read: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await store.close();
  }
}

async function simulate(options: { codec: FileCodec; seedsPerCut: number; disabledSite?: string; firstOnly?: boolean }): Promise<Run> {
  const setup = new PowerLossFileSystem();
  const old = await writeV4Folder({ fs: setup, dir: DATA_DIR, codec: options.codec, now });
  const expected = [...old.workshops].sort(byCreation);
  const images: CrashImage[] = [];
  const fileSystem: PowerLossFileSystem = PowerLossFileSystem.boot(setup.crashImage(1), {
    ...(options.disabledSite === undefined ? {} : { disabledSite: options.disabledSite }),
    beforeChange: () => {
      for (let draw = 0; draw < options.seedsPerCut; draw += 1) images.push(fileSystem.crashImage(images.length * 7919 + draw * 104729 + 17));
    },
  });
  const store = await openDataDir({ dir: DATA_DIR, now, codec: options.codec, fileSystem });
  await store.close();

  const failures: string[] = [];
  for (const [index, image] of (options.firstOnly ? [...images].reverse() : images).entries()) {
    const problem = await problemAfter(image, options.codec, expected);
    if (problem === undefined) continue;
    failures.push(`cut ${index}: ${problem}`);
    if (options.firstOnly) break;
  }
  return { cuts: images.length, failures, syncSites: [...fileSystem.syncSites.keys()] };
}

describe('power loss while a version 4 folder migrates', () => {
  it.each([
    ['as they are', plainFiles],
    ['sealed (protection on)', sealedFiles(Buffer.alloc(32, 7))],
  ] as const)('keeps every workshop, files stored %s, through a cut before each change', { timeout: 120_000 }, async (_label, codec) => {
    const run = await simulate({ codec, seedsPerCut: 3 });
    expect(run.failures.slice(0, 5)).toEqual([]);
    expect(run.cuts).toBeGreaterThan(100);
  });

  it('fails with any one fsync call site of the migrating open turned off (the test bites)', { timeout: 240_000 }, async () => {
    const { syncSites } = await simulate({ codec: plainFiles, seedsPerCut: 1 });
    // The data folder's own fsync when `modules/` is new to an older folder is made for this case alone.
    expect(syncSites.some((site) => site.startsWith('openDataDir (electron/storage/dataDir.ts'))).toBe(true);
    const survivors: string[] = [];
    // How whole a backup generation is (every file it counts, each one listed) is powerLoss.test.ts's to prove.
    for (const site of syncSites.filter((each) => !each.startsWith('createGeneration '))) {
      const run = await simulate({ codec: plainFiles, seedsPerCut: 2, disabledSite: site, firstOnly: true });
      if (run.failures.length === 0) survivors.push(site);
    }
    expect(survivors, 'fsync call sites whose removal no cut notices').toEqual([]);
  });
});
