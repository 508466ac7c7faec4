/**
 * Power loss, not process death: the real storage runs a facilitator's afternoon on a file system
 * that keeps unsynced data in a page cache (powerLossFileSystem.ts). Before every change it makes,
 * the test takes what a cut at that instant would leave (seeded, so a failure reproduces), then
 * opens the data folder again on each of those and checks that every answered save is there, no
 * file is unreadable and nothing is set aside. The SIGKILL test (crash.test.ts) proves renames;
 * this one proves fsyncs: with any one fsync call site turned off, it fails.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATION_INFO_FILE, listGenerations, type GenerationCounts } from '../../../../electron/storage/backups';
import { allFiles, generationFiles, generationReader, readGenerationInfo } from '../../../../electron/storage/generationReader';
import { defaultKinds } from '../../../../electron/storage/kinds';
import { BACKUPS_DIR } from '../../../../electron/storage/layout';
import { plainFiles, sealedFiles, type FileCodec } from '../../../../electron/storage/protection/codec';
import { checkGeneration } from '../../../../electron/storage/restore';
import { BACKUPS_KEY, committedState, DATA_DIR, openOn, runAfterReopening, runWorkload, type Committed } from './workload';
import { PowerLossFileSystem, type CrashImage } from './powerLossFileSystem';

interface Cut {
  image: CrashImage;
  /** How many calls had answered before the cut (-1: the data folder was still being opened the first time). */
  answered: number;
  seed: number;
}

interface Run {
  cuts: number;
  /** The first problem found after each cut that had one (`firstOnly`: just the first). */
  failures: string[];
  syncSites: Map<string, number>;
}

/** Same bytes after a cut at the same place with the same seed: a failure names its seed. */
const seedFor = (cut: number, draw: number) => cut * 7919 + draw * 104729 + 17;

/** Generations already found whole, by the hash of their files' names and bytes. */
const goodGenerations = new Set<string>();

async function fingerprintOf(fileSystem: PowerLossFileSystem, folder: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = await fileSystem.readFile(join(folder, ...file.split('/'))).catch(() => Buffer.from('missing'));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

async function problemAfter(cut: Cut, states: readonly Committed[], codec: FileCodec): Promise<string | undefined> {
  const fileSystem = PowerLossFileSystem.boot(cut.image);
  let store;
  try {
    store = await openOn(fileSystem, codec);
  } catch (error) {
    return `the data folder did not open: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const notices = store.notices();
    if (notices.length > 0) return `something was set aside or recovered: ${JSON.stringify(notices.map(({ code, file }) => ({ code, file })))}`;
    if (cut.answered >= 0) {
      // The answered state, or the one the call in flight at the cut was saving.
      const before = states[cut.answered] as Committed;
      const after = states[cut.answered + 1] ?? before;
      const now = await committedState(store, fileSystem);
      const kept = JSON.parse(now.get(BACKUPS_KEY) ?? '[]') as string[];
      const lost = (JSON.parse(before.get(BACKUPS_KEY) ?? '[]') as string[]).filter((name) => !kept.includes(name));
      if (lost.length > 0) return `backup ${lost.join(', ')} is gone (${cut.answered} calls had answered)`;
      for (const file of new Set([...before.keys(), ...after.keys(), ...now.keys()])) {
        if (file === BACKUPS_KEY) continue;
        const found = now.get(file);
        if (found !== before.get(file) && found !== after.get(file)) {
          return found === undefined
            ? `${file} is missing (${cut.answered} calls had answered)`
            : `${file} holds neither what was saved nor what was being saved (${cut.answered} calls had answered)`;
        }
      }
    }
    const reader = generationReader(codec, fileSystem);
    for (const name of await listGenerations(fileSystem, DATA_DIR)) {
      const folder = join(DATA_DIR, BACKUPS_DIR, name);
      const files = await generationFiles(fileSystem, folder);
      // Most cuts leave a generation byte for byte as another did: checked once.
      const fingerprint = await fingerprintOf(fileSystem, folder, [GENERATION_INFO_FILE, ...allFiles(files)]);
      if (goodGenerations.has(fingerprint)) continue;
      try {
        await checkGeneration(folder, defaultKinds, reader);
      } catch (error) {
        return `backup ${name} is damaged: ${error instanceof Error ? error.message : String(error)}`;
      }
      const counts: GenerationCounts | undefined = (await readGenerationInfo(folder, reader)).counts;
      if (!files.settings || !files.participants || counts?.workshops !== files.workshops.length || counts.modules !== files.modules.length) {
        return `backup ${name} does not hold what it says it holds`;
      }
      goodGenerations.add(fingerprint);
    }
    return undefined;
  } finally {
    await store.close();
  }
}

async function simulate(options: { codec: FileCodec; seedsPerCut: number; disabledSite?: string; firstOnly?: boolean }): Promise<Run> {
  const cuts: Cut[] = [];
  const states: Committed[] = [];
  let answered = -1;
  const fileSystem: PowerLossFileSystem = new PowerLossFileSystem({
    ...(options.disabledSite === undefined ? {} : { disabledSite: options.disabledSite }),
    beforeChange: () => {
      for (let draw = 0; draw < options.seedsPerCut; draw += 1) {
        const seed = seedFor(cuts.length, draw);
        cuts.push({ image: fileSystem.crashImage(seed), answered, seed });
      }
    },
  });
  let store = await openOn(fileSystem, options.codec);
  const acknowledged = async () => {
    states.push(await committedState(store, fileSystem));
    answered = states.length - 1;
  };
  await acknowledged();
  await runWorkload(store, acknowledged);
  await store.close();
  // Closed with every journal folded, then opened again on the index alone: the marks made after that still need finding after a cut.
  store = await openOn(fileSystem, options.codec);
  await acknowledged();
  await runAfterReopening(store, acknowledged);
  await store.close();

  const failures: string[] = [];
  // Looking for a first failure, the latest cuts come first: they have the most to lose.
  for (const cut of options.firstOnly ? [...cuts].reverse() : cuts) {
    const problem = await problemAfter(cut, states, options.codec);
    if (problem === undefined) continue;
    failures.push(`seed ${cut.seed}: ${problem}`);
    if (options.firstOnly) break;
  }
  return { cuts: cuts.length, failures, syncSites: fileSystem.syncSites };
}

describe('power loss', () => {
  let baseline: Run | undefined;

  // Each cut costs an open of the data folder; the two runs together check well over a thousand.
  it.each([
    ['as they are', plainFiles, 3],
    ['sealed (protection on)', sealedFiles(Buffer.alloc(32, 7)), 3],
  ] as const)('keeps every answered save, files stored %s, through a cut before each change', { timeout: 180_000 }, async (_label, codec, seedsPerCut) => {
    const run = await simulate({ codec, seedsPerCut });
    expect(run.failures.slice(0, 5)).toEqual([]);
    expect(run.cuts).toBeGreaterThan(500);
    if (!codec.sealed) baseline = run;
  });

  // The fsync call sites are the same whether files are sealed or not.
  it('fails with any one fsync call site turned off (the test bites)', { timeout: 240_000 }, async () => {
    const codec = plainFiles;
    const sites = [...(baseline ?? (await simulate({ codec, seedsPerCut: 1 }))).syncSites.keys()];
    expect(sites.length).toBeGreaterThan(3);
    const survivors: string[] = [];
    for (const site of sites) {
      const run = await simulate({ codec, seedsPerCut: 2, disabledSite: site, firstOnly: true });
      if (run.failures.length === 0) survivors.push(site);
    }
    expect(survivors, 'fsync call sites whose removal no cut notices').toEqual([]);
  });
});
