import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseModuleBytes } from '../../../core/domain/curriculum/parse';
import { openDataDir, type DataStore } from '../../../electron/storage';
import { moduleFileName } from '../../../electron/storage/layout';
import { isSealed, plainFiles, sealedFiles, type FileCodec } from '../../../electron/storage/protection/codec';
import { validText } from '../curricula/helpers';
import { day, tempDir } from '../storage/helpers';

const MODULE_ID = 'test-friendship-basics';
const opened: DataStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function open(dir: string, codec: FileCodec = plainFiles): Promise<DataStore> {
  const store = await openDataDir({ dir, now: () => day(10), codec });
  opened.push(store);
  return store;
}

/** Every file name under the data folder and its backups, as someone listing the folders sees them. */
async function namesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String);
}

describe('imported module files', () => {
  it('are named by a hash, so listing the folder does not say which curricula are used', async () => {
    const dir = await tempDir('modules-');
    const store = await open(dir);
    const parsed = parseModuleBytes(Buffer.from(validText()));
    if (!parsed.ok) throw new Error('the fixture is valid');
    await store.curricula.add(parsed.module, validText());
    await store.backupNow('manual');
    expect(await readdir(join(dir, 'curricula'))).toEqual([moduleFileName(MODULE_ID, 1)]);
    expect(moduleFileName(MODULE_ID, 1)).toMatch(/^m-[0-9a-f]{32}\.yaml$/);
    expect((await namesUnder(dir)).filter((name) => name.includes('friendship'))).toEqual([]);
  });

  it('still named by id and version are renamed by hash when the data opens, and the library still finds them', async () => {
    const dir = await tempDir('modules-');
    const first = await open(dir);
    const { name: generation } = await first.backupNow('manual');
    await first.close();
    // As an older version left them: in the data folder, and in a backup it made.
    await writeFile(join(dir, 'curricula', `${MODULE_ID}@1.yaml`), validText());
    await writeFile(join(dir, 'backups', generation, 'curricula', `${MODULE_ID}@1.yaml`), validText());

    const store = await open(dir);
    expect(store.curricula.list().map((stored) => [stored.file, stored.module.id])).toEqual([[`curricula/${moduleFileName(MODULE_ID, 1)}`, MODULE_ID]]);
    expect(await readdir(join(dir, 'curricula'))).toEqual([moduleFileName(MODULE_ID, 1)]);
    expect(await readFile(join(dir, 'curricula', moduleFileName(MODULE_ID, 1)), 'utf8')).toBe(validText());
    expect(await readdir(join(dir, 'backups', generation, 'curricula'))).toEqual([moduleFileName(MODULE_ID, 1)]);
    expect((await namesUnder(dir)).filter((name) => name.includes('friendship'))).toEqual([]);
    expect(store.notices()).toEqual([]);
    // The renamed backup still restores the module.
    await store.restoreBackup({ location: 'data', name: generation });
    expect(store.curricula.list().map((stored) => stored.module.id)).toEqual([MODULE_ID]);
  });

  it('sealed under their old name are sealed again under the new one', async () => {
    const dir = await tempDir('modules-');
    const codec = sealedFiles(randomBytes(32));
    await (await open(dir, codec)).close();
    const legacy = `curricula/${MODULE_ID}@1.yaml`;
    await writeFile(join(dir, ...legacy.split('/')), codec.seal(legacy, Buffer.from(validText())));

    const store = await open(dir, codec);
    expect(store.curricula.list().map((stored) => stored.module.id)).toEqual([MODULE_ID]);
    const renamed = await readFile(join(dir, 'curricula', moduleFileName(MODULE_ID, 1)));
    expect(isSealed(renamed)).toBe(true);
    expect(Buffer.from(codec.open(`curricula/${moduleFileName(MODULE_ID, 1)}`, renamed)).toString('utf8')).toBe(validText());
    expect(await readdir(join(dir, 'curricula'))).toEqual([moduleFileName(MODULE_ID, 1)]);
  });
});
