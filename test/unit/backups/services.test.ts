import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { monthsBefore, retentionPlan, workshopEnd } from '../../../electron/services/retentionService';
import { listGenerations } from '../../../electron/storage/backups';
import { moduleFileName } from '../../../electron/storage/layout';
import { buildWorkshop } from '../../support/workshops';
import { repoRoot, tempDir } from '../storage/helpers';
import { juvenileHallDraft, planningHarness, type PlanningHarness } from '../planning/harness';
import { wholeWorkshops } from '../../../electron/services/workshopReads';

/** The generations made for `reason` (read from each generation's about.json). */
async function generationsFor(app: PlanningHarness, reason: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await listGenerations(nodeFileSystem, app.dir)) {
    const about = await readFile(join(app.dir, 'backups', name, 'about.json'), 'utf8').catch(() => '{}');
    if ((JSON.parse(about) as { reason?: string }).reason === reason) found.push(name);
  }
  return found;
}

/** The juvenile-hall series planned on another laptop and exported there as a bundle file. */
async function bundleFromAnotherLaptop(): Promise<{ target: string; workshopId: string }> {
  const from = await planningHarness();
  const view = await from.call('workshops.create', juvenileHallDraft());
  const target = join(await tempDir('saved-'), 'series.facilitator');
  from.host.nextSaveTarget = target;
  await from.call('bundles.export', { workshopId: view.workshop.id });
  return { target, workshopId: view.workshop.id };
}

const inGeneration = (app: PlanningHarness, name: string, file: string) => readFile(join(app.dir, 'backups', name, file), 'utf8');

describe('a backup before every import', () => {
  it('is made before a roster CSV is applied', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    await app.pickFile('unit-b.csv', 'code,initials\nJH-26-030,AB\n');
    const preview = await app.call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn: '2027-03-04' });
    if (preview.status !== 'ready') throw new Error(preview.status);
    expect(await generationsFor(app, 'import')).toEqual([]);

    app.setNow('2027-03-04T18:05:00Z');
    await app.call('roster.confirmImport', { token: preview.token });
    const [backup] = await generationsFor(app, 'import');
    expect(backup).toBeDefined();
    // It holds the data as it was before the import: the registry without the new participant.
    expect(await inGeneration(app, backup!, 'participants.json')).not.toContain('JH-26-030');
    expect(await readFile(join(app.dir, 'participants.json'), 'utf8')).toContain('JH-26-030');
  });

  it('is made before a workshop bundle is applied', async () => {
    const { target, workshopId } = await bundleFromAnotherLaptop();
    const to = await planningHarness();
    await to.pickFile('series.facilitator', await readFile(target));
    const preview = await to.call('bundles.chooseImport');
    if (preview.status !== 'ready') throw new Error(preview.status);
    to.setNow('2027-03-04T18:05:00Z');
    await to.call('bundles.confirmImport', { token: preview.token, resolutions: {} });
    const [backup] = await generationsFor(to, 'import');
    expect(await readdir(join(to.dir, 'backups', backup!, 'workshops'))).toEqual([]);
    expect(await readdir(join(to.dir, 'workshops'))).toEqual([`${workshopId}.json`]);
  });

  it('is made before a curriculum module is added', async () => {
    const app = await planningHarness();
    const shipped = await readFile(join(repoRoot, 'curricula', 'juvenile-hall-five-week-series.yaml'), 'utf8');
    await app.pickFile('ours.yaml', shipped.replace(/^id: .*$/m, 'id: our-own-series'));
    const preview = await app.call('curricula.chooseImport');
    if (preview.status !== 'new') throw new Error(preview.status);
    app.setNow('2027-03-04T18:05:00Z');
    await app.call('curricula.confirmImport', { token: preview.token });
    const [backup] = await generationsFor(app, 'import');
    expect(await readdir(join(app.dir, 'backups', backup!, 'curricula'))).toEqual([]);
    expect(await readdir(join(app.dir, 'curricula'))).toEqual([moduleFileName('our-own-series', 1)]);
  });

  it('refuses the import, changing nothing, when the backup cannot be made', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    await app.pickFile('unit-b.csv', 'code,initials\nJH-26-030,AB\n');
    const preview = await app.call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn: '2027-03-04' });
    if (preview.status !== 'ready') throw new Error(preview.status);
    const registry = await readFile(join(app.dir, 'participants.json'));
    // The backups folder is replaced by a file, so no generation can be made in it.
    await rm(join(app.dir, 'backups'), { recursive: true });
    await writeFile(join(app.dir, 'backups'), '');

    const error = await app.fail('roster.confirmImport', { token: preview.token });
    expect(error.code).toBe('storage');
    expect(error.reason).toEqual({ code: 'import-backup-failed', params: { cause: { code: 'backup-failed', params: { drive: expect.any(String) } } } });
    expect(await readFile(join(app.dir, 'participants.json'))).toEqual(registry);

    // Once backups can be made again, the same preview can still be confirmed.
    await rm(join(app.dir, 'backups'));
    await mkdir(join(app.dir, 'backups'));
    await app.call('roster.confirmImport', { token: preview.token });
    expect(await generationsFor(app, 'import')).toHaveLength(1);
  });
});

describe('no backup for an import that changes nothing', () => {
  /** Every generation in the data folder's backups, whatever it was made for. */
  const generationsOnDisk = async (app: PlanningHarness) => (await listGenerations(nodeFileSystem, app.dir)).length;

  it('makes none when every row of a roster file is refused, or the confirmation is stale', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    await app.pickFile('refused.csv', 'code,initials\n=JH-26-030,AB\n,CD\n');
    const refused = await app.call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn: '2027-03-04' });
    if (refused.status !== 'ready') throw new Error(refused.status);
    const before = await generationsOnDisk(app);

    expect((await app.fail('roster.confirmImport', { token: refused.token })).reason).toEqual({ code: 'roster-import-empty' });
    // The same confirmation again, and one for a preview that never was: both stale.
    expect((await app.fail('roster.confirmImport', { token: refused.token })).code).toBe('not-found');
    expect((await app.fail('roster.confirmImport', { token: '00000000-0000-4000-8000-000000000000' })).code).toBe('not-found');
    expect(await generationsOnDisk(app)).toBe(before);
  });

  it('makes none when everyone in the roster file was enrolled since its preview, and one when someone is new', async () => {
    const app = await planningHarness();
    const view = await app.call('workshops.create', juvenileHallDraft());
    const importRoster = async (text: string) => {
      await app.pickFile('unit-b.csv', text);
      const preview = await app.call('roster.chooseImport', { workshopId: view.workshop.id, enrolledOn: '2027-03-04' });
      if (preview.status !== 'ready') throw new Error(preview.status);
      return preview.token;
    };
    const registered = (await app.call('participants.save', { code: 'JH-26-030' })).participant.id;
    const stale = await importRoster('code,initials\nJH-26-030,AB\n');
    await app.call('roster.enrol', { workshopId: view.workshop.id, participantIds: [registered], enrolledOn: '2027-03-04' });
    const before = await generationsOnDisk(app);

    const unchanged = await app.call('roster.confirmImport', { token: stale });
    expect(unchanged.workshop.roster.map((entry) => entry.participantId)).toEqual([registered]);
    expect(await generationsOnDisk(app)).toBe(before);

    const withNewcomer = await importRoster('code,initials\nJH-26-030,AB\nJH-26-031,CD\n');
    app.setNow('2027-03-04T18:05:00Z');
    await app.call('roster.confirmImport', { token: withNewcomer });
    expect(await generationsOnDisk(app)).toBe(before + 1);
  });

  it('makes none for a workshop bundle that brings nothing new, or a stale confirmation', async () => {
    const { target } = await bundleFromAnotherLaptop();
    const to = await planningHarness();
    const importBundle = async () => {
      await to.pickFile('series.facilitator', await readFile(target));
      const preview = await to.call('bundles.chooseImport');
      if (preview.status !== 'ready') throw new Error(preview.status);
      return preview;
    };
    const first = await importBundle();
    const before = await generationsOnDisk(to);
    await to.call('bundles.confirmImport', { token: first.token, resolutions: {} });
    expect(await generationsOnDisk(to)).toBe(before + 1);

    const second = await importBundle();
    expect(second.unchanged).toBe(true);
    to.setNow('2027-03-04T18:05:00Z');
    await to.call('bundles.confirmImport', { token: second.token, resolutions: {} });
    expect((await to.fail('bundles.confirmImport', { token: second.token, resolutions: {} })).code).toBe('not-found');
    expect(await generationsOnDisk(to)).toBe(before + 1);
  });
});

describe('the backup channels', () => {
  it('lists generations with when they were made on the computer’s clock, and backs up now', async () => {
    const app = await planningHarness({ now: '2027-03-04T18:00:00Z' });
    await app.call('workshops.create', juvenileHallDraft());
    app.setNow('2027-03-05T01:30:00Z');
    const made = await app.call('backups.backupNow');
    expect(made.secondCopy).toEqual({ status: 'none' });
    expect(made.view.generations.map((g) => [g.name, g.madeOn, g.madeAtTime, g.reason, g.preview.workshops])).toEqual([
      // 01:30 UTC on the 5th is 17:30 on the 4th in Los Angeles.
      [made.name, '2027-03-04', '17:30', 'manual', 1],
      [expect.any(String), '2027-03-04', '10:00', 'daily', 0],
    ]);
    expect(made.view.generations[0]?.preview.newestChange).toBe('2027-03-04');
  });

  it('chooses a second folder, copies a backup there at once, and clears it', async () => {
    const app = await planningHarness();
    const usb = await tempDir('usb-');
    app.host.nextFolder = usb;
    app.setNow('2027-03-04T18:05:00Z');
    const chosen = await app.call('backups.chooseFolder');
    if (chosen.status !== 'chosen') throw new Error(chosen.status);
    expect(chosen.settings.backups).toEqual({ secondFolder: usb });
    expect(chosen.secondCopy).toEqual({ status: 'copied', folder: usb });
    expect(await readdir(join(usb, 'Facilitator backups'))).toHaveLength(1);
    expect(app.host.dialogs).toEqual(['folder']);

    const listed = await app.call('backups.list');
    expect(listed.secondFolder).toBe(usb);
    expect(listed.generations.filter((g) => g.location === 'second')).toHaveLength(1);

    app.host.nextFolder = undefined;
    expect(await app.call('backups.chooseFolder')).toEqual({ status: 'cancelled' });
    app.host.nextFolder = join(app.dir, 'workshops');
    expect((await app.fail('backups.chooseFolder')).reason).toEqual({ code: 'backup-folder-inside' });
    expect(await app.call('backups.clearFolder', { deleteCopies: false })).toMatchObject({ settings: { backups: {} }, copies: 'kept' });
  });

  it('restores a generation and answers with the restored settings', async () => {
    const app = await planningHarness();
    await app.call('settings.setOrganisation', { name: 'Harbor Youth Services' });
    app.setNow('2027-03-04T18:05:00Z');
    const { name } = await app.call('backups.backupNow');
    await app.call('settings.setOrganisation', { name: 'Renamed' });
    await app.call('workshops.create', juvenileHallDraft());

    app.setNow('2027-03-04T18:10:00Z');
    const restored = await app.call('backups.restore', { location: 'data', name });
    expect(restored.settings.organisation.name).toBe('Harbor Youth Services');
    expect(restored.restored).toEqual({ location: 'data', name });
    expect(restored.view.generations[0]).toMatchObject({ name: restored.safety, reason: 'restore', preview: { workshops: 1 } });
    expect(await app.call('workshops.list')).toEqual([]);
    expect((await app.call('settings.get')).organisation.name).toBe('Harbor Youth Services');
  });

  it('refuses names that are not generations', async () => {
    const app = await planningHarness();
    expect((await app.fail('backups.restore', { location: 'data', name: '../settings.json' })).code).toBe('invalid-input');
  });
});

describe('retention', () => {
  it('purges finished workshops and the people only they name, after a backup, when turned on', async () => {
    const app = await planningHarness({ now: '2027-03-04T18:00:00Z' });
    const code = async (value: string) => (await app.call('participants.save', { code: value })).participant.id;
    const onlyOld = await code('JH-25-001');
    const both = await code('JH-25-002');
    const notEnrolled = await code('JH-27-050');
    const { plan } = juvenileHallDraft();
    const old = await app.call('workshops.create', {
      ...juvenileHallDraft({ participantIds: [onlyOld, both] }),
      title: 'Autumn 2025 group',
      plan: { ...plan, startDate: '2025-09-02' },
    });
    const current = await app.call('workshops.create', juvenileHallDraft({ participantIds: [both] }));

    // Off by default: nothing is listed.
    expect(await app.call('retention.preview')).toEqual({ workshops: [], participants: [] });

    const settings = await app.call('settings.setRetention', { purgeAfterMonths: 12 });
    expect(settings.retention).toEqual({ purgeAfterMonths: 12 });
    const preview = await app.call('retention.preview');
    expect(preview).toMatchObject({
      purgeAfterMonths: 12,
      cutoff: '2026-03-04',
      workshops: [{ id: old.workshop.id, title: 'Autumn 2025 group', endedOn: '2025-10-02' }],
      participants: [{ id: onlyOld, code: 'JH-25-001' }],
      token: expect.any(String),
    });

    app.setNow('2027-03-04T18:05:00Z');
    const done = await app.call('retention.purge', { token: preview.token! });
    expect(done).toMatchObject({ workshops: 1, participants: 1 });

    // The backup was made first, and holds what was purged.
    expect(await generationsFor(app, 'purge')).toEqual([done.backup]);
    expect(await readdir(join(app.dir, 'backups', done.backup, 'workshops'))).toContain(`${old.workshop.id}.json`);
    expect(await inGeneration(app, done.backup, 'participants.json')).toContain('JH-25-001');

    // Exactly the listed records are gone.
    expect(await readdir(join(app.dir, 'workshops'))).toEqual([`${current.workshop.id}.json`]);
    const registry = (await app.call('participants.list')).map((view) => view.participant.id).sort();
    expect(registry).toEqual([both, notEnrolled].sort());
    expect(await readFile(join(app.dir, 'participants.json'), 'utf8')).not.toContain('JH-25-001');
    expect((await app.fail('retention.purge', { token: preview.token! })).code).toBe('not-found');
  });

  it('says how many workshops went when a purge fails partway, never that nothing was purged; the rest can be purged after', async () => {
    // The first workshop deleted goes; deleting any other fails.
    let first: string | undefined;
    const failing = { afterFirst: true };
    const app = await planningHarness({
      now: '2027-03-04T18:00:00Z',
      fileSystem: {
        ...nodeFileSystem,
        async unlink(path) {
          const workshop = path.includes(`${sep}workshops${sep}`) ? basename(path).split('.')[0] : undefined;
          first ??= workshop;
          if (failing.afterFirst && workshop !== undefined && workshop !== first) throw Object.assign(new Error(`EIO: ${path}`), { code: 'EIO' });
          return nodeFileSystem.unlink(path);
        },
      },
    });
    const { plan } = juvenileHallDraft();
    const person = (await app.call('participants.save', { code: 'JH-25-010' })).participant.id;
    for (const [title, startDate] of [
      ['Autumn 2025 group', '2025-09-02'],
      ['Spring 2025 group', '2025-03-04'],
    ] as const)
      await app.call('workshops.create', { ...juvenileHallDraft({ participantIds: [person] }), title, plan: { ...plan, startDate } });
    await app.call('settings.setRetention', { purgeAfterMonths: 12 });
    const preview = await app.call('retention.preview');
    expect(preview.workshops).toHaveLength(2);

    const failure = await app.fail('retention.purge', { token: preview.token! });
    expect(failure).toMatchObject({ code: 'storage', reason: { code: 'purge-partial', params: { count: 1, total: 2, cause: { code: 'delete-failed' } } } });
    expect((await app.call('workshops.list')).map((summary) => summary.title)).toHaveLength(1);
    // The person both named stays in the registry until both are gone.
    expect((await app.call('participants.list')).map((view) => view.participant.code)).toEqual(['JH-25-010']);

    failing.afterFirst = false;
    const again = await app.call('retention.preview');
    expect(again.workshops).toHaveLength(1);
    expect(await app.call('retention.purge', { token: again.token! })).toMatchObject({ workshops: 1, participants: 1 });
    expect(await app.call('workshops.list')).toEqual([]);
  });

  it('keeps a listed workshop that no longer qualifies when the purge is confirmed', async () => {
    const app = await planningHarness({ now: '2027-03-04T18:00:00Z' });
    const { plan } = juvenileHallDraft();
    const old = await app.call('workshops.create', { ...juvenileHallDraft(), title: 'Old group', plan: { ...plan, startDate: '2025-09-02' } });
    await app.call('settings.setRetention', { purgeAfterMonths: 12 });
    const preview = await app.call('retention.preview');
    await app.call('meetings.add', {
      workshopId: old.workshop.id,
      date: '2027-03-10',
      startTime: '15:30',
      minutes: 60,
      sessionIds: [old.workshop.module.sessions[0]!.id],
      kind: 'extra',
    });
    expect((await app.fail('retention.purge', { token: preview.token! })).reason).toEqual({ code: 'purge-nothing-left' });
    // Its file is still there (beside the journal of the meeting just added).
    expect((await readdir(join(app.dir, 'workshops'))).filter((name) => name.endsWith('.json'))).toEqual([`${old.workshop.id}.json`]);
  });

  it('turning retention off forgets a pending purge', async () => {
    const app = await planningHarness({ now: '2027-03-04T18:00:00Z' });
    const { plan } = juvenileHallDraft();
    await app.call('workshops.create', { ...juvenileHallDraft(), plan: { ...plan, startDate: '2025-09-02' } });
    await app.call('settings.setRetention', { purgeAfterMonths: 6 });
    const preview = await app.call('retention.preview');
    await app.call('settings.setRetention', {});
    expect((await app.fail('retention.purge', { token: preview.token! })).code).toBe('not-found');
    expect(await wholeWorkshops(app.store, await app.store.workshops.summaries())).toHaveLength(1);
  });
});

describe('the retention rule', () => {
  it('counts months back to the same day, or the end of a shorter month', () => {
    expect(monthsBefore('2027-03-31', 1)).toBe('2027-02-28');
    expect(monthsBefore('2027-01-15', 1)).toBe('2026-12-15');
    expect(monthsBefore('2028-02-29', 12)).toBe('2027-02-28');
    expect(monthsBefore('2027-03-04', 120)).toBe('2017-03-04');
  });

  it('ends a workshop on its last meeting that was not cancelled', () => {
    const base = buildWorkshop();
    const meeting = base.meetings[0]!;
    const cancellation = { reason: 'lockdown' as const, note: '', at: '2026-01-01T00:00:00.000Z' };
    const workshop = {
      ...base,
      meetings: [
        { ...meeting, id: crypto.randomUUID(), date: '2026-01-05' },
        { ...meeting, id: crypto.randomUUID(), date: '2026-01-12' },
        { ...meeting, id: crypto.randomUUID(), date: '2026-06-01', cancellation },
      ],
    };
    expect(workshopEnd(workshop)).toBe('2026-01-12');
    expect(workshopEnd({ ...workshop, meetings: workshop.meetings.map((m) => ({ ...m, cancellation })) })).toBe('2026-06-01');
    expect(workshopEnd({ ...workshop, meetings: [] })).toBe(workshop.plan.startDate);
  });

  it('purges only workshops that ended before the cutoff, and only people no remaining workshop names', () => {
    const base = buildWorkshop();
    const meeting = base.meetings[0]!;
    const [a, b, c] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const enrol = (participantId: string) => ({ participantId, enrolledOn: '2025-01-01' });
    const ended = { ...base, id: crypto.randomUUID(), title: 'Ended', meetings: [{ ...meeting, date: '2026-03-03' }], roster: [enrol(a), enrol(b)] };
    const onCutoff = { ...base, id: crypto.randomUUID(), title: 'On the cutoff', meetings: [{ ...meeting, date: '2026-03-04' }], roster: [] };
    const later = { ...base, id: crypto.randomUUID(), title: 'Later', meetings: [{ ...meeting, date: '2027-01-01' }], roster: [], followUps: [] };
    // b was marked at a later workshop without being on its roster (the mark alone keeps them).
    const withMark = {
      ...later,
      id: crypto.randomUUID(),
      attendance: [{ meetingId: meeting.id, participantId: b, statusId: 'present', at: '2027-01-01T16:00:00.000Z' }],
    };
    const people = [a, b, c].map((id, i) => ({ id, code: `JH-0${i}`, createdAt: '2025-01-01T00:00:00.000Z' }));
    const plan = retentionPlan({ workshops: [ended, onCutoff, later, withMark], participants: people, today: '2027-03-04', months: 12 });
    expect(plan.cutoff).toBe('2026-03-04');
    expect(plan.workshops.map((w) => w.title)).toEqual(['Ended']);
    expect(plan.participants.map((p) => p.id)).toEqual([a]);
  });
});
