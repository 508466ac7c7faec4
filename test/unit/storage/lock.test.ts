import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, openDataDir } from '../../../electron/storage/index';
import { clock, day, tempDir } from './helpers';
import { deadPid, exited, runFixture, waitForLine } from './processes';
import type { ChildProcess } from 'node:child_process';

const now = clock(day(1)).now;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
});

async function dataDir() {
  return join(await tempDir(), 'data');
}

describe('the data folder lock', () => {
  it('holds the pid and start time, and is removed by close()', async () => {
    const dir = await dataDir();
    const store = await openDataDir({ dir, now });
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toEqual({ pid: process.pid, startedAt: day(1).toISOString() });
    await store.close();
    await expect(readFile(join(dir, 'lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a second open in the same process until the first is closed', async () => {
    const dir = await dataDir();
    const first = await openDataDir({ dir, now });
    const second = openDataDir({ dir, now });
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(second).rejects.toMatchObject({ pid: process.pid, message: expect.stringContaining('already open in another copy of the app') });
    // The same folder through another spelling of its path is still the same folder.
    await expect(openDataDir({ dir: join(dir, '..', 'data', '.'), now })).rejects.toBeInstanceOf(DataDirInUseError);
    await first.close();
    const third = await openDataDir({ dir, now });
    await third.close();
  });

  it('refuses two opens started at the same moment', async () => {
    const dir = await dataDir();
    const results = await Promise.allSettled([openDataDir({ dir, now }), openDataDir({ dir, now })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(DataDirInUseError);
    for (const r of results) if (r.status === 'fulfilled') await r.value.close();
  });

  it('takes over a lock left by a process that has ended', async () => {
    const dir = await dataDir();
    await (await openDataDir({ dir, now })).close();
    const pid = deadPid();
    await writeFile(join(dir, 'lock'), JSON.stringify({ pid, startedAt: day(1).toISOString() }));
    const store = await openDataDir({ dir, now });
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });

  it('cleans up a stale lock that a crash left half taken over', async () => {
    const dir = await dataDir();
    await (await openDataDir({ dir, now })).close();
    await writeFile(join(dir, 'lock.stale-123-abcd'), '{"pid":123}');
    const store = await openDataDir({ dir, now });
    expect((await readdir(dir)).filter((name) => name.startsWith('lock'))).toEqual(['lock']);
    await store.close();
  });

  it.each([
    ['empty', ''],
    ['not JSON', 'garbage'],
    ['without a pid', '{"startedAt":"2025-01-01T00:00:00.000Z"}'],
    ['with pid 0 (which would mean the whole process group)', '{"pid":0}'],
  ])('takes over a lock that is %s', async (_label, content) => {
    const dir = await dataDir();
    await (await openDataDir({ dir, now })).close();
    await writeFile(join(dir, 'lock'), content);
    const store = await openDataDir({ dir, now });
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });

  it('refuses a folder another running process holds, and takes it over once that process dies', async () => {
    const dir = await dataDir();
    const child = runFixture('hold-lock.ts', dir);
    children.push(child);
    await waitForLine(child, /^ready$/);

    const attempt = openDataDir({ dir, now });
    await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(attempt).rejects.toMatchObject({ pid: child.pid });
    // Refusing must not disturb the other process's lock.
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: child.pid });

    child.kill('SIGKILL');
    await exited(child);
    const store = await openDataDir({ dir, now });
    expect(JSON.parse(await readFile(join(dir, 'lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    await store.close();
  });
});
