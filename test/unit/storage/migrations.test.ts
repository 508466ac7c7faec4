import { PARTICIPANTS_SCHEMA_VERSION } from '../../../core/domain/participants';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StorageError } from '../../../electron/storage';
import { defaultSettings, settingsSchema, type Settings } from '../../../core/domain/settings';
import { workshopSchema, WORKSHOP_SCHEMA_VERSION } from '../../../core/domain/workshop';
import { upgradeWorkshop } from '../../../core/domain/workshopMigrations';
import { openDataDir } from '../../../electron/storage/dataDir';
import type { DocumentKind } from '../../../electron/storage/kinds';
import { settingsKind, workshopKind } from '../../../electron/storage/kinds';
import { migrateDocument } from '../../../electron/storage/migrations';
import { parse as parseYaml } from 'yaml';
import { addFacilitator, clock, day, readJson, tempDir, workshop } from './helpers';
import { wholeWorkshops } from '../../../electron/services/workshopReads';

/** A settings file version 5 that does not exist yet: it adds a theme. */
const settingsV5Schema = z.strictObject({ ...settingsSchema.shape, schemaVersion: z.literal(5), theme: z.enum(['light', 'dark']) });
const settingsV5Kind = {
  version: 5,
  schema: settingsV5Schema,
  migrations: { ...settingsKind.migrations, 4: (old: Record<string, unknown>) => ({ ...old, schemaVersion: 5, theme: 'light' }) },
  defaults: () => ({ ...defaultSettings(), schemaVersion: 5, theme: 'light' }),
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
    expect(migrateDocument({ schemaVersion: 1 }, 3, { 2: table[2] })).toMatchObject({
      status: 'invalid',
      reason: expect.stringContaining('no migration from schemaVersion 1'),
    });
    expect(migrateDocument({ schemaVersion: 1 }, 3, { 1: (old) => old })).toMatchObject({ status: 'invalid' });
    expect(
      migrateDocument({ schemaVersion: 1 }, 3, {
        1: () => {
          throw new Error('boom');
        },
      }),
    ).toMatchObject({ status: 'invalid', reason: expect.stringContaining('boom') });
  });

  it('has steps for settings versions 1 (attendance statuses), 2 (backups, retention, locking) and 3 (site kinds), and workshop versions 1 (mark history), 2 (roles as a list), 3 (module format 2), 4 (module stored once) and 5 (program hub records)', () => {
    expect(settingsKind.version).toBe(4);
    expect(Object.keys(settingsKind.migrations)).toEqual(['1', '2', '3']);
    expect(workshopKind.version).toBe(6);
    expect(Object.keys(workshopKind.migrations)).toEqual(['1', '2', '3', '4', '5']);
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
    const v2 = await openDataDir({ dir, now: time.now }, { kinds: { settings: settingsV5Kind } });

    const onDisk = (await readJson(join(dir, 'settings.json'))) as Record<string, unknown>;
    expect(onDisk.schemaVersion).toBe(5);
    expect(onDisk.theme).toBe('light');
    expect(settingsV5Schema.parse(onDisk).facilitators.map((f) => f.name)).toEqual(['Ana']);
    expect(v2.settings.get()).toMatchObject({ schemaVersion: 5, theme: 'light' });

    const generations = await readdir(join(dir, 'backups'));
    const added = generations.filter((name) => !generationsBefore.includes(name));
    expect(added).toHaveLength(1);
    expect(await readFile(join(dir, 'backups', added[0] as string, 'settings.json'))).toEqual(oldBytes);

    // Updates now validate against the new schema.
    await v2.settings.update((s) => ({ ...s, theme: 'dark' }) as Settings);
    expect(await readJson(join(dir, 'settings.json'))).toMatchObject({ schemaVersion: 5, theme: 'dark' });
    await v2.close();

    // Opening again migrates nothing and makes no further backup today.
    const again = await openDataDir({ dir, now: time.now }, { kinds: { settings: settingsV5Kind } });
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
    expect(await readJson(join(dir, 'settings.json'))).toMatchObject({ schemaVersion: 4 });
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
    const marks = [
      { meetingId: series.meetings[0]!.id, participantId: '6f1c1b8e-1d2a-4c55-9a63-0b7c5d8e9f01', statusId: 'present', at: day(1, 9).toISOString() },
    ];
    const v1 = `${JSON.stringify({ ...series, schemaVersion: 1, attendance: marks }, null, 2)}\n`;
    await mkdir(join(dir, 'workshops'), { recursive: true });
    await writeFile(join(dir, 'workshops', `${series.id}.json`), v1);

    time.set(day(2, 9));
    const store = await openDataDir({ dir, now: time.now });
    expect((await store.workshops.get(series.id))?.attendance).toEqual(marks);
    expect(await readJson(join(dir, 'workshops', `${series.id}.json`))).toMatchObject({ schemaVersion: WORKSHOP_SCHEMA_VERSION, attendance: marks });
    await store.close();
    const backups = await readdir(join(dir, 'backups'));
    const kept = await Promise.all(backups.map((name) => readFile(join(dir, 'backups', name, 'workshops', `${series.id}.json`), 'utf8').catch(() => '')));
    expect(kept).toContain(v1);
  });

  it('renames the site kinds of a version 3 settings file to the field vocabulary (juvenile-hall -> detention)', async () => {
    const dir = join(await tempDir(), 'data');
    await (await openDataDir({ dir, now: clock(day(1)).now })).close();
    const sites = [
      { id: 'a5b0c1d2-e3f4-4a5b-8c6d-7e8f9a0b1c2d', name: 'Hillcrest Juvenile Hall', kind: 'juvenile-hall' },
      { id: 'b5b0c1d2-e3f4-4a5b-8c6d-7e8f9a0b1c2d', name: 'Oak House', kind: 'residential' },
      { id: 'c5b0c1d2-e3f4-4a5b-8c6d-7e8f9a0b1c2d', name: 'Lincoln Middle School', kind: 'school' },
    ];
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ ...defaultSettings(), schemaVersion: 3, sites }));
    const store = await openDataDir({ dir, now: clock(day(2)).now });
    expect(store.settings.get().sites.map((site) => [site.name, site.kind])).toEqual([
      ['Hillcrest Juvenile Hall', 'detention'],
      ['Oak House', 'residential-treatment'],
      ['Lincoln Middle School', 'school'],
    ]);
    expect(await readJson(join(dir, 'settings.json'))).toMatchObject({ schemaVersion: 4 });
    await store.close();
  });

  it('migrates a version 1 workshop: its module snapshot to format 2 and its site kind, keeping its records', async () => {
    const dir = join(await tempDir(), 'data');
    const current = workshop('Unit B');
    const v1Module = parseYaml(await readFile(join(__dirname, '../../fixtures/curricula/v1-module.yaml'), 'utf8')) as Record<string, unknown>;
    const v1 = { ...current, schemaVersion: 1, module: v1Module, site: { siteId: current.id, name: 'Hillcrest Juvenile Hall', kind: 'juvenile-hall' } };
    await (await openDataDir({ dir, now: clock(day(1)).now })).close();
    await writeFile(join(dir, 'workshops', `${current.id}.json`), JSON.stringify(v1));

    const store = await openDataDir({ dir, now: clock(day(2)).now });
    const [migrated] = await wholeWorkshops(store, await store.workshops.summaries());
    expect(migrated).toMatchObject({ id: current.id, title: 'Unit B', schemaVersion: WORKSHOP_SCHEMA_VERSION, site: { kind: 'detention' } });
    expect(migrated?.module).toMatchObject({ formatVersion: 2, delivery: { sessionsPerWeek: { min: 1, max: 1 }, joining: { rule: 'open' } } });
    expect(migrated?.module.audiences[0]?.settings).toEqual(['school', 'detention']);
    expect(await readJson(join(dir, 'workshops', `${current.id}.json`))).toMatchObject({ schemaVersion: WORKSHOP_SCHEMA_VERSION });
    await store.close();
    // A bundle from an older app carries a version 1 workshop: it is brought up the same way.
    expect(workshopSchema.parse(upgradeWorkshop(v1, WORKSHOP_SCHEMA_VERSION))).toMatchObject({
      schemaVersion: WORKSHOP_SCHEMA_VERSION,
      site: { kind: 'detention' },
      module: { formatVersion: 2 },
    });
  });

  it('opens a registry written before codes carried the time they were set, every person kept as they were', async () => {
    const dir = join(await tempDir(), 'data');
    await (await openDataDir({ dir, now: clock(day(1)).now })).close();
    const person = { id: randomUUID(), code: 'JH-26-014', initials: 'AB', createdAt: '2026-01-05T17:00:00.000Z' };
    await writeFile(join(dir, 'participants.json'), JSON.stringify({ schemaVersion: 1, participants: [person] }));

    const store = await openDataDir({ dir, now: clock(day(2)).now });
    expect(store.participants.get().participants).toEqual([person]);
    await store.close();
    expect(await readJson(join(dir, 'participants.json'))).toEqual({ schemaVersion: PARTICIPANTS_SCHEMA_VERSION, participants: [person] });
  });

  it('refuses a settings file from a newer app version and leaves it byte-identical', async () => {
    const dir = join(await tempDir(), 'data');
    await (await openDataDir({ dir, now: clock(day(1)).now })).close();
    const newer = `${JSON.stringify({ ...defaultSettings(), schemaVersion: 7, futureField: true }, null, 2)}\n`;
    await writeFile(join(dir, 'settings.json'), newer);
    const participantsBytes = await readFile(join(dir, 'participants.json'));
    const backupsBefore = await readdir(join(dir, 'backups'));

    const attempt = openDataDir({ dir, now: clock(day(2)).now });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({
      kind: 'newer-version',
      reason: { code: 'newer-version', params: expect.objectContaining({ file: 'settings.json' }) },
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
    expect(read?.schemaVersion).toBe(WORKSHOP_SCHEMA_VERSION);
    expect(read?.facilitators.map(({ name, roles }) => [name, roles])).toEqual([
      ['Ana Reyes', ['lead']],
      ['Ben Okafor', ['survivor-mentor']],
    ]);
    await store.workshops.save({
      ...read!,
      facilitators: read!.facilitators.map((f) => (f.name === 'Ben Okafor' ? { ...f, roles: ['co-facilitator', 'survivor-mentor'] } : f)),
    });
    await store.close(); // folds the change, journaled until then, into the workshop file
    const onDisk = (await readJson(join(dir, 'workshops', `${v1.id}.json`))) as { schemaVersion: number; facilitators: unknown[] };
    expect(onDisk.schemaVersion).toBe(WORKSHOP_SCHEMA_VERSION);
    expect(onDisk.facilitators[1]).toEqual({
      facilitatorId: v1.facilitators[1]!.facilitatorId,
      name: 'Ben Okafor',
      roles: ['co-facilitator', 'survivor-mentor'],
    });
  });

  it('leaves a workshop from a newer app version untouched, tells the user, and refuses to overwrite it', async () => {
    const dir = join(await tempDir(), 'data');
    const store = await openDataDir({ dir, now: clock(day(1)).now });
    const current = await store.workshops.save(workshop('Current'));
    await store.close();
    const future = workshop('From the future');
    const file = join(dir, 'workshops', `${future.id}.json`);
    const bytes = JSON.stringify({ ...future, schemaVersion: WORKSHOP_SCHEMA_VERSION + 1 });
    await writeFile(file, bytes);

    const reopened = await openDataDir({ dir, now: clock(day(2)).now });
    expect((await wholeWorkshops(reopened, await reopened.workshops.summaries())).map((w) => w.id)).toEqual([current.id]);
    expect(reopened.notices()).toEqual([{ id: expect.any(String), code: 'newer-than-app', file: `workshops/${future.id}.json`, at: day(2).toISOString() }]);
    await expect(reopened.workshops.save(future)).rejects.toMatchObject({ kind: 'newer-version', reason: { code: 'newer-version-change' } });
    await expect(reopened.workshops.remove(future.id)).rejects.toMatchObject({ kind: 'newer-version' });
    expect(await readFile(file, 'utf8')).toBe(bytes);
    await reopened.close();
  });
});
