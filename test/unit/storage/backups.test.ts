import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { createGeneration, listGenerations } from '../../../electron/storage/backups';
import { openDataDir } from '../../../electron/storage/index';
import { fileTimestamp } from '../../../electron/storage/layout';
import { addFacilitator, clock, day, tempDir, workshop } from './helpers';

describe('daily backup generations', () => {
  it('makes one generation per day of use, holding every data file', async () => {
    const dir = join(await tempDir(), 'data');
    const time = clock(day(1, 8));
    const first = await openDataDir({ dir, now: time.now });
    await first.settings.update(addFacilitator('Ana'));
    const saved = await first.workshops.save(workshop('Spring series'));
    await first.close();
    expect(await readdir(join(dir, 'backups'))).toEqual([fileTimestamp(day(1, 8))]);

    time.set(day(1, 17)); // later the same day: no new generation
    await (await openDataDir({ dir, now: time.now })).close();
    expect(await readdir(join(dir, 'backups'))).toEqual([fileTimestamp(day(1, 8))]);

    time.set(day(2, 9));
    await (await openDataDir({ dir, now: time.now })).close();
    const generations = await listGenerations(nodeFileSystem, dir);
    expect(generations).toEqual([fileTimestamp(day(1, 8)), fileTimestamp(day(2, 9))]);

    // The new generation is a byte-for-byte copy of the data files as they were at open.
    const generation = join(dir, 'backups', fileTimestamp(day(2, 9)));
    expect((await readdir(generation)).sort()).toEqual(['about.json', 'curricula', 'modules', 'participants.json', 'settings.json', 'workshops']);
    for (const file of ['settings.json', 'participants.json', `workshops/${saved.id}.json`]) {
      expect(await readFile(join(generation, file))).toEqual(await readFile(join(dir, file)));
    }
    // No temp folders remain.
    expect((await readdir(join(dir, 'backups'))).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps a generation for each of the last 7 days of use and for each of the 4 weeks before them', async () => {
    const dir = join(await tempDir(), 'data');
    for (let n = 1; n <= 20; n += 1) {
      const store = await openDataDir({ dir, now: clock(day(n)).now });
      await store.settings.update(addFacilitator(`F${n}`));
      await store.close();
    }
    // January 2025: the 1st is a Wednesday. Days 14–20 are daily; before them, the newest of the
    // weeks of the 13th, of the 6th–12th and of the 1st–5th.
    const expected = [5, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((n) => fileTimestamp(day(n)));
    expect(await readdir(join(dir, 'backups'))).toEqual(expected);
    // Day 20's generation was made at open, before that day's update: it holds F1…F19.
    const newest = JSON.parse(await readFile(join(dir, 'backups', fileTimestamp(day(20)), 'settings.json'), 'utf8')) as {
      facilitators: Array<{ name: string }>;
    };
    expect(newest.facilitators.map((f) => f.name)).toEqual(Array.from({ length: 19 }, (_, i) => `F${i + 1}`));
  });

  it('names a second generation made at the same instant so it still sorts after the first', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{}');
    const a = await createGeneration(nodeFileSystem, dir, day(1));
    const b = await createGeneration(nodeFileSystem, dir, day(1));
    expect(b).not.toBe(a);
    expect(await listGenerations(nodeFileSystem, dir)).toEqual([a, b]);
  });

  it('ignores stray folders and cleans up a half-made generation left by a crash', async () => {
    const dir = join(await tempDir(), 'data');
    await mkdir(join(dir, 'backups', 'my notes'), { recursive: true });
    await mkdir(join(dir, 'backups', `.${fileTimestamp(day(1))}.1234.abcdef.tmp`, 'workshops'), { recursive: true });
    const store = await openDataDir({ dir, now: clock(day(2)).now });
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual([fileTimestamp(day(2)), 'my notes']);
    await store.close();
  });
});
