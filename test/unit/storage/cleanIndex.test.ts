/**
 * Opening a data folder whose index was left clean (a close that folded every journal) and is in
 * step with the folder does not list `workshops/`: with an archive of thousands, that listing cost
 * more than the rest of the open. A crash after journals were made, a file added by hand or an
 * index from before still make the open look, replay and rebuild.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../core/domain/workshop';
import type { StorageFileSystem } from '../../../electron/storage/fs/fileSystem';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { openDataDir } from '../../../electron/storage/index';
import { writeJsonFile } from '../../../electron/storage/jsonFile';
import { clock, day, readJson, tempDir, workshop } from './helpers';
import { PowerLossFileSystem } from './powerLoss/powerLossFileSystem';

/** Journals that fold only when the data is closed, so a crash leaves them unfolded. */
const neverIdle = { foldRule: { afterBytes: 10_000_000, whenIdleMs: 3_600_000 } };

const archived = (title: string, at: Date): Workshop => ({ ...workshop(title, at), archivedAt: at.toISOString() });

function marked(current: Workshop, participantId: string): Workshop {
  const mark = { meetingId: current.meetings[0]!.id, participantId, statusId: 'present', at: day(3).toISOString() };
  return { ...current, attendance: [...current.attendance, mark] };
}

/** `fileSystem` with every folder it lists recorded in `listed`. */
function listingsOf<T extends StorageFileSystem>(fileSystem: T, listed: string[]): T {
  return Object.assign(Object.create(fileSystem) as T, {
    readdir: (path: string) => {
      listed.push(path);
      return fileSystem.readdir(path);
    },
  });
}

/**
 * A drive whose clock is too coarse to tell a change of the workshops folder (FAT keeps times to
 * 2 seconds): its modification time and size never change, so only the index's own word can say
 * that journals may have been left.
 */
function coarseFolderTimes(fileSystem: PowerLossFileSystem, listed: string[]): PowerLossFileSystem {
  const listing = listingsOf(fileSystem, listed);
  return Object.assign(listing, {
    stat: async (path: string) => {
      const stats = await fileSystem.stat(path);
      return path === '/data/workshops' ? { ...stats, mtimeMs: 0, size: 0 } : stats;
    },
  });
}

describe('opening with an index left clean', () => {
  it('does not list the workshops folder, and still lists it once a file was added by hand', async () => {
    const dir = join(await tempDir(), 'data');
    const open = (fileSystem: StorageFileSystem = nodeFileSystem) => openDataDir({ dir, now: clock(day(3)).now, fileSystem });
    let store = await open();
    const spring = await store.workshops.save(workshop('Spring group', day(1)));
    await store.workshops.update(spring.id, (current) => marked(current, randomUUID()));
    await store.workshops.save(archived('Old group', day(2)));
    await store.close();
    expect(await readJson(join(dir, 'index', 'active.json'))).toMatchObject({ clean: true });

    const listed: string[] = [];
    store = await open(listingsOf(nodeFileSystem, listed));
    expect(listed).not.toContain(join(dir, 'workshops'));
    expect((await store.workshops.summaries('active')).map((digest) => digest.title)).toEqual(['Spring group']);
    expect((await store.workshops.get(spring.id))?.attendance).toHaveLength(1);
    await store.close();

    // Copied in while the app was closed: the folder changed since the index was written.
    const copied = workshop('Summer group', day(2, 13));
    await writeJsonFile(nodeFileSystem, join(dir, 'workshops', `${copied.id}.json`), copied);
    listed.length = 0;
    store = await open(listingsOf(nodeFileSystem, listed));
    expect(listed).toContain(join(dir, 'workshops'));
    expect((await store.workshops.summaries()).map((digest) => digest.title)).toEqual(['Spring group', 'Old group', 'Summer group']);
    await store.close();
  });

  it('says the index is not clean before the first journal is made, so a power cut after it loses no mark', async () => {
    const listed: string[] = [];
    const machine = new PowerLossFileSystem();
    const open = (fileSystem: PowerLossFileSystem) =>
      openDataDir({ dir: '/data', now: clock(day(3)).now, timeZone: 'UTC', fileSystem: coarseFolderTimes(fileSystem, listed) }, neverIdle);
    let store = await open(machine);
    const group = await store.workshops.save(workshop('Spring group', day(1)));
    await store.close();

    listed.length = 0;
    store = await open(machine);
    expect(listed).not.toContain('/data/workshops');
    const saved = await store.workshops.update(group.id, (current) => marked(current, randomUUID()));
    expect((await machine.readdir('/data/workshops')).filter((name) => name.endsWith('.journal'))).toHaveLength(1);

    // The power goes now (nothing unsynced survives): the store is never closed.
    const image = machine.crashImage(1);
    await store.close(); // on the machine before the cut; the image is what the cut left
    listed.length = 0;
    const reopened = await open(PowerLossFileSystem.boot(image));
    expect(listed).toContain('/data/workshops');
    expect(reopened.notices()).toEqual([]);
    expect(await reopened.workshops.get(group.id)).toEqual(saved);
    await reopened.close();
  });

  it('lists the folder after a close that could not fold every journal', async () => {
    const listed: string[] = [];
    const machine = new PowerLossFileSystem();
    let renamesFail = false;
    const faulty = Object.assign(Object.create(machine) as PowerLossFileSystem, {
      // A drive pulled out for a moment: every durable rewrite fails at its rename.
      rename: (from: string, to: string) => (renamesFail ? Promise.reject(Object.assign(new Error(`EIO: ${to}`), { code: 'EIO' })) : machine.rename(from, to)),
    });
    const open = () => openDataDir({ dir: '/data', now: clock(day(3)).now, timeZone: 'UTC', fileSystem: coarseFolderTimes(faulty, listed) }, neverIdle);
    let store = await open();
    const group = await store.workshops.save(workshop('Spring group', day(1)));
    await store.close();

    store = await open();
    const saved = await store.workshops.update(group.id, (current) => marked(current, randomUUID()));
    renamesFail = true;
    await store.close();
    renamesFail = false;
    expect(JSON.parse((await machine.readFile('/data/index/active.json')).toString('utf8'))).toMatchObject({ clean: false });
    expect((await machine.readdir('/data/workshops')).filter((name) => name.endsWith('.journal'))).toHaveLength(1);

    listed.length = 0;
    const reopened = await open();
    expect(listed).toContain('/data/workshops');
    expect(await reopened.workshops.get(group.id)).toEqual(saved);
    await reopened.close();
  });
});
