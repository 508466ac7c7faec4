/**
 * The journal of each workshop and the index of digests together: a workshop whose journal holds
 * changes not yet folded is never read back from its file alone, and a reopen after a power cut
 * replays the journals onto their files and reads only the files that changed.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../core/domain/workshop';
import { digestOf } from '../../../core/domain/workshopDigest';
import { openDataDir } from '../../../electron/storage/index';
import { WORKSHOP_CACHE_SIZE } from '../../../electron/storage/workshops';
import { clock, day, tempDir, workshop } from './helpers';
import { PowerLossFileSystem } from './powerLoss/powerLossFileSystem';

/** Journals that fold only when the data is closed or backed up, so a test sees them unfolded. */
const neverIdle = { foldRule: { afterBytes: 10_000_000, whenIdleMs: 3_600_000 } };

/** `workshop` with one more attendance mark, at `minute` past noon of day 3. */
function marked(current: Workshop, participantId: string, statusId: string, minute: number): Workshop {
  const at = new Date(day(3).getTime() + minute * 60_000).toISOString();
  const mark = { meetingId: current.meetings[0]!.id, participantId, statusId, at };
  return { ...current, attendance: [...current.attendance.filter((each) => each.participantId !== participantId), mark] };
}

const workshopFiles = (paths: readonly string[]) => paths.filter((path) => /\/workshops\/[^/]+\.json$/.test(path));

describe('workshop journals with workshops read on demand', () => {
  it('reads the latest marks of a workshop pushed out of the recently used while its journal is not folded', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(3)).now }, neverIdle);
    const group = await store.workshops.save(workshop('Spring group', day(1)));
    const [ana, ben] = [randomUUID(), randomUUID()];
    await store.workshops.update(group.id, (current) => marked(current, ana, 'present', 1));
    await store.workshops.update(group.id, (current) => marked(current, ben, 'late', 2));
    for (let index = 0; index <= WORKSHOP_CACHE_SIZE; index++) await store.workshops.save(workshop(`Group ${index + 1}`, day(2)));

    // The file still holds the workshop as first saved: the marks are only in its journal.
    const onDisk = JSON.parse(await readFile(join(dir, 'workshops', `${group.id}.json`), 'utf8')) as Workshop;
    expect(onDisk.attendance).toEqual([]);
    const latest = await store.workshops.get(group.id);
    expect(latest?.attendance.map(({ participantId, statusId }) => ({ participantId, statusId }))).toEqual([
      { participantId: ana, statusId: 'present' },
      { participantId: ben, statusId: 'late' },
    ]);
    // A change made now follows the journal's state, not the file's.
    await store.workshops.update(group.id, (current) => marked(current, ana, 'absent', 3));
    await store.close();

    const reopened = await openDataDir({ dir, now: clock(day(4)).now });
    expect((await reopened.workshops.get(group.id))?.attendance.map(({ participantId, statusId }) => [participantId, statusId])).toEqual([
      [ben, 'late'],
      [ana, 'absent'],
    ]);
    expect(reopened.notices()).toEqual([]);
    await reopened.close();
  });

  it('after a power cut with journals left, replays them, reads only the changed workshop files and loses no mark', async () => {
    const fileSystem = new PowerLossFileSystem();
    const open = (fs: PowerLossFileSystem) => openDataDir({ dir: '/data', now: clock(day(3)).now, timeZone: 'UTC', fileSystem: fs }, neverIdle);
    let store = await open(fileSystem);
    const groups: Workshop[] = [];
    for (let index = 0; index < 6; index++) groups.push(await store.workshops.save(workshop(`Group ${index + 1}`, day(1, 8 + index))));
    await store.close();

    store = await open(fileSystem);
    const participant = randomUUID();
    const changed = [groups[1]!, groups[4]!];
    const expected = new Map<string, Workshop>();
    for (const [index, group] of changed.entries()) {
      expected.set(group.id, await store.workshops.update(group.id, (current) => marked(current, participant, 'present', index)));
    }
    expect((await fileSystem.readdir('/data/workshops')).filter((name) => name.endsWith('.journal'))).toHaveLength(2);

    // The power goes now (nothing unsynced survives): the store is never closed.
    const image = fileSystem.crashImage(1);
    await store.close(); // on the machine before the cut; the image is what the cut left
    const booted = PowerLossFileSystem.boot(image);
    const read: string[] = [];
    const watched = Object.assign(Object.create(booted) as PowerLossFileSystem, {
      readFile: (path: string) => {
        read.push(path);
        return booted.readFile(path);
      },
    });
    const reopened = await open(watched);
    expect(reopened.notices()).toEqual([]);
    // Each changed file is read to replay its journal and once more to make its index entry; no other workshop file is read.
    expect(new Set(workshopFiles(read))).toEqual(new Set(changed.map((group) => `/data/workshops/${group.id}.json`)));
    expect((await booted.readdir('/data/workshops')).filter((name) => name.endsWith('.journal'))).toEqual([]);
    for (const group of groups) expect(await reopened.workshops.get(group.id)).toEqual(expected.get(group.id) ?? group);
    expect(await reopened.workshops.summaries()).toEqual(groups.map((group) => digestOf(expected.get(group.id) ?? group)));
    await reopened.close();
  });
});
