/**
 * Full and read-only disks, with real file systems: a small tmpfs is mounted for each test (needs
 * root, as here and in CI). Without mount rights a read-only folder is made with chmod instead,
 * which only stops non-root users; where neither works the tests say why they skipped.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile } from 'node:fs/promises';
import { closeSync, mkdtempSync, openSync, rmdirSync, statSync, truncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../core/domain/settings';
import { openDataDir, type DataStore } from '../../../electron/storage/index';
import { addFacilitator, clock, day, readJson, tempDir } from './helpers';

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function mountTmpfs(dir: string): boolean {
  return run('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', dir]);
}

function unmount(dir: string): void {
  if (!run('umount', [dir])) run('umount', ['-l', dir]);
}

const canMount = (() => {
  if (process.platform !== 'linux') return false;
  const probe = mkdtempSync(join(tmpdir(), 'storage-mount-probe-'));
  const mounted = mountTmpfs(probe);
  if (mounted) unmount(probe);
  rmdirSync(probe);
  return mounted;
})();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canChmod = process.platform !== 'win32' && !isRoot;

const mounts: string[] = [];
const stores: DataStore[] = [];

afterEach(async () => {
  for (const mount of mounts) run('mount', ['-o', 'remount,rw', mount]);
  for (const store of stores.splice(0)) await store.close();
  for (const mount of mounts.splice(0)) unmount(mount);
});

/** A data folder on a fresh 256 KB tmpfs, opened, with one facilitator saved. */
async function storeOnTmpfs() {
  const mount = join(await tempDir('storage-tmpfs-'), 'mnt');
  await mkdir(mount);
  if (!mountTmpfs(mount)) throw new Error(`could not mount a tmpfs at ${mount}`);
  mounts.push(mount);
  const dir = join(mount, 'data');
  const store = await openDataDir({ dir, now: clock(day(1)).now });
  stores.push(store);
  await store.settings.update(addFacilitator('Ana'));
  return { mount, dir, store };
}

/** Writes a filler file until the file system says it is full. */
function fill(mount: string): void {
  const fd = openSync(join(mount, 'filler'), 'w');
  try {
    for (const size of [64 * 1024, 4096, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

async function expectUnchanged(store: DataStore, dir: string, bytes: Buffer) {
  expect(store.settings.get().facilitators.map((f) => f.name)).toEqual(['Ana']);
  expect(await readFile(join(dir, 'settings.json'))).toEqual(bytes);
  expect(settingsSchema.parse(await readJson(join(dir, 'settings.json'))).facilitators.map((f) => f.name)).toEqual(['Ana']);
  expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

describe('saving to a disk that cannot take it', () => {
  it.skipIf(!canMount)(
    `full disk: rejects with "the disk is full" and changes nothing${canMount ? '' : ' (skipped: cannot mount a tmpfs here; needs root on Linux)'}`,
    async () => {
      const { mount, dir, store } = await storeOnTmpfs();
      const bytes = await readFile(join(dir, 'settings.json'));
      fill(mount);

      const attempt = store.settings.update(addFacilitator('Ben'));
      await expect(attempt).rejects.toMatchObject({
        kind: 'write-failed',
        reason: { code: 'save-failed', params: { file: 'settings.json', drive: 'disk-full' } },
      });
      await expectUnchanged(store, dir, bytes);
    },
  );

  it.skipIf(!canMount)(
    `read-only drive: rejects with "read-only drive" and changes nothing${canMount ? '' : ' (skipped: cannot mount a tmpfs here; needs root on Linux)'}`,
    async () => {
      const { mount, dir, store } = await storeOnTmpfs();
      const bytes = await readFile(join(dir, 'settings.json'));
      if (!run('mount', ['-o', 'remount,ro', mount])) throw new Error('could not remount the tmpfs read-only');

      const attempt = store.settings.update(addFacilitator('Ben'));
      await expect(attempt).rejects.toMatchObject({
        kind: 'write-failed',
        reason: { code: 'save-failed', params: { file: 'settings.json', drive: 'read-only' } },
      });
      await expectUnchanged(store, dir, bytes);

      // Once the drive is writable again, saving works.
      run('mount', ['-o', 'remount,rw', mount]);
      await store.settings.update(addFacilitator('Ben'));
      expect(settingsSchema.parse(await readJson(join(dir, 'settings.json'))).facilitators.map((f) => f.name)).toEqual(['Ana', 'Ben']);
    },
  );

  it.skipIf(!canMount)(
    `full disk at start-up: the folder still opens, and a notice says the day's backup is missing${canMount ? '' : ' (skipped: cannot mount a tmpfs here; needs root on Linux)'}`,
    async () => {
      const { mount, dir, store } = await storeOnTmpfs();
      await store.close();
      fill(mount);
      truncateSync(join(mount, 'filler'), statSync(join(mount, 'filler')).size - 4096); // room for the lock only

      const reopened = await openDataDir({ dir, now: clock(day(2)).now });
      stores.push(reopened);
      expect(reopened.notices()).toMatchObject([{ code: 'backup-failed', file: 'backups' }]);
      expect(reopened.settings.get().facilitators.map((f) => f.name)).toEqual(['Ana']);
    },
  );

  it.skipIf(!canMount)(
    `disk completely full at start-up: refuses to open with "the disk is full"${canMount ? '' : ' (skipped: cannot mount a tmpfs here; needs root on Linux)'}`,
    async () => {
      const { mount, dir, store } = await storeOnTmpfs();
      await store.close();
      const bytes = await readFile(join(dir, 'settings.json'));
      fill(mount);

      await expect(openDataDir({ dir, now: clock(day(2)).now })).rejects.toMatchObject({
        kind: 'read-failed',
        reason: { code: 'open-failed', params: { dir, drive: 'disk-full' } },
      });
      expect(await readFile(join(dir, 'settings.json'))).toEqual(bytes);
      expect(await readdir(dir)).not.toContain('lock');
    },
  );

  it.skipIf(canMount || !canChmod)(
    `folder without write permission (chmod fallback): rejects with "not allowed" and changes nothing${
      canMount ? ' (skipped: the tmpfs tests above cover this)' : canChmod ? '' : ' (skipped: root ignores chmod and mount is not allowed)'
    }`,
    async () => {
      const dir = join(await tempDir(), 'data');
      const store = await openDataDir({ dir, now: clock(day(1)).now });
      stores.push(store);
      await store.settings.update(addFacilitator('Ana'));
      const bytes = await readFile(join(dir, 'settings.json'));
      await chmod(dir, 0o555);
      try {
        await expect(store.settings.update(addFacilitator('Ben'))).rejects.toMatchObject({
          kind: 'write-failed',
          reason: { code: 'save-failed', params: { file: 'settings.json', drive: 'not-allowed' } },
        });
        await expectUnchanged(store, dir, bytes);
      } finally {
        await chmod(dir, 0o700);
      }
    },
  );
});
