import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppFailure } from '../../../electron/api/result';
import { defaultSettings, settingsSchema, type Settings } from '../../../electron/domain/settings';
import { WORKSHOP_SCHEMA_VERSION } from '../../../electron/domain/workshop';
import { openDataDir } from '../../../electron/storage/dataDir';
import type { DocumentKind } from '../../../electron/storage/kinds';
import { settingsKind, workshopKind } from '../../../electron/storage/kinds';
import { migrateDocument } from '../../../electron/storage/migrations';
import { addFacilitator, clock, day, readJson, tempDir, workshop } from './helpers';

/** A settings file version 4 that does not exist yet: it adds a theme. */
const settingsV4Schema = z.strictObject({ ...settingsSchema.shape, schemaVersion: z.literal(4), theme: z.enum(['light', 'dark']) });
const settingsV4Kind = {
  version: 4,
  schema: settingsV4Schema,
  migrations: { ...settingsKind.migrations, 3: (old: Record<string, unknown>) => ({ ...old, schemaVersion: 4, theme: 'light' }) },
  defaults: () => ({ ...defaultSettings(), schemaVersion: 4, theme: 'light' }),
} as unknown as DocumentKind<Settings>;

describe('migrateDocument', () => {
  const table = {
    1: (old: Record<string, unknown>) => ({ ...old, schemaVersion: 2, b: 'added in 2' }),
    2: (old: Record<string, unknown>) => ({ ...old, schemaVersion: 3, c: 'added in 3' }),
  };

  it('applies each step from the file’s version up to the current one', () => {
    expect(migrateDocument({ schemaVersion: 1, a: 1 }, 3, table)).toEqual({
      status: 'migrated',
      from: 1,
      value: { schemaVersion: 3, a: 1, b: 'added in 2', c: 'added in 3' },
    });
    expect(migrateDocument({ schemaVersion: 2, a: 1 }, 3, table)).toMatchObject({ status: 'migrated', from: 2, value: { schemaVersion: 3 } });
    expect(migrateDocument({ schemaVersion: 3, a: 1 }, 3, table)).toEqual({ status: 'current', value: { schemaVersion: 3, a: 1 } });
  });

  it('does not change the input', () => {
    const input = { schemaVersion: 1, nested: { a: 1 } };
    migrateDocument(input, 3, { ...table, 1: (old) => ({ ...old, schemaVersion: 2, nested: Object.assign(old.nested as object, { a: 2 }) }) });
    expect(input).toEqual({ schemaVersion: 1, nested: { a: 1 } });
  });

  it('reports a newer file, a missing version, a missing step and a step that does not advance', () => {
    expect(migrateDocument({ schemaVersion: 4 }, 3, table)).toEqual({ status: 'newer', version: 4 });
    expect(migrateDocument({ a: 1 }, 3, table)).toMatchObject({ status: 'invalid' });
    expect(migrateDocument([1], 3, table)).toMatchObject({ status: 'invalid' });
    expect(migrateDocument({ schemaVersion: '1' }, 3, table)).toMatchObject({ status: 'invalid' });
    expect(migrateDocument({ schemaVersion: 1 }, 3, { 2: table[2] })).toMatchObject({ status: 'invalid', reason: expect.stringContaining('no migration from schemaVersion 1') });
    expect(migrateDocument({ schemaVersion: 1 }, 3, { 1: (old) => old })).toMatchObject({ status: 'invalid' });
    expect(
      migrateDocument({ schemaVersion: 1 }, 3, {
        1: () => {
          throw new Error('boom');
        },
      }),
    ).toMatchObject({ status: 'invalid', reason: expect.stringContaining('boom') });
  });

  it('has steps for settings versions 1 (attendance statuses) and 2 (backups, retention, locking), and workshop versions 1 (mark history) and 2 (roles as a list)', () => {
    expect(settingsKind.version).toBe(3);
    expect(Object.keys(settingsKind.migrations)).toEqual(['1', '2']);
    expect(workshopKind.version).toBe(3);
    expect(Object.keys(workshopKind.migrations)).toEqual(['1', '2']);
  });
});

describe('migration at open', () => {
  it('backs up the old file, then writes the migrated file with the new schemaVersion', async () => {
    const dir = join(await tempDir(), 'data');
    const time = clock(day(1, 9));
    const v1 = await openDataDir({ dir, now: time.now });
    await v1.settings.update(addFacilitator('Ana'));
    await v1.close();
    const oldBytes = await readFile(join(dir, 'settings.json'));
    const generationsBefore = await readdir(join(dir, 'backups'));

    time.set(day(1, 15)); // same day: the daily backup exists already, but a migration still backs up
    const v2 = await openDataDir({ dir, now: time.now }, { kinds: { settings: settingsV4Kind } });

    const onDisk = (await readJson(join(dir, 'settings.json'))) as Record<string, unknown>;
    expect(onDisk.schemaVersion).toBe(4);
    expect(onDisk.theme).toBe('light');
    expect(settingsV4Schema.parse(onDisk).facilitators.map((f) => f.name)).toEqual(['Ana']);
    expect(v2.settings.get()).toMatchObject({ schemaVersion: 4, theme: 'light' });

    const generations = await readdir(join(dir, 'backups'));
    const added = generations.filter((name) => !generationsBefore.includes(name));
    expect(added).toHaveLength(1);
    expect(await readFile(join(dir, 'backups', added[0] as string, 'settings.json'))).toEqual(oldBytes);

    // Updates now validate against the new schema.
    await v2.settings.update((s) => ({ ...s, theme: 'dark' }) as Settings);
    expect(await readJson(join(dir, 'settings.json'))).toMatchObject({ schemaVersion: 4, theme: 'dark' });
    await v2.close();

    // Opening again migrates nothing and makes no further backup today.
    const again = await openDataDir({ dir, now: time.now }, { kinds: { settings: settingsV4Kind } });
    expect(await readdir(join(dir, 'backups'))).toEqual(generations);
    await again.close();
  });

  it('gives a version 1 settings file the default attendance statuses and reasons, keeping everything else', async () => {
    const dir = join(await tempDir(), 'data');
    const time = clock(day(1, 9));
    await (await openDataDir({ dir, now: time.now })).close();
    const { attendanceStatuses: _statuses, absenceReasons: _reasons, ...current } = defaultSettings();
    const v1 = `${JSON.stringify({ ...current, schemaVersion: 1, organisation: { name: 'Harbor Youth Services' } }, null, 2)}\n`;
    await writeFile(join(dir, 'settings.json'), v1);

    time.set(day(2, 9));
    const store = await openDataDir({ dir, now: time.now });
    const settings = store.settings.get();
    expect(settings.organisation.name).toBe('Harbor Youth Services');
    expect(settings.attendanceStatuses.map((status) => [status.key, status.label, status.countsAsAttended])).toEqual([
      ['p', 'Present', true],
      ['l', 'Late', true],
      ['e', 'Left early', true],
      ['x', 'Excused absence', false],
      ['a', 'Absence', false],
    ]);
    expect(settings.absenceReasons.map((reason) => reason.label)).toContain('Court date');
    // And, through version 3: no second backup folder, no purging, locking after ten idle minutes.
    expect(settings).toMatchObject({ backups: {}, retention: {}, lock: { afterMinutes: 10 } });
    expect(await readJson(join(dir, 'settings.json'))).toMatchObject({ schemaVersion: 3 });
    await store.close();
    const backups = await readdir(join(dir, 'backups'));
    const kept = await Promise.all(backups.map((name) => readFile(join(dir, 'backups', name, 'settings.json'), 'utf8').catch(() => '')));
    expect(kept).toContain(v1);
  });

  it('opens a version 1 workshop file as the current version, its marks as they were (none lists earlier versions)', async () => {
    const dir = join(await tempDir(), 'data');
    const time = clock(day(1, 9));
    await (await openDataDir({ dir, now: time.now })).close();
    const series = workshop('Unit B');
    const marks = [{ meetingId: series.meetings[0]!.id, participantId: '6f1c1b8e-1d2a-4c55-9a63-0b7c5d8e9f01', statusId: 'present', at: day(1, 9).toISOString() }];
    const v1 = `${JSON.stringify({ ...series, schemaVersion: 1, attendance: marks }, null, 2)}\n`;
    await mkdir(join(dir, 'workshops'), { recursive: true });
    await writeFile(join(dir, 'workshops', `${series.id}.json`), v1);

    time.set(day(2, 9));
    const store = await openDataDir({ dir, now: time.now });
    expect((await store.workshops.get(series.id))?.attendance).toEqual(marks);
    expect(await readJson(join(dir, 'workshops', `${series.id}.json`))).toMatchObject({ schemaVersion: 3, attendance: marks });
    await store.close();
    const backups = await readdir(join(dir, 'backups'));
    const kept = await Promise.all(backups.map((name) => readFile(join(dir, 'backups', name, 'workshops', `${series.id}.json`), 'utf8').catch(() => '')));
    expect(kept).toContain(v1);
  });

  it('refuses a settings file from a newer app version and leaves it byte-identical', async () => {
    const dir = join(await tempDir(), 'data');
    await (await openDataDir({ dir, now: clock(day(1)).now })).close();
    const newer = `${JSON.stringify({ ...defaultSettings(), schemaVersion: 7, futureField: true }, null, 2)}\n`;
    await writeFile(join(dir, 'settings.json'), newer);
    const participantsBytes = await readFile(join(dir, 'participants.json'));
    const backupsBefore = await readdir(join(dir, 'backups'));

    const attempt = openDataDir({ dir, now: clock(day(2)).now });
    await expect(attempt).rejects.toBeInstanceOf(AppFailure);
    await expect(attempt).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('settings.json was written by a newer version of the app'),
    });

    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(newer);
    expect(await readFile(join(dir, 'participants.json'))).toEqual(participantsBytes);
    expect((await readdir(dir)).filter((name) => name.includes('corrupt'))).toEqual([]);
    expect(await readdir(join(dir, 'backups'))).toEqual(backupsBefore);
    // The lock was released.
    await expect(readFile(join(dir, 'lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reads a version 1 workshop, where each facilitator had one role, as holding that one role; saving writes the current version', async () => {
    const dir = join(await tempDir(), 'data');
    await (await openDataDir({ dir, now: clock(day(1)).now })).close();
    const { facilitators: _none, schemaVersion: _current, ...rest } = workshop('Planned before several roles');
    const v1 = {
      ...rest,
      schemaVersion: 1,
      facilitators: [
        { facilitatorId: randomUUID(), name: 'Ana Reyes', role: 'lead' },
        { facilitatorId: randomUUID(), name: 'Ben Okafor', role: 'survivor-mentor' },
      ],
    };
    await writeFile(join(dir, 'workshops', `${v1.id}.json`), JSON.stringify(v1));

    const store = await openDataDir({ dir, now: clock(day(2)).now });
    const read = await store.workshops.get(v1.id);
    expect(read?.schemaVersion).toBe(3);
    expect(read?.facilitators.map(({ name, roles }) => [name, roles])).toEqual([
      ['Ana Reyes', ['lead']],
      ['Ben Okafor', ['survivor-mentor']],
    ]);
    await store.workshops.save({ ...read!, facilitators: read!.facilitators.map((f) => (f.name === 'Ben Okafor' ? { ...f, roles: ['co-facilitator', 'survivor-mentor'] } : f)) });
    const onDisk = (await readJson(join(dir, 'workshops', `${v1.id}.json`))) as { schemaVersion: number; facilitators: unknown[] };
    expect(onDisk.schemaVersion).toBe(WORKSHOP_SCHEMA_VERSION);
    expect(onDisk.facilitators[1]).toEqual({ facilitatorId: v1.facilitators[1]!.facilitatorId, name: 'Ben Okafor', roles: ['co-facilitator', 'survivor-mentor'] });
    await store.close();
  });

  it('leaves a workshop from a newer app version untouched, tells the user, and refuses to overwrite it', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const current = await store.workshops.save(workshop('Current'));
    await store.close();
    const future = workshop('From the future');
    const file = join(dir, 'workshops', `${future.id}.json`);
    const bytes = JSON.stringify({ ...future, schemaVersion: 5 });
    await writeFile(file, bytes);

    const reopened = await openDataDir({ dir, now: clock(day(2)).now });
    expect((await reopened.workshops.list()).map((w) => w.id)).toEqual([current.id]);
    expect(reopened.notices()).toEqual([
      { id: expect.any(String), code: 'newer-than-app', file: `workshops/${future.id}.json`, at: day(2).toISOString() },
    ]);
    await expect(reopened.workshops.save(future)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('newer version') });
    await expect(reopened.workshops.remove(future.id)).rejects.toMatchObject({ code: 'storage' });
    expect(await readFile(file, 'utf8')).toBe(bytes);
    await reopened.close();
  });
});
