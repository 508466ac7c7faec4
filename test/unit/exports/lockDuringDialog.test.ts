import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopOnDisk } from '../../support/workshopOnDisk';
import type { ChannelName, InputOf } from '../../../core/contract/contract';
import { recordPageUrl } from '../../support/fakeHost';
import { PASSPHRASE, recordSomething, startSession, type Started } from '../protection/harness';
import { tempDir } from '../storage/helpers';

/** Protected data with a workshop, whose save dialog returns `target` only after someone pressed Lock now. */
async function protectedLaptopLockingInDialog(target: string) {
  const laptop = await startSession(await tempDir('protected-'));
  await laptop.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
  const workshopId = await recordSomething(laptop);
  laptop.host.chooseSaveTarget = async () => {
    await laptop.call('protection.lock');
    return target;
  };
  // The window shows the record (for records.savePdf): only the lock may stop it.
  laptop.host.pageUrl = recordPageUrl({ kind: 'attendance-summary', workshopId, identification: 'codes' });
  return { laptop, workshopId };
}

/** The attendance of one workshop as CSV by program code: the export both dialog tests save. */
function csvAttendanceOf(workshopId: string) {
  return {
    scope: { kind: 'workshop' as const, workshopId },
    format: 'csv' as const,
    shape: 'long' as const,
    identification: 'codes' as const,
    byteOrderMark: true,
  };
}

async function exportedEntries(laptop: Started, workshopId: string) {
  await laptop.call('protection.unlock', { passphrase: PASSPHRASE });
  const { workshop } = await laptop.call('workshops.get', { workshopId });
  return workshop.audit.filter((entry) => entry.kind === 'exported');
}

type Export = { [C in ChannelName]: [C, (workshopId: string) => InputOf<C>] }[ChannelName];

const exportsBehindASaveDialog: Export[] = [
  [
    'exports.attendance',
    (workshopId) => ({ scope: { kind: 'workshop', workshopId }, format: 'csv', shape: 'long', identification: 'codes', byteOrderMark: true }),
  ],
  [
    'exports.attendance',
    (workshopId) => ({ scope: { kind: 'workshop', workshopId }, format: 'xlsx', shape: 'grid', identification: 'codes', byteOrderMark: true }),
  ],
  ['bundles.export', (workshopId) => ({ workshopId, passphrase: 'a passphrase for the bundle' })],
  ['records.savePdf', (workshopId) => ({ document: { kind: 'attendance-summary', workshopId, identification: 'codes' }, paper: 'letter' })],
  ['reports.saveFunderCsv', () => ({ from: '2027-03-01', to: '2027-04-30' })],
  ['workshops.exportCalendar', (workshopId) => ({ workshopId })],
];

describe('locking while a save dialog is open', () => {
  it.each(exportsBehindASaveDialog)('%s: confirming the dialog afterwards writes nothing and says why', async (channel, input) => {
    const target = join(await tempDir('export-'), 'chosen.file');
    const { laptop, workshopId } = await protectedLaptopLockingInDialog(target);
    const refusal = await laptop.fail(channel, input(workshopId) as never);
    expect(refusal).toEqual({ code: 'locked', reason: { code: 'locked-meanwhile' } });
    expect(existsSync(target)).toBe(false);
    expect(await exportedEntries(laptop, workshopId)).toEqual([]);
  });

  it('a lock while the page is being printed stops the PDF too', async () => {
    const target = join(await tempDir('export-'), 'summary.pdf');
    const laptop = await startSession(await tempDir('protected-'));
    await laptop.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    const workshopId = await recordSomething(laptop);
    laptop.host.nextSaveTarget = target;
    laptop.host.pageUrl = recordPageUrl({ kind: 'attendance-summary', workshopId, identification: 'codes' });
    laptop.host.printPage = async () => {
      await laptop.call('protection.lock');
      return new TextEncoder().encode('%PDF-1.7 the summary');
    };
    const refusal = await laptop.fail('records.savePdf', { document: { kind: 'attendance-summary', workshopId, identification: 'codes' }, paper: 'letter' });
    expect(refusal.code).toBe('locked');
    expect(existsSync(target)).toBe(false);
    expect(await exportedEntries(laptop, workshopId)).toEqual([]);
  });

  it('an open dialog answered after a lock and a new unlock is refused too: it belongs to the earlier opening', async () => {
    const target = join(await tempDir('export-'), 'unit-b.csv');
    const { laptop, workshopId } = await protectedLaptopLockingInDialog(target);
    laptop.host.chooseSaveTarget = async () => {
      await laptop.call('protection.lock');
      await laptop.call('protection.unlock', { passphrase: PASSPHRASE });
      return target;
    };
    const input = csvAttendanceOf(workshopId);
    expect((await laptop.fail('exports.attendance', input)).code).toBe('locked');
    expect(existsSync(target)).toBe(false);
    expect(await exportedEntries(laptop, workshopId)).toEqual([]);
  });

  it('a file chosen to open after a lock is not read', async () => {
    const laptop = await startSession(await tempDir('protected-'));
    await laptop.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    laptop.host.chooseFileToOpen = async () => {
      await laptop.call('protection.lock');
      return '/a/roster/never/read.csv';
    };
    expect((await laptop.fail('curricula.chooseImport')).code).toBe('locked');
    expect((await laptop.fail('bundles.chooseImport')).code).toBe('locked');
  });

  it('without a lock, the export is saved and its audit entry is on disk with it', async () => {
    const target = join(await tempDir('export-'), 'unit-b.csv');
    const laptop = await startSession(await tempDir('plain-'));
    await laptop.call('protection.setUp', { protect: false });
    const workshopId = await recordSomething(laptop);
    laptop.host.nextSaveTarget = target;
    const input = csvAttendanceOf(workshopId);
    expect(await laptop.call('exports.attendance', input)).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toMatch(/^\ufeffWorkshop,Module,Site/);
    const stored = (await workshopOnDisk(laptop.session.store()!.dir, workshopId)) as unknown as {
      audit: { kind: string; what: string }[];
    };
    expect(stored.audit.filter((entry) => entry.kind === 'exported')).toEqual([
      expect.objectContaining({ what: 'attendance CSV, one row per person and meeting' }),
    ]);
  });
});
