import { randomBytes } from 'node:crypto';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../core/domain/workshop';
import { writeJsonFile } from '../../../electron/storage/jsonFile';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { openDataDir, sealedFiles, type FileCodec } from '../../../electron/storage/index';
import { WORKSHOP_CACHE_SIZE } from '../../../electron/storage/workshops';
import { clock, day, tempDir, workshop } from './helpers';

const titles = (digests: readonly { title: string }[]) => digests.map((digest) => digest.title);

async function folderWith(workshops: Workshop[], codec?: FileCodec) {
  const dir = join(await tempDir(), 'data');
  const store = await openDataDir({ dir, now: clock(day(3)).now, ...(codec && { codec }) });
  const saved: Workshop[] = [];
  for (const each of workshops) saved.push(await store.workshops.save(each));
  await store.close();
  return { dir, saved, open: () => openDataDir({ dir, now: clock(day(3)).now, ...(codec && { codec }) }) };
}

const archived = (title: string, at: Date): Workshop => ({ ...workshop(title, at), archivedAt: at.toISOString() });

describe('the index of workshop digests', () => {
  it('is made again from the files when it is missing', async () => {
    const { dir, saved, open } = await folderWith([workshop('Spring group', day(1)), archived('Old group', day(2))]);
    await rm(join(dir, 'index'), { recursive: true });

    const store = await open();
    expect(titles(await store.workshops.summaries())).toEqual(['Spring group', 'Old group']);
    expect(titles(await store.workshops.summaries('active'))).toEqual(['Spring group']);
    expect(await store.workshops.get(saved[1]!.id)).toEqual(saved[1]);
    await store.close();
    expect(JSON.parse(await readFile(join(dir, 'index', 'active.json'), 'utf8'))).toMatchObject({ entries: [{ digest: { title: 'Spring group' } }] });
  });

  it('follows a workshop file written after it (a crash before the index was written)', async () => {
    const { dir, saved, open } = await folderWith([workshop('Spring group', day(1))]);
    const file = join(dir, 'workshops', `${saved[0]!.id}.json`);
    await writeJsonFile(nodeFileSystem, file, { ...saved[0], title: 'Spring group, unit B' });

    const store = await open();
    expect(titles(await store.workshops.summaries())).toEqual(['Spring group, unit B']);
    await store.close();
  });

  it('is made again when it disagrees with the files, and nothing is lost', async () => {
    const { dir, open } = await folderWith([workshop('Spring group', day(1))]);
    const kept = join(dir, 'older-active.json');
    await copyFile(join(dir, 'index', 'active.json'), kept);
    let store = await open();
    await store.workshops.save(workshop('Summer group', day(2)));
    await store.workshops.save(archived('Old group', day(2, 13)));
    await store.close();
    // The index as it was before two saves: it names one workshop where the folder holds three.
    await copyFile(kept, join(dir, 'index', 'active.json'));

    store = await open();
    expect(titles(await store.workshops.summaries())).toEqual(['Spring group', 'Summer group', 'Old group']);
    await store.close();
  });

  it('is made again when a file not archived was changed in place', async () => {
    const { dir, saved, open } = await folderWith([workshop('Spring group', day(1))]);
    // writeFile rewrites the same file, which leaves the folder's modification time as it was.
    await writeFile(join(dir, 'workshops', `${saved[0]!.id}.json`), JSON.stringify({ ...saved[0], title: 'Renamed elsewhere' }, null, 2));

    const store = await open();
    expect(titles(await store.workshops.summaries())).toEqual(['Renamed elsewhere']);
    await store.close();
  });

  it('lists many workshops written one after another with a few writes of a large index, not one each', async () => {
    const dir = join(await tempDir(), 'data');
    let indexWrites = 0;
    // An index of thousands takes longer to write than one workshop: as slow here.
    const fileSystem = {
      ...nodeFileSystem,
      rename: async (from: string, to: string) => {
        if (to.endsWith(join('index', 'active.json'))) {
          indexWrites++;
          await new Promise((done) => setTimeout(done, 40));
        }
        return nodeFileSystem.rename(from, to);
      },
    };
    const store = await openDataDir({ dir, now: clock(day(3)).now, fileSystem });
    const count = 60;
    for (let index = 1; index <= count; index++) await store.workshops.save(workshop(`Group ${index}`, day(1, 8 + (index % 10))));
    expect(titles(await store.workshops.summaries())).toHaveLength(count);
    await store.close();
    // Each write took the saves made while the one before it went on; once per save, a first sync of 5,000 grew with the square.
    expect(indexWrites).toBeLessThan(count / 2);

    const again = await openDataDir({ dir, now: clock(day(3)).now });
    expect(titles(await again.workshops.summaries())).toHaveLength(count);
    await again.close();
    expect(JSON.parse(await readFile(join(dir, 'index', 'active.json'), 'utf8')).entries).toHaveLength(count);
  });

  it('answers lists and the archived digests without reading archived workshop files, and reads one when asked', async () => {
    const old = Array.from({ length: 5 }, (_, index) => archived(`Old group ${index + 1}`, day(2, 13 + index)));
    const { dir, saved, open } = await folderWith([workshop('Spring group', day(2)), ...old]);
    const store = await open();
    expect(await store.workshops.get(saved[1]!.id)).toEqual(saved[1]);
    await store.close();
    // Archived files made unreadable in place: a list that read them would fail or recover them.
    for (const each of saved.slice(2)) await writeFile(join(dir, 'workshops', `${each.id}.json`), 'not json');

    const reopened = await open();
    expect(reopened.notices()).toEqual([]);
    expect(titles(await reopened.workshops.summaries())).toEqual(['Spring group', ...old.map((each) => each.title)]);
    expect(await reopened.workshops.get(saved[0]!.id)).toEqual(saved[0]);
    expect(await reopened.workshops.get(saved[1]!.id)).toEqual(saved[1]);
    await expect(reopened.workshops.get(saved[2]!.id)).rejects.toMatchObject({ kind: 'read-failed', path: `workshops/${saved[2]!.id}.json` });
    await reopened.close();
  });

  it('holds only the recently used workshops in memory and reads the others from their files', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(3)).now });
    const saved: Workshop[] = [];
    for (let index = 0; index <= WORKSHOP_CACHE_SIZE; index++) saved.push(await store.workshops.save(archived(`Group ${index + 1}`, day(1))));
    // The first one saved is no longer among the recently used: what its file holds now is what get answers.
    const first = saved[0]!;
    await writeJsonFile(nodeFileSystem, join(dir, 'workshops', `${first.id}.json`), { ...first, audience: 'Changed on disk' });
    expect(await store.workshops.get(first.id)).toEqual({ ...first, audience: 'Changed on disk' });
    await store.close();
  });

  it('keeps a workshop moved to the archive and back in the right part', async () => {
    const { saved, open } = await folderWith([workshop('Spring group', day(1))]);
    let store = await open();
    await store.workshops.update(saved[0]!.id, (current) => ({ ...current, archivedAt: day(3).toISOString() }));
    await store.close();
    store = await open();
    expect(titles(await store.workshops.summaries('active'))).toEqual([]);
    expect(titles(await store.workshops.summaries('all'))).toEqual(['Spring group']);
    await store.workshops.update(saved[0]!.id, ({ archivedAt: _archived, ...current }) => current);
    await store.workshops.remove(saved[0]!.id);
    await store.close();
    store = await open();
    expect(await store.workshops.summaries('all')).toEqual([]);
    await store.close();
  });

  it('is sealed when the data folder is protected', async () => {
    const codec = sealedFiles(randomBytes(32));
    const { dir, open } = await folderWith([workshop('Spring group', day(1)), archived('Old group', day(2))], codec);
    for (const part of ['active.json', 'archived.json']) {
      expect((await readFile(join(dir, 'index', part))).includes('group')).toBe(false);
    }
    const store = await open();
    expect(titles(await store.workshops.summaries())).toEqual(['Spring group', 'Old group']);
    await store.close();
  });
});
