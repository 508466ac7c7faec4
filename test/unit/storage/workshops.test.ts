import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataDir } from '../../../electron/storage/index';
import { clock, day, listTemps, readJson, tempDir, workshop } from './helpers';
import { wholeWorkshops } from '../../../electron/services/workshopReads';
import { readStoredWorkshop } from '../../support/workshopOnDisk';

async function freshStore() {
  const dir = join(await tempDir(), 'data');
  return { dir, store: await openDataDir({ dir, now: clock(day(1)).now }) };
}

describe('WorkshopRepository', () => {
  it('saves each workshop to its own file and reads them back after reopening', async () => {
    const { dir, store } = await freshStore();
    const a = await store.workshops.save(workshop('Juvenile hall, spring', day(1)));
    const b = await store.workshops.save(workshop('  School group  ', day(2)));
    expect(b.title).toBe('School group');
    expect((await readdir(join(dir, 'workshops'))).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
    expect(await readStoredWorkshop(dir, b.id)).toEqual(b);
    expect(await wholeWorkshops(store, await store.workshops.summaries())).toEqual([a, b]);
    expect(await store.workshops.get(a.id)).toEqual(a);
    await store.close();

    const reopened = await openDataDir({ dir, now: clock(day(2)).now });
    expect(await wholeWorkshops(reopened, await reopened.workshops.summaries())).toEqual([a, b]);
    await reopened.close();
  });

  it('records a change in the workshop’s own journal, and folds it into only that workshop’s file on close', async () => {
    const { dir, store } = await freshStore();
    const a = await store.workshops.save(workshop('A'));
    const b = await store.workshops.save(workshop('B'));
    const bBytes = await readFile(join(dir, 'workshops', `${b.id}.json`));
    const renamed = await store.workshops.save({ ...a, title: 'A, renamed', updatedAt: day(3).toISOString() });
    expect((await readFile(join(dir, 'workshops', `${a.id}.journal`))).toString('utf8')).toContain('A, renamed');
    await store.close();
    expect(await readStoredWorkshop(dir, a.id)).toEqual(renamed);
    expect(await readFile(join(dir, 'workshops', `${b.id}.json`))).toEqual(bBytes);
    expect((await readdir(join(dir, 'workshops'))).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());
    expect(await listTemps(join(dir, 'workshops'))).toEqual([]);
  });

  it('serializes concurrent saves of one workshop: the last one queued wins on disk', async () => {
    const { dir, store } = await freshStore();
    const a = await store.workshops.save(workshop('v0'));
    const saves = Array.from({ length: 20 }, (_, i) => store.workshops.save({ ...a, title: `v${i + 1}` }));
    await Promise.all(saves);
    expect((await store.workshops.get(a.id))?.title).toBe('v20');
    await store.close();
    expect(((await readJson(join(dir, 'workshops', `${a.id}.json`))) as { title: string }).title).toBe('v20');
  });

  it('rejects an invalid workshop without writing anything', async () => {
    const { dir, store } = await freshStore();
    const bad = { ...workshop('x'), title: '' };
    await expect(store.workshops.save(bad)).rejects.toMatchObject({
      kind: 'invalid-data',
      reason: { code: 'data-invalid' },
      issues: [{ path: 'title', rule: 'required' }],
    });
    await expect(store.workshops.save({ ...workshop('x'), id: '../settings' })).rejects.toMatchObject({ kind: 'invalid-data' });
    expect(await readdir(join(dir, 'workshops'))).toEqual([]);
    await store.close();
  });

  it('removes a workshop file durably; removing an unknown one is not-found', async () => {
    const { dir, store } = await freshStore();
    const a = await store.workshops.save(workshop('A'));
    await store.workshops.remove(a.id);
    expect(await readdir(join(dir, 'workshops'))).toEqual([]);
    expect(await store.workshops.get(a.id)).toBeUndefined();
    await expect(store.workshops.remove(a.id)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(store.workshops.remove('../settings')).rejects.toMatchObject({ kind: 'not-found' });
    expect(await store.workshops.get('../settings')).toBeUndefined();
    await store.close();
  });

  it('hands out frozen workshops', async () => {
    const { store } = await freshStore();
    const a = await store.workshops.save(workshop('A'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen((await wholeWorkshops(store, await store.workshops.summaries()))[0])).toBe(true);
    await store.close();
  });
});
