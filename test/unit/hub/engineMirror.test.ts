import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHubMirror, sealedFiles, type MirroredDocument } from '../../../electron/storage';

const leaf = (id: string, rev: string) => ({ _id: id, _rev: rev, _revisions: { start: 1, ids: [rev.slice(2)] }, epoch: 1, sealed: 'c2VhbGVk' });
const lists: MirroredDocument = { id: 'lists', leaves: [leaf('lists', '1-aaa'), leaf('lists', '1-bbb')], taken: '1-bbb 1-aaa' };
const workshop: MirroredDocument = {
  id: 'workshop:0b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b',
  leaves: [leaf('workshop:0b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b', '2-ccc')],
};
const fileOf = (id: string) => `${createHash('sha256').update(id).digest('hex')}.json`;

describe('the hub mirror on disk', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  async function dataDir() {
    const dir = await mkdtemp(join(tmpdir(), 'facilitator-hub-mirror-'));
    dirs.push(dir);
    return dir;
  }

  it('reads back every document it wrote, conflict leaves and what was taken included, under names that say nothing', async () => {
    const dir = await dataDir();
    const mirror = openHubMirror(dir);
    await mirror.write(lists);
    await mirror.write(workshop);
    await mirror.write({ ...lists, taken: '1-bbb' });
    const names = await readdir(join(dir, 'hub', 'mirror'));
    expect(names.sort()).toEqual([fileOf(lists.id), fileOf(workshop.id)].sort());
    const { documents, dropped } = await openHubMirror(dir).readAll();
    expect(dropped).toBe(0);
    expect(documents.sort((a, b) => a.id.localeCompare(b.id))).toEqual([{ ...lists, taken: '1-bbb' }, workshop]);
  });

  it('drops a file cut short, emptied or put under another document name, and still reads the rest', async () => {
    const dir = await dataDir();
    const mirror = openHubMirror(dir);
    await mirror.write(lists);
    await mirror.write(workshop);
    const folder = join(dir, 'hub', 'mirror');
    await truncate(join(folder, fileOf(lists.id)), 40);
    await writeFile(join(folder, fileOf('member:ana')), await readFile(join(folder, fileOf(workshop.id))));
    await writeFile(join(folder, fileOf('member:ben')), '');
    const { documents, dropped } = await mirror.readAll();
    expect(documents).toEqual([workshop]);
    expect(dropped).toBe(3);
  });

  it('is empty when there is none, and forgets everything when cleared', async () => {
    const dir = await dataDir();
    const mirror = openHubMirror(dir);
    expect(await mirror.readAll()).toEqual({ documents: [], dropped: 0 });
    await mirror.write(lists);
    await mirror.clear();
    expect(await mirror.readAll()).toEqual({ documents: [], dropped: 0 });
  });

  it('is sealed under the data key when the data is protected', async () => {
    const dir = await dataDir();
    const codec = sealedFiles(randomBytes(32));
    await openHubMirror(dir, { codec }).write(lists);
    const stored = await readFile(join(dir, 'hub', 'mirror', fileOf(lists.id)));
    expect(stored.toString('latin1')).not.toContain('1-aaa');
    expect((await openHubMirror(dir, { codec }).readAll()).documents).toEqual([lists]);
    expect(await openHubMirror(dir).readAll()).toEqual({ documents: [], dropped: 1 });
  });
});
