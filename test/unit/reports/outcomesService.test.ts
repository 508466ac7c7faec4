import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '../../../core/domain/surveys/response';
import type { Workshop } from '../../../core/domain/workshop';
import { heldSeriesHarness } from '../records/heldSeries';
import { tempDir } from '../storage/helpers';
import { answersFor, knowledgeSurvey } from './outcomesHelpers';

const SERIES = { from: '2027-03-01', to: '2027-04-30' };
const CHANGE_HEADER = [
  'Module',
  'Survey',
  'Scale',
  'Pairs',
  'Mean before',
  'Mean after',
  'Mean change',
  'Improved',
  'Improved %',
  'Same',
  'Same %',
  'Worse',
  'Worse %',
];

/** The five-week series, held and marked, given the knowledge survey before and after, and one adapted activity logged. */
async function surveyedSeries() {
  const harness = await heldSeriesHarness();
  const { app, workshopId, ids, meetings } = harness;
  const everyone = [ids.p1, ids.p2, ids.p3, ids.p4, ids.p5];
  await app.store.workshops.update(workshopId, (workshop): Workshop => {
    const response = (participantId: string, occasion: 'pre' | 'post', index: number): SurveyResponse => {
      const at = occasion === 'pre' ? `2027-03-02T23:${10 + index}:00.000Z` : `2027-04-01T23:${10 + index}:00.000Z`;
      return {
        id: crypto.randomUUID(),
        instrumentId: 'knowledge',
        occasion,
        participantId,
        meetingId: occasion === 'pre' ? meetings[0] : meetings[9],
        entry: 'paper',
        answers: occasion === 'pre' ? answersFor(0, 2) : answersFor(100, 5),
        createdAt: at,
        updatedAt: at,
      };
    };
    const session = workshop.module.sessions[0]!;
    return {
      ...workshop,
      module: { ...workshop.module, instruments: [knowledgeSurvey()] },
      surveys: everyone.flatMap((id, index) => [response(id, 'pre', index), response(id, 'post', index)]),
      runs: [
        {
          meetingId: meetings[0]!,
          startedAt: '2027-03-02T23:30:00.000Z',
          endedAt: '2027-03-03T00:30:00.000Z',
          fidelity: [{ sessionId: session.id, activityId: session.activities[0]!.id, outcome: 'adapted', note: 'Shortened: count ran late' }],
          notes: '',
        },
      ],
    };
  });
  return harness;
}

function rowsOf(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('the funder report’s outcomes and fidelity, from the files on disk', () => {
  it('pairs the pre- and post-surveys and tallies the fidelity log of every workshop met in the range', async () => {
    const { app } = await surveyedSeries();
    const report = await app.call('reports.funder', SERIES);
    const [instrument] = report.outcomes.instruments;
    expect(instrument).toMatchObject({ instrumentId: 'knowledge', workshops: 1, pairing: { paired: 5, postWithoutPre: 0 } });
    expect(instrument!.scales[0]).toMatchObject({ paired: 5, meanPre: 0, meanPost: 100, meanChange: 100, improved: { count: 5, share: 1 } });
    expect(instrument!.completion).toEqual([
      { occasion: 'pre', enrolled: 5, given: 5, complete: 5, partial: 0, unlinked: 0, givenRate: 1 },
      { occasion: 'post', enrolled: 5, given: 5, complete: 5, partial: 0, unlinked: 0, givenRate: 1 },
    ]);
    const [module] = report.fidelity.modules;
    expect(module!.sessions).toHaveLength(10);
    expect(module!.sessions[0]!.activities[0]!.counts).toEqual({ 'as-planned': 0, adapted: 1, skipped: 0, 'not-recorded': 0 });
    expect(module!.notes).toEqual([expect.objectContaining({ date: '2027-03-02', note: 'Shortened: count ran late', outcome: 'adapted' })]);
  });

  it('writes the outcomes and fidelity into the CSV after the figures, and names no one', async () => {
    const { app } = await surveyedSeries();
    const target = join(await tempDir('funder-'), 'funder.csv');
    app.host.nextSaveTarget = target;
    expect(await app.call('reports.saveFunderCsv', SERIES)).toEqual({ status: 'saved', path: target });
    const text = await readFile(target, 'utf8');
    const rows = rowsOf(text);
    const header = rows.findIndex((row) => row.join() === CHANGE_HEADER.join());
    expect(header).toBeGreaterThan(0);
    expect(rows[header + 1]).toEqual([
      expect.any(String),
      'What I know about staying safe',
      'Recognises recruitment tactics',
      '5',
      '0',
      '100',
      '100',
      '5',
      '100',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(rows.find((row) => row[0] === 'Module' && row[2] === 'When given')).toBeDefined();
    const notes = rows.findIndex((row) => row[0] === 'Adaptation notes');
    expect(rows[notes + 2]).toEqual([expect.any(String), '2027-03-02', expect.any(String), '1', expect.any(String), 'Adapted', 'Shortened: count ran late']);
    expect(text).not.toMatch(/JH-26-|Ana Bell/);
  });

  it('saves the workbook with a sheet for the figures, the outcomes and the fidelity, and notes it on the workshop', async () => {
    const { app, workshopId } = await surveyedSeries();
    const target = join(await tempDir('funder-'), 'funder.xlsx');
    app.host.nextSaveTarget = target;
    expect(await app.call('reports.saveFunderXlsx', { ...SERIES, language: 'es' })).toEqual({ status: 'saved', path: target });
    expect(app.host.suggestedNames.at(-1)).toBe('Informe para financiadores del 2027-03-01 al 2027-04-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Informe para financiadores', 'Resultados', 'Fidelidad']);
    const outcomes = workbook.getWorksheet('Resultados')!;
    // Indexed by row number (1 up), each row by column number.
    const values = Array.from(outcomes.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
    const header = values.findIndex((row) => row[2] === 'Escala');
    expect(values[header + 1]!.slice(2, 8)).toEqual(['Recognises recruitment tactics', 5, 0, 100, 100, 5]);
    expect(outcomes.getRow(header).getCell(1).font?.bold).toBe(true);
    const audit = (await app.store.workshops.get(workshopId))!.audit.at(-1);
    expect(audit).toMatchObject({ kind: 'exported', what: 'funder report 2027-03-01 to 2027-04-30, XLSX', identification: 'none' });
  });

  it('counts only the module, site or workshop asked for', async () => {
    const { app, workshopId } = await surveyedSeries();
    const other = await app.call('reports.funder', { ...SERIES, moduleId: 'another-module' });
    expect(other.outcomes.instruments).toEqual([]);
    expect(other.fidelity.modules).toEqual([]);
    expect(other.totals.workshopsHeld).toBe(0);
    const one = await app.call('reports.funder', { ...SERIES, workshopId });
    expect(one.outcomes.instruments).toHaveLength(1);
    expect(one.totals.workshopsHeld).toBe(1);
  });

  it('saves the PDF only while the page shows the report with the same filters', async () => {
    const { app, workshopId } = await surveyedSeries();
    const target = join(await tempDir('funder-'), 'funder.pdf');
    app.host.nextSaveTarget = target;
    app.host.pageUrl = `app://facilitator/index.html#/print/funder?from=${SERIES.from}&to=${SERIES.to}`;
    expect(await app.fail('reports.saveFunderPdf', { ...SERIES, workshopId })).toMatchObject({ code: 'forbidden', reason: { code: 'report-not-shown' } });
    app.host.pageUrl = `app://facilitator/index.html#/print/funder?from=${SERIES.from}&to=${SERIES.to}&workshopId=${workshopId}`;
    expect(await app.call('reports.saveFunderPdf', { ...SERIES, workshopId })).toEqual({ status: 'saved', path: target });
  });
});
