import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { StorageError } from '../../../electron/storage';
import { writeFileDurably } from '../../../electron/storage/durableFile';
import { DurableJsonFile, UnparsableFileError } from '../../../electron/storage/jsonFile';
import { openDataDir } from '../../../electron/storage/index';
import { clock, day, listTemps, readJson, tempDir, workshop } from './helpers';

type Doc = { schemaVersion: 1; items: string[] };

describe('DurableJsonFile (lowdb adapter)', () => {
  it('round-trips a document through lowdb and leaves no temp files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'doc.json');
    const db = new Low<Doc>(new DurableJsonFile<Doc>(nodeFileSystem, path), { schemaVersion: 1, items: [] });
    db.data = { schemaVersion: 1, items: ['a', 'b'] };
    await db.write();

    expect(await readJson(path)).toEqual({ schemaVersion: 1, items: ['a', 'b'] });
    const again = new Low<Doc>(new DurableJsonFile<Doc>(nodeFileSystem, path), { schemaVersion: 1, items: [] });
    await again.read();
    expect(again.data).toEqual({ schemaVersion: 1, items: ['a', 'b'] });
    expect(await listTemps(dir)).toEqual([]);
  });

  it('reads a missing file as null and refuses an unparsable one', async () => {
    const dir = await tempDir();
    expect(await new DurableJsonFile(nodeFileSystem, join(dir, 'absent.json')).read()).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{"schemaVersion": 1, "ite');
    await expect(new DurableJsonFile(nodeFileSystem, join(dir, 'bad.json')).read()).rejects.toBeInstanceOf(UnparsableFileError);
    await writeFile(join(dir, 'empty.json'), '');
    await expect(new DurableJsonFile(nodeFileSystem, join(dir, 'empty.json')).read()).rejects.toBeInstanceOf(UnparsableFileError);
  });

  it('replaces the target by rename (a new inode), never by rewriting it in place', async () => {
    const dir = await tempDir();
    const path = join(dir, 'doc.json');
    const adapter = new DurableJsonFile<Doc>(nodeFileSystem, path);
    await adapter.write({ schemaVersion: 1, items: ['old'] });
    const before = await stat(path);
    await adapter.write({ schemaVersion: 1, items: ['new'] });
    const after = await stat(path);
    expect(after.ino).not.toBe(before.ino);
    expect(await readJson(path)).toEqual({ schemaVersion: 1, items: ['new'] });
    // Written with owner-only permissions: these files hold records about minors.
    if (process.platform !== 'win32') expect(after.mode & 0o777).toBe(0o600);
  });

  it('lets a concurrent reader see only whole old or whole new documents', async () => {
    const dir = await tempDir();
    const path = join(dir, 'doc.json');
    const small: Doc = { schemaVersion: 1, items: ['small'] };
    const large: Doc = { schemaVersion: 1, items: Array.from({ length: 5000 }, (_, i) => `item ${i}`) };
    const adapter = new DurableJsonFile<Doc>(nodeFileSystem, path);
    await adapter.write(small);

    let writing = true;
    const seen = { small: 0, large: 0 };
    const reader = (async () => {
      while (writing) {
        const parsed = JSON.parse(await readFile(path, 'utf8')) as Doc;
        if (parsed.items.length === 1) seen.small += 1;
        else {
          expect(parsed).toEqual(large);
          seen.large += 1;
        }
      }
    })();
    for (let i = 0; i < 60; i += 1) await adapter.write(i % 2 === 0 ? large : small);
    writing = false;
    await reader;
    expect(seen.small + seen.large).toBeGreaterThan(0);
    expect(await listTemps(dir)).toEqual([]);
  });

  it('leaves the old file intact and removes its temp file when the write fails (ENOTDIR)', async () => {
    const dir = await tempDir();
    const docs = join(dir, 'docs');
    await mkdir(docs);
    const adapter = new DurableJsonFile<Doc>(nodeFileSystem, join(docs, 'doc.json'));
    await adapter.write({ schemaVersion: 1, items: ['kept'] });
    const bytes = await readFile(join(docs, 'doc.json'));

    // The folder is swapped for a file: every write below it fails with ENOTDIR.
    await rename(docs, join(dir, 'docs-moved'));
    await writeFile(docs, 'not a folder');
    await expect(adapter.write({ schemaVersion: 1, items: ['lost'] })).rejects.toMatchObject({ code: 'ENOTDIR' });

    expect(await readFile(join(dir, 'docs-moved', 'doc.json'))).toEqual(bytes);
    expect(await readdir(join(dir, 'docs-moved'))).toEqual(['doc.json']);
  });

  it('writeFileDurably removes the temp file when the rename fails', async () => {
    const dir = await tempDir();
    const target = join(dir, 'target.json');
    await mkdir(join(target, 'occupied'), { recursive: true }); // a non-empty folder cannot be renamed over
    await expect(writeFileDurably(target, '{}')).rejects.toThrow();
    expect(await listTemps(dir)).toEqual([]);
  });
});

describe('a failing save through the repositories', () => {
  it('keeps the workshop file, the in-memory state, and says what happened', async () => {
    const root = await tempDir();
    const dir = join(root, 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const kept = await store.workshops.save(workshop('Spring series'));
    const file = join(dir, 'workshops', `${kept.id}.json`);
    const bytes = await readFile(file);

    await rename(join(dir, 'workshops'), join(dir, 'workshops-moved'));
    await writeFile(join(dir, 'workshops'), 'not a folder');
    const failed = store.workshops.save({ ...kept, title: 'Renamed' });
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({
      kind: 'write-failed',
      reason: { code: 'save-failed', params: { file: `workshops/${kept.id}.json`, drive: 'missing' } },
    });

    expect(await store.workshops.get(kept.id)).toEqual(kept);
    expect(await readFile(join(dir, 'workshops-moved', `${kept.id}.json`))).toEqual(bytes);
    expect(await listTemps(join(dir, 'workshops-moved'))).toEqual([]);
    await store.close();
  });
});
