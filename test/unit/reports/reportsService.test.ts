import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { juvenileHallDraft } from '../planning/harness';
import { AFTER_SERIES, heldSeriesHarness } from '../records/heldSeries';
import { tempDir } from '../storage/helpers';

const SERIES = { from: '2027-03-01', to: '2027-04-30' };

describe('the funder report service', () => {
  it('adds up every workshop met in the range, from the files on disk', async () => {
    const { app } = await heldSeriesHarness();
    const report = await app.call('reports.funder', SERIES);
    expect(report).toMatchObject({ from: SERIES.from, to: SERIES.to, madeOn: '2027-04-10', organisation: 'Harbor Youth Services' });
    // Five people, ten sessions all held; 001 and 002 of the five completed.
    expect(report.totals).toMatchObject({ workshopsHeld: 1, sessionsPlanned: 10, sessionsDelivered: 10, participants: 5, finishers: 5, completed: '<5' });
    expect(report.totals.attendanceRate).toBeCloseTo(38 / 46);
    expect(report.bySite.map((group) => group.label)).toEqual(['Hillcrest Juvenile Hall']);
  });

  it('saves the CSV with a byte-order mark, and notes it on each workshop counted, naming no one', async () => {
    const { app, workshopId } = await heldSeriesHarness();
    const elsewhere = await app.call(
      'workshops.create',
      juvenileHallDraft({ title: 'Next term', plan: { ...juvenileHallDraft().plan, startDate: '2027-09-07' } }),
    );
    const target = join(await tempDir('funder-'), 'funder.csv');
    app.host.nextSaveTarget = target;
    expect(await app.call('reports.saveFunderCsv', SERIES)).toEqual({ status: 'saved', path: target });
    expect(app.host.suggestedNames.at(-1)).toBe('Funder report 2027-03-01 to 2027-04-30.csv');

    const text = await readFile(target, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const all = rows.find((row) => row[0] === 'All workshops')!;
    expect(all.slice(2, 6)).toEqual(['1', '10', '10', '5']);
    expect(text).not.toMatch(/JH-26-/);

    const counted = (await app.store.workshops.get(workshopId))!.audit.at(-1);
    expect(counted).toEqual({ at: AFTER_SERIES, kind: 'exported', what: 'funder report 2027-03-01 to 2027-04-30, CSV', identification: 'none' });
    expect((await app.store.workshops.get(elsewhere.workshop.id))!.audit).toEqual([]);
  });

  it('saves the PDF only while the window shows the report for that range', async () => {
    const { app, workshopId } = await heldSeriesHarness();
    const target = join(await tempDir('funder-'), 'funder.pdf');
    app.host.nextSaveTarget = target;
    app.host.pageUrl = `app://facilitator/index.html#/print/funder?from=${SERIES.from}&to=2027-12-31`;
    expect(await app.fail('reports.saveFunderPdf', SERIES)).toMatchObject({
      code: 'forbidden',
      reason: { code: 'report-not-shown' },
    });
    expect(existsSync(target)).toBe(false);
    expect((await app.store.workshops.get(workshopId))!.audit.filter((entry) => entry.kind === 'exported')).toEqual([]);

    app.host.pageUrl = `app://facilitator/index.html#/print/funder?from=${SERIES.from}&to=${SERIES.to}`;
    expect(await app.call('reports.saveFunderPdf', SERIES)).toEqual({ status: 'saved', path: target });
    expect((await app.store.workshops.get(workshopId))!.audit.filter((entry) => entry.kind === 'exported')).toHaveLength(1);
  });

  it('refuses a range that ends before it starts, at the field', async () => {
    const { app } = await heldSeriesHarness();
    const error = await app.fail('reports.funder', { from: '2027-04-30', to: '2027-03-01' });
    expect(error.issues).toEqual([{ path: 'to', rule: 'ends-before-start' }]);
  });
});
