import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AttendanceExportInput } from '../../../core/contract/exports';
import type { ExportProgress } from '../../../core/contract/records';
import { addDays } from '../../../core/domain/calendar/civil';
import { planningHarness, type PlanningHarness } from '../planning/harness';
import { tempDir } from '../storage/helpers';
import { buildWorkshop } from '../../support/workshops';

const NOW = '2027-06-01T18:00:00.000Z';
const MEETINGS = 20;
const PEOPLE = 400;
const ROWS = MEETINGS * PEOPLE;

/** One workshop of 20 held weekly meetings for 400 people: 8,000 long rows, enough for several turns of the event loop. */
async function largeWorkshop(app: PlanningHarness): Promise<string> {
  const base = buildWorkshop({ title: 'Large group' });
  const people = Array.from({ length: PEOPLE }, () => randomUUID());
  const meetings = Array.from({ length: MEETINGS }, (_, index) => ({
    ...base.meetings[0]!,
    id: randomUUID(),
    date: addDays('2027-03-02', index * 7),
  }));
  const workshop = await app.store.workshops.save({
    ...base,
    meetings,
    roster: people.map((participantId) => ({ participantId, enrolledOn: '2027-03-01' })),
    // One mark makes a meeting held; everyone on the roster is a row either way.
    attendance: meetings.map((meeting) => ({ meetingId: meeting.id, participantId: people[0]!, statusId: 'present', at: NOW })),
  });
  return workshop.id;
}

function input(workshopId: string, format: AttendanceExportInput['format']): AttendanceExportInput {
  return { scope: { kind: 'workshop', workshopId }, format, shape: 'long', identification: 'codes', byteOrderMark: false };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Asks for progress on every turn of the event loop until the export settles. */
async function watch(app: PlanningHarness, exporting: Promise<unknown>): Promise<ExportProgress[]> {
  let settled = false;
  void exporting.then(
    () => (settled = true),
    () => (settled = true),
  );
  const seen: ExportProgress[] = [];
  while (!settled) {
    seen.push(await app.call('exports.progress'));
    await nextTurn();
  }
  return seen;
}

describe('attendance export progress', () => {
  it.each(['csv', 'xlsx'] as const)('reports the rows laid out of the total while a %s file is written, then idle', async (format) => {
    const app = await planningHarness({ now: NOW });
    const workshopId = await largeWorkshop(app);
    const path = join(await tempDir('export-'), `large.${format}`);
    app.host.nextSaveTarget = path;
    expect(await app.call('exports.progress')).toEqual({ state: 'idle' });

    const exporting = app.call('exports.attendance', input(workshopId, format));
    const seen = await watch(app, exporting);
    expect(await exporting).toEqual({ status: 'saved', path });

    const writing = seen.filter((progress) => progress.state === 'writing');
    const midway = writing.filter((progress) => progress.done > 0 && progress.done < progress.total);
    expect(midway.length).toBeGreaterThan(1);
    expect(writing.every((progress) => progress.total === ROWS)).toBe(true);
    const done = writing.map((progress) => progress.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(await app.call('exports.progress')).toEqual({ state: 'idle' });
    if (format === 'csv') expect((await readFile(path, 'utf8')).trimEnd().split('\r\n')).toHaveLength(1 + ROWS);
  });

  it('stays idle while the save dialog is open', async () => {
    const app = await planningHarness({ now: NOW });
    const workshopId = await largeWorkshop(app);
    let choose: (path: string | undefined) => void = () => {};
    app.host.chooseSaveTarget = () => new Promise((resolve) => (choose = resolve));

    const exporting = app.call('exports.attendance', input(workshopId, 'csv'));
    for (let turn = 0; turn < 5; turn++) await nextTurn();
    expect(await app.call('exports.progress')).toEqual({ state: 'idle' });
    choose(undefined);
    expect(await exporting).toEqual({ status: 'cancelled' });
    expect(await app.call('exports.progress')).toEqual({ state: 'idle' });
  });

  it('is idle again after an export that failed', async () => {
    const app = await planningHarness({ now: NOW });
    const workshopId = await largeWorkshop(app);
    app.host.nextSaveTarget = join(await tempDir('export-'), 'no such folder', 'large.xlsx');

    const exporting = app.fail('exports.attendance', input(workshopId, 'xlsx'));
    const seen = await watch(app, exporting);
    expect((await exporting).code).toBe('storage');
    expect(seen.some((progress) => progress.state === 'writing')).toBe(true);
    expect(await app.call('exports.progress')).toEqual({ state: 'idle' });
  });
});
