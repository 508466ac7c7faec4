import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { juvenileHallDraft, planningHarness } from '../planning/harness';
import { tempDir } from '../storage/helpers';

describe('where the save dialog opens', () => {
  it('asks the first time (no folder remembered), remembers the folder chosen in settings.json, and opens there from then on', async () => {
    const app = await planningHarness();
    const { workshop } = await app.call('workshops.create', juvenileHallDraft());
    const chosen = await tempDir('usb-exports-');

    app.host.nextSaveTarget = undefined;
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    // Cancelled: nothing remembered, so the next dialog asks again.
    app.host.nextSaveTarget = join(chosen, 'Group sessions.ics');
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    app.host.nextSaveTarget = join(chosen, 'attendance.csv');
    await app.call('exports.attendance', {
      scope: { kind: 'workshop', workshopId: workshop.id },
      format: 'csv',
      shape: 'long',
      identification: 'codes',
      byteOrderMark: true,
    });

    expect(app.host.saveFolders).toEqual([undefined, undefined, chosen]);
    const onDisk = JSON.parse(await readFile(join(app.dir, 'settings.json'), 'utf8')) as { exportFolder?: string };
    expect(onDisk.exportFolder).toBe(chosen);
  });

  it('keeps the first folder even when a later file is saved elsewhere', async () => {
    const app = await planningHarness();
    const { workshop } = await app.call('workshops.create', juvenileHallDraft());
    const [first, other] = [await tempDir('first-'), await tempDir('other-')];
    app.host.nextSaveTarget = join(first, 'a.ics');
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    app.host.nextSaveTarget = join(other, 'b.ics');
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    app.host.nextSaveTarget = join(other, 'c.ics');
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    expect(app.host.saveFolders).toEqual([undefined, first, first]);
  });
  it('forgets the folder when asked (settings.json no longer has it): the next save asks again and remembers the new choice', async () => {
    const app = await planningHarness();
    const { workshop } = await app.call('workshops.create', juvenileHallDraft());
    const [first, second] = [await tempDir('first-'), await tempDir('second-')];
    const exportFolderOnDisk = async () => (JSON.parse(await readFile(join(app.dir, 'settings.json'), 'utf8')) as { exportFolder?: string }).exportFolder;
    app.host.nextSaveTarget = join(first, 'a.ics');
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    expect(await exportFolderOnDisk()).toBe(first);

    const settings = await app.call('settings.forgetExportFolder');
    expect(settings.exportFolder).toBeUndefined();
    expect(await exportFolderOnDisk()).toBeUndefined();

    app.host.nextSaveTarget = join(second, 'b.ics');
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    app.host.nextSaveTarget = join(second, 'c.ics');
    await app.call('workshops.exportCalendar', { workshopId: workshop.id });
    expect(app.host.saveFolders).toEqual([undefined, undefined, second]);
    expect(await exportFolderOnDisk()).toBe(second);
  });
});
