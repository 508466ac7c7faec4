import { randomBytes } from 'node:crypto';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../core/domain/workshop';
import type { StorageFileSystem } from '../../../electron/storage/fs/fileSystem';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { openDataDir } from '../../../electron/storage/index';
import { plainFiles, sealedFiles, type FileCodec } from '../../../electron/storage/protection/codec';
import { applyChanges, decodeJournal, diffOf, encodeRecord, type JournalChange } from '../../../electron/storage/workshopJournal';
import { clock, day, readJson, tempDir, workshop } from './helpers';

const sealed = sealedFiles(randomBytes(32));

async function savedWorkshop(codec: FileCodec): Promise<{ dir: string; saved: Workshop }> {
  const dir = await tempDir('storage-journal-');
  const store = await openDataDir({ dir, now: clock(day(2)).now, codec });
  const saved = await store.workshops.save(workshop('Unit B'));
  await store.close();
  return { dir, saved };
}

/** The journal a session left when the power went: `changes` as records 1, 2, … of workshop `id`. */
function journalOf(id: string, changes: JournalChange[][], codec: FileCodec, journalId = id): Buffer {
  return Buffer.concat(changes.map((record, index) => encodeRecord({ seq: index + 1, changes: record }, `workshops/${journalId}.journal`, codec)));
}

const retitled = (from: Workshop, title: string) => diffOf(from, { ...from, title });

describe('workshop journal', () => {
  it('finds only the changed paths and replays them to the same state', () => {
    const before = workshop('A');
    const after = { ...before, title: 'B', meetings: before.meetings.map((meeting, index) => (index === 0 ? { ...meeting, date: '2027-01-05' } : meeting)) };
    const changes = diffOf(before, after);
    expect(changes.map((change) => change.path.join('.'))).toEqual(['title', ...(before.meetings.length > 0 ? ['meetings.0.date'] : [])]);
    expect(applyChanges(structuredClone(before), changes)).toEqual(after);
    const grown = { ...after, audit: [...after.audit, { at: '2027-01-05T10:00:00.000Z', kind: 'note', what: 'added' }] } as unknown as Workshop;
    expect(diffOf(after, grown)).toEqual([{ path: ['audit', after.audit.length], value: grown.audit.at(-1) }]);
    expect(applyChanges(structuredClone(after), diffOf(after, grown))).toEqual(grown);
  });

  it('replays the records left after a crash, up to the last whole one, and folds them into the workshop file', async () => {
    const { dir, saved } = await savedWorkshop(plainFiles);
    const first = retitled(saved, 'Unit B, week 2');
    const second = diffOf({ ...saved, title: 'Unit B, week 2' }, { ...saved, title: 'Unit B, week 3' });
    const whole = journalOf(saved.id, [first, second], plainFiles);
    const torn = encodeRecord({ seq: 3, changes: retitled(saved, 'never saved') }, `workshops/${saved.id}.journal`, plainFiles);
    await writeFile(join(dir, 'workshops', `${saved.id}.journal`), Buffer.concat([whole, torn.subarray(0, torn.length - 5)]));

    const store = await openDataDir({ dir, now: clock(day(3)).now });
    expect((await store.workshops.get(saved.id))?.title).toBe('Unit B, week 3');
    expect(store.notices()).toEqual([]);
    await store.close();
    expect(((await readJson(join(dir, 'workshops', `${saved.id}.json`))) as Workshop).title).toBe('Unit B, week 3');
    expect(await readdir(join(dir, 'workshops'))).toEqual([`${saved.id}.json`]);
  });

  it.each([
    ['a record changed on disk', plainFiles, 'changed'],
    ['a sealed record moved from another workshop’s journal', sealed, 'moved'],
    ['sealed records in another order', sealed, 'reordered'],
  ] as const)('sets aside a journal with %s, applies none of it, and says so', async (_label, codec, fault) => {
    const { dir, saved } = await savedWorkshop(codec);
    const records = [retitled(saved, 'Unit B, week 2'), retitled(saved, 'Unit B, week 3')];
    let bytes: Buffer;
    if (fault === 'moved') bytes = journalOf(saved.id, records, codec, 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
    else if (fault === 'reordered') {
      const [one, two] = records.map((record, index) => encodeRecord({ seq: index + 1, changes: record }, `workshops/${saved.id}.journal`, codec));
      bytes = Buffer.concat([two as Buffer, one as Buffer]);
    } else {
      bytes = journalOf(saved.id, records, codec);
      bytes.write('X', bytes.indexOf('week 3'), 'utf8');
    }
    const journal = join(dir, 'workshops', `${saved.id}.journal`);
    await writeFile(journal, bytes);

    const store = await openDataDir({ dir, now: clock(day(3)).now, codec });
    expect((await store.workshops.get(saved.id))?.title).toBe('Unit B');
    const notices = store.notices();
    expect(notices).toMatchObject([{ code: 'journal-set-aside', file: `workshops/${saved.id}.json` }]);
    await store.close();
    const movedTo = notices[0]?.movedTo as string;
    expect(await readFile(join(dir, ...movedTo.split('/')))).toEqual(bytes);
    expect(await readdir(join(dir, 'workshops'))).not.toContain(`${saved.id}.journal`);
  });

  it('seals each record when the data is protected: no participant code in the journal’s bytes', async () => {
    for (const codec of [plainFiles, sealed]) {
      const { dir, saved } = await savedWorkshop(codec);
      const store = await openDataDir({ dir, now: clock(day(3)).now, codec });
      await store.workshops.update(saved.id, (current) => ({ ...current, title: 'Check-in with JH-27-014' }));
      await store.workshops.update(saved.id, (current) => ({ ...current, audience: 'JH-27-015 and friends' }));
      const bytes = await readFile(join(dir, 'workshops', `${saved.id}.journal`));
      expect(bytes.includes('JH-27-014'), `codec sealed: ${codec.sealed}`).toBe(!codec.sealed);
      expect(bytes.includes('JH-27-015'), `codec sealed: ${codec.sealed}`).toBe(!codec.sealed);
      await store.close();
    }
  });

  it('makes a backup of the folded state: the generation holds the latest change', async () => {
    const { dir, saved } = await savedWorkshop(plainFiles);
    const store = await openDataDir({ dir, now: clock(day(3)).now });
    await store.workshops.update(saved.id, (current) => ({ ...current, title: 'Unit B, folded first' }));
    const { name } = await store.backupNow('manual');
    await store.close();
    expect(((await readJson(join(dir, 'backups', name, 'workshops', `${saved.id}.json`))) as Workshop).title).toBe('Unit B, folded first');
  });

  it.each([
    ['past a size', { afterBytes: 1, whenIdleMs: 60_000 }],
    ['when the workshop has been idle', { afterBytes: 1_000_000, whenIdleMs: 20 }],
  ] as const)('folds the journal into the workshop file %s, while the data stays open', async (_label, foldRule) => {
    const { dir, saved } = await savedWorkshop(plainFiles);
    const store = await openDataDir({ dir, now: clock(day(3)).now }, { foldRule });
    await store.workshops.update(saved.id, (current) => ({ ...current, title: 'Unit B, folded early' }));
    await expect
      .poll(async () => ((await readJson(join(dir, 'workshops', `${saved.id}.json`))) as Workshop).title, { timeout: 5_000, interval: 20 })
      .toBe('Unit B, folded early');
    await expect.poll(async () => readdir(join(dir, 'workshops')), { timeout: 5_000, interval: 20 }).toEqual([`${saved.id}.json`]);
    await store.close();
  });

  it('after an append that failed and could not be cut off, the next change is saved whole and nothing is set aside', async () => {
    const { dir, saved } = await savedWorkshop(plainFiles);
    let failNextAppend = false;
    const failing: StorageFileSystem = {
      ...nodeFileSystem,
      async open(path, flags, mode) {
        const handle = await nodeFileSystem.open(path, flags, mode);
        if (flags !== 'a') return handle;
        const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        return {
          ...handle,
          write: async (data) => {
            if (!failNextAppend) return handle.write(data);
            await handle.write(Buffer.from(data).subarray(0, 7)); // half a header reached the file
            throw full;
          },
          truncate: async (length) => {
            if (!failNextAppend) return handle.truncate(length);
            failNextAppend = false;
            throw full;
          },
        };
      },
    };
    const store = await openDataDir({ dir, now: clock(day(3)).now, fileSystem: failing });
    await store.workshops.update(saved.id, (current) => ({ ...current, title: 'Unit B, week 2' }));
    failNextAppend = true;
    await expect(store.workshops.update(saved.id, (current) => ({ ...current, title: 'not saved' }))).rejects.toMatchObject({ kind: 'write-failed' });
    await store.workshops.update(saved.id, (current) => ({ ...current, audience: 'Girls 14–17, Unit B (moved)' }));
    // What a crash now would leave reads back whole (closing below would fold it anyway).
    const left = await readFile(join(dir, 'workshops', `${saved.id}.journal`)).catch(() => Buffer.alloc(0));
    expect(decodeJournal(left, `workshops/${saved.id}.journal`, plainFiles).state).toBe('records');
    await store.close();

    const reopened = await openDataDir({ dir, now: clock(day(4)).now });
    expect(await reopened.workshops.get(saved.id)).toMatchObject({ title: 'Unit B, week 2', audience: 'Girls 14–17, Unit B (moved)' });
    expect(reopened.notices()).toEqual([]);
    await reopened.close();
  });

  it('removes a journal whose workshop was deleted', async () => {
    const { dir, saved } = await savedWorkshop(plainFiles);
    const orphan = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
    await appendFile(join(dir, 'workshops', `${orphan}.journal`), journalOf(orphan, [retitled(saved, 'gone')], plainFiles));
    const store = await openDataDir({ dir, now: clock(day(3)).now });
    expect(store.notices()).toEqual([]);
    await store.close();
    expect(await readdir(join(dir, 'workshops'))).toEqual([`${saved.id}.json`]);
  });
});
