import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../core/domain/settings';
import { openDataDir } from '../../../electron/storage/index';
import { isSealed, plainFiles, sealedFiles } from '../../../electron/storage/protection/codec';
import { clock, day, tempDir } from './helpers';
import { exited, runFixture, waitForLine } from './processes';

const ROUNDS = 50;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The data key the sealed run uses: the writer and the parent both seal and open with it. */
const DATA_KEY = randomBytes(32);

describe.each([
  ['as they are', plainFiles, {}],
  ['sealed (protection on)', sealedFiles(DATA_KEY), { FACILITATOR_TEST_DATA_KEY: DATA_KEY.toString('hex') }],
] as const)('crash safety, files stored %s', (_storage, codec, env) => {
  it(`keeps every reported save across ${ROUNDS} SIGKILLs of a writer`, { timeout: 120_000 }, async () => {
    const dir = join(await tempDir('storage-crash-'), 'data');
    let tempsLeftByKills = 0;
    let highestReported = 0;

    for (let round = 1; round <= ROUNDS; round += 1) {
      const child = runFixture('crash-writer.ts', dir, env);
      let stdout = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      await waitForLine(child, /^saved \d+$/);
      // 0–15 ms covers anything from "between two writes" to "halfway through the fsync".
      const wait = Math.floor(Math.random() * 16);
      if (wait > 0) await delay(wait);
      child.kill('SIGKILL');
      await exited(child);
      expect(child.signalCode, `round ${round}: the writer should die by SIGKILL; stdout: ${stdout.slice(-200)}`).toBe('SIGKILL');

      const reported = [...stdout.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      expect(reported.length, `round ${round}`).toBeGreaterThan(0);
      highestReported = Math.max(...reported);
      tempsLeftByKills += (await readdir(dir)).filter((name) => name.endsWith('.tmp')).length;

      // The parent now opens the folder: the dead writer's lock must be taken over.
      const store = await openDataDir({ dir, now: clock(day(1)).now, codec });
      const stored = await readFile(join(dir, 'settings.json'));
      expect(isSealed(stored), `round ${round}: settings.json stored sealed`).toBe(codec.sealed);
      const onDisk = settingsSchema.parse(JSON.parse(Buffer.from(codec.open('settings.json', stored)).toString('utf8')));
      const names = onDisk.facilitators.map((f) => f.name);
      // F1…Fn with no gap and no duplicate, and at least everything the writer said was saved.
      expect(names, `round ${round}`).toEqual(names.map((_, i) => `F${i + 1}`));
      expect(names.length, `round ${round}`).toBeGreaterThanOrEqual(highestReported);
      expect(store.settings.get().facilitators.map((f) => f.name)).toEqual(names);
      expect(store.notices(), `round ${round}: nothing should have needed recovery`).toEqual([]);
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      await store.close();
    }

    // Not asserted (timing-dependent), but shows how many kills landed in the middle of a write.
    console.info(`crash test: ${ROUNDS} kills, ${highestReported} saves, ${tempsLeftByKills} kills left a temp file behind`);
  });
});
