import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AttendanceExportInput } from '../../../core/contract/exports';
import type { Workshop } from '../../../core/domain/workshop';
import { juvenileHallDraft, LA, planningHarness, type PlanningHarness } from '../planning/harness';
import { tempDir } from '../storage/helpers';

const NOW = '2027-03-04T18:00:00.000Z';

/**
 * Knowing Your Worth (Tue/Thu from 2027-03-02; the clock is Thursday 4 March, its second meeting):
 *   Tue 2 Mar (over): 001 present, 002 excused (medical), 003 not marked;
 *   Thu 4 Mar:        001 present (passed one activity), 002 absent (court date), 003 late,
 *                     004 walked in (present), so was not expected on the 2nd.
 * Healthy Relationships (Wednesdays from 2027-03-03): 010 present on the 3rd.
 */
async function recordedSeries(app: PlanningHarness) {
  await app.call('settings.setPreferences', { allowFullNames: true });
  const people = [
    { code: 'JH-26-001', initials: 'AB', fullName: 'Ana Bell' },
    { code: 'JH-26-002' },
    { code: 'JH-26-003', initials: 'CD', fullName: 'Cara Diaz' },
  ];
  const ids: string[] = [];
  for (const person of people) ids.push((await app.call('participants.save', person)).participant.id);
  const [p1, p2, p3] = ids as [string, string, string];

  const created = await app.call('workshops.create', juvenileHallDraft({ participantIds: ids }));
  const workshopId = created.workshop.id;
  const [first, second] = created.workshop.meetings.map((meeting) => meeting.id) as [string, string];
  const mark = (meetingId: string, participantId: string, statusId: string, reasonId?: string) =>
    app.call('attendance.mark', { workshopId, meetingId, participantId, statusId, ...(reasonId ? { reasonId } : {}), confirmPastEdit: true });
  await mark(first, p1, 'present');
  await mark(first, p2, 'excused', 'medical');
  await mark(second, p1, 'present');
  await mark(second, p2, 'absent', 'court-date');
  await mark(second, p3, 'late');
  const walkIn = await app.call('attendance.walkIn', { workshopId, meetingId: second, code: 'JH-26-004', statusId: 'present' });
  const p4 = walkIn.roster.find((participant) => participant.code === 'JH-26-004')!.id;

  const stored = (await app.store.workshops.get(workshopId))!;
  const activity = stored.module.sessions.find((session) => session.id === stored.meetings[1]!.sessionIds[0])!.activities[1]!;
  await app.call('attendance.presence', { workshopId, meetingId: second, participantId: p1, activityId: activity.id, kind: 'passed', on: true });
  await app.call('run.start', { workshopId, meetingId: second });
  await app.call('run.notes', { workshopId, meetingId: second, notes: 'The group talked about trust.' });
  await app.call('followUps.add', { workshopId, participantId: p2, meetingId: second, kind: 'follow-up' });

  const otherCode = (await app.call('participants.save', { code: 'JH-26-010' })).participant.id;
  const other = await app.call('workshops.create', {
    ...juvenileHallDraft({ participantIds: [otherCode] }),
    title: 'Healthy Relationships – Unit C',
    plan: { startDate: '2027-03-03', weekdays: [3], startTime: '10:00', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
  });
  await app.call('attendance.mark', {
    workshopId: other.workshop.id,
    meetingId: other.workshop.meetings[0]!.id,
    participantId: otherCode,
    statusId: 'present',
    confirmPastEdit: true,
  });
  return { workshopId, otherId: other.workshop.id, activityTitle: activity.title, ids: { p1, p2, p3, p4 }, sessionNumbers: sessionNumbersOf(stored) };
}

function sessionNumbersOf(workshop: Workshop): [number, number] {
  const numberOf = (index: number) => workshop.module.sessions.find((session) => session.id === workshop.meetings[index]!.sessionIds[0])!.number;
  return [numberOf(0), numberOf(1)];
}

async function saveTo(app: PlanningHarness, name: string): Promise<string> {
  const path = join(await tempDir('export-'), name);
  app.host.nextSaveTarget = path;
  return path;
}

function input(overrides: Partial<AttendanceExportInput> & Pick<AttendanceExportInput, 'scope'>): AttendanceExportInput {
  return { format: 'csv', shape: 'long', identification: 'codes', byteOrderMark: true, ...overrides };
}

function parseCsv(text: string) {
  return Papa.parse<Record<string, string | number>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, dynamicTyping: true });
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('attendance CSV', () => {
  it('writes one row per expected participant and held meeting, by code, and records the export', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId, activityTitle, sessionNumbers } = await recordedSeries(app);
    const path = await saveTo(app, 'unit-b.csv');

    const saved = await app.call('exports.attendance', input({ scope: { kind: 'workshop', workshopId } }));
    expect(saved).toEqual({ status: 'saved', path });
    expect(app.host.suggestedNames.at(-1)).toBe('Knowing Your Worth – Unit B attendance - one row per person and meeting.csv');

    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).not.toContain('trust');
    expect(text).not.toMatch(/follow/i);

    const { data, meta, errors } = parseCsv(text);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([
      'Workshop',
      'Module',
      'Site',
      'Meeting date',
      'Start time',
      'Sessions',
      'Meeting kind',
      'Meeting status',
      'Participant',
      'Status code',
      'Status',
      'Counts as attended',
      'Absence reason',
      'Passed or stepped out during',
    ]);
    expect(
      data.map((row) => [
        row['Meeting date'],
        row['Sessions'],
        row['Participant'],
        row['Status code'],
        row['Status'],
        row['Counts as attended'],
        row['Absence reason'],
      ]),
    ).toEqual([
      ['2027-03-02', sessionNumbers[0], 'JH-26-001', 'P', 'Present', 'yes', null],
      ['2027-03-02', sessionNumbers[0], 'JH-26-002', 'X', 'Excused absence', 'no', 'Medical'],
      ['2027-03-02', sessionNumbers[0], 'JH-26-003', null, null, 'no', null],
      ['2027-03-04', sessionNumbers[1], 'JH-26-001', 'P', 'Present', 'yes', null],
      ['2027-03-04', sessionNumbers[1], 'JH-26-002', 'A', 'Absence', 'no', 'Court date'],
      ['2027-03-04', sessionNumbers[1], 'JH-26-003', 'L', 'Late', 'yes', null],
      ['2027-03-04', sessionNumbers[1], 'JH-26-004', 'P', 'Present', 'yes', null],
    ]);
    expect(data[0]).toMatchObject({ Workshop: 'Knowing Your Worth – Unit B', 'Start time': '15:30', 'Meeting kind': 'Regular', 'Meeting status': 'Held' });
    expect(data[3]!['Passed or stepped out during']).toBe(`${activityTitle} (passed)`);
    // The session number is written as a number, not a quoted string.
    expect(text).toContain(`,2027-03-02,15:30,${sessionNumbers[0]},Regular,Held,`);

    const audit = (await app.store.workshops.get(workshopId))!.audit.filter((entry) => entry.kind === 'exported');
    expect(audit).toEqual([{ at: NOW, kind: 'exported', what: 'attendance CSV, one row per person and meeting', identification: 'codes' }]);
  });

  it('says what each meeting is and whether it was held or cancelled, in columns of their own', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId, ids } = await recordedSeries(app);
    const stored = (await app.store.workshops.get(workshopId))!;
    const added = await app.call('meetings.add', {
      workshopId,
      kind: 'make-up',
      date: '2027-03-03',
      startTime: '12:00',
      minutes: 45,
      sessionIds: stored.meetings[0]!.sessionIds,
      participantIds: [ids.p2],
    });
    const makeUp = added.workshop.meetings.find((meeting) => meeting.kind === 'make-up')!;
    await app.call('attendance.mark', { workshopId, meetingId: makeUp.id, participantId: ids.p2, statusId: 'present', confirmPastEdit: true });
    await app.call('meetings.cancel', { workshopId, meetingId: stored.meetings[0]!.id, reason: 'lockdown', note: '', moveSessionsLater: false });
    const path = await saveTo(app, 'kinds.csv');
    await app.call('exports.attendance', input({ scope: { kind: 'workshop', workshopId } }));
    const { data } = parseCsv(await readFile(path, 'utf8'));
    const byDate = new Map(data.map((row) => [row['Meeting date'], [row['Meeting kind'], row['Meeting status']]]));
    expect(Object.fromEntries(byDate)).toEqual({
      '2027-03-02': ['Regular', 'Cancelled'],
      '2027-03-03': ['Make-up', 'Held'],
      '2027-03-04': ['Regular', 'Held'],
    });
  });

  it('writes the grid by initials without a byte-order mark, with numeric percentages', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId, sessionNumbers } = await recordedSeries(app);
    const path = await saveTo(app, 'grid.csv');
    await app.call('exports.attendance', input({ scope: { kind: 'workshop', workshopId }, shape: 'grid', identification: 'initials', byteOrderMark: false }));

    const text = await readFile(path, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = Papa.parse<(string | number)[]>(text, { skipEmptyLines: true, dynamicTyping: true }).data;
    expect(rows).toEqual([
      ['Participant', `2027-03-02 S${sessionNumbers[0]}`, `2027-03-04 S${sessionNumbers[1]}`, 'Attended', 'Held while enrolled', 'Attendance %'],
      ['AB', 'P', 'P', 2, 2, 100],
      ['JH-26-002 (code)', 'X', 'A', 0, 2, 0],
      ['CD', null, 'L', 1, 2, 50],
      ['JH-26-004 (code)', '—', 'P', 1, 1, 100],
    ]);
    expect(text).toContain('CD,,L,1,2,50\r\n');
    expect((await app.store.workshops.get(workshopId))!.audit.at(-1)).toEqual({
      at: NOW,
      kind: 'exported',
      what: 'attendance CSV, grid of people by meetings',
      identification: 'initials',
    });
  });

  it('refuses full names while Settings do not allow them, before asking where to save', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId } = await recordedSeries(app);
    await app.call('settings.setPreferences', { allowFullNames: false });
    await saveTo(app, 'names.csv');
    const dialogsBefore = app.host.dialogs.length;

    const refused = await app.fail('exports.attendance', input({ scope: { kind: 'workshop', workshopId }, identification: 'names' }));
    expect(refused.code).toBe('invalid-input');
    expect(refused.reason).toEqual({ code: 'names-export-off' });
    expect(app.host.dialogs.length).toBe(dialogsBefore);
    expect((await app.store.workshops.get(workshopId))!.audit.some((entry) => entry.kind === 'exported')).toBe(false);
  });

  it('uses full names when allowed, and the code for someone without one', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId } = await recordedSeries(app);
    const path = await saveTo(app, 'names.csv');
    await app.call('exports.attendance', input({ scope: { kind: 'workshop', workshopId }, identification: 'names' }));
    const people = new Set(parseCsv(await readFile(path, 'utf8')).data.map((row) => row['Participant']));
    expect([...people]).toEqual(['Ana Bell', 'JH-26-002 (code)', 'Cara Diaz', 'JH-26-004 (code)']);
    expect((await app.store.workshops.get(workshopId))!.audit.at(-1)).toMatchObject({
      what: 'attendance CSV, one row per person and meeting',
      identification: 'names',
    });
  });

  it('neutralises a title a spreadsheet would run as a formula', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId } = await recordedSeries(app);
    await app.call('workshops.update', { ...(await workshopDetails(app, workshopId)), title: '=HYPERLINK("http://x","Unit B")' });
    const path = await saveTo(app, 'formula.csv');
    await app.call('exports.attendance', input({ scope: { kind: 'workshop', workshopId } }));
    const { data } = parseCsv(await readFile(path, 'utf8'));
    expect(data[0]!['Workshop']).toBe('\'=HYPERLINK("http://x","Unit B")');
  });

  it('covers every workshop with meetings in a range, only for the meetings in it, and records the export on each', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId, otherId } = await recordedSeries(app);
    const path = await saveTo(app, 'range.csv');
    await app.call('exports.attendance', input({ scope: { kind: 'range', from: '2027-03-01', to: '2027-03-03' } }));
    expect(app.host.suggestedNames.at(-1)).toBe('Attendance 2027-03-01 to 2027-03-03 - one row per person and meeting.csv');

    const { data } = parseCsv(await readFile(path, 'utf8'));
    expect(data.map((row) => [row['Workshop'], row['Meeting date'], row['Participant'], row['Status code']])).toEqual([
      ['Healthy Relationships – Unit C', '2027-03-03', 'JH-26-010', 'P'],
      ['Knowing Your Worth – Unit B', '2027-03-02', 'JH-26-001', 'P'],
      ['Knowing Your Worth – Unit B', '2027-03-02', 'JH-26-002', 'X'],
      ['Knowing Your Worth – Unit B', '2027-03-02', 'JH-26-003', null],
    ]);
    for (const id of [workshopId, otherId]) {
      expect((await app.store.workshops.get(id))!.audit.filter((entry) => entry.kind === 'exported')).toEqual([
        { at: NOW, kind: 'exported', what: 'attendance CSV, one row per person and meeting', identification: 'codes' },
      ]);
    }

    const gridPath = await saveTo(app, 'range-grid.csv');
    await app.call('exports.attendance', input({ scope: { kind: 'range', from: '2027-03-01', to: '2027-03-03' }, shape: 'grid' }));
    const lines = (await readFile(gridPath, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Healthy Relationships – Unit C');
    expect(lines[1]).toMatch(/^Participant,2027-03-03 S\d+,Attended,Held while enrolled,Attendance %$/);
    expect(lines[2]).toBe('JH-26-010,P,1,1,100');
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('Knowing Your Worth – Unit B');
  });

  it('says when no workshop has meetings in the range', async () => {
    const app = await planningHarness({ now: NOW });
    await recordedSeries(app);
    const refused = await app.fail('exports.attendance', input({ scope: { kind: 'range', from: '2026-01-01', to: '2026-01-31' } }));
    expect(refused.reason).toEqual({ code: 'no-workshops-in-range', params: { from: '2026-01-01', to: '2026-01-31' } });
  });

  it('records nothing when the save dialog is cancelled', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId, otherId } = await recordedSeries(app);
    app.host.nextSaveTarget = undefined;
    const result = await app.call('exports.attendance', input({ scope: { kind: 'range', from: '2027-03-01', to: '2027-03-31' }, format: 'xlsx' }));
    expect(result).toEqual({ status: 'cancelled' });
    for (const id of [workshopId, otherId]) {
      expect((await app.store.workshops.get(id))!.audit.some((entry) => entry.kind === 'exported')).toBe(false);
    }
  });
});

describe('attendance XLSX', () => {
  it('writes a Summary and the rows of every workshop in one sheet, with a frozen bold header, real dates and numbers', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId, otherId, sessionNumbers } = await recordedSeries(app);
    const path = await saveTo(app, 'range.xlsx');
    await app.call('exports.attendance', input({ scope: { kind: 'range', from: '2027-03-01', to: '2027-03-31' }, format: 'xlsx' }));
    expect(app.host.suggestedNames.at(-1)).toBe('Attendance 2027-03-01 to 2027-03-31 - one row per person and meeting.xlsx');

    const workbook = await readWorkbook(path);
    // One table to filter, as in the CSV: the workshop is a column, not a sheet.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Attendance']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
    }

    const attendance = workbook.getWorksheet('Attendance')!;
    const allRows = sheetRows(attendance);
    expect(allRows[0]![3]).toBe('Meeting date');
    expect(new Set(allRows.slice(1).map((row) => row[0]))).toEqual(new Set(['Healthy Relationships – Unit C', 'Knowing Your Worth – Unit B']));
    const unitBFrom = allRows.findIndex((row) => row[0] === 'Knowing Your Worth – Unit B');
    const rows = [allRows[0]!, ...allRows.slice(1).filter((row) => row[0] === 'Knowing Your Worth – Unit B')];
    expect(rows.length).toBe(1 + 7);
    const firstRow = attendance.getRow(unitBFrom + 1);
    expect(firstRow.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect(firstRow.getCell(4).value).toEqual(new Date(Date.UTC(2027, 2, 2)));
    expect(firstRow.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(firstRow.getCell(6).value).toBe(sessionNumbers[0]);
    expect(rows[0]!.slice(6, 8)).toEqual(['Meeting kind', 'Meeting status']);
    expect(rows[1]!.slice(6, 8)).toEqual(['Regular', 'Held']);
    expect(rows.slice(1).map((row) => [row[8], row[9], row[12] ?? null])).toEqual(
      [
        ['JH-26-001', 'P', null],
        ['JH-26-002', 'X', 'Medical'],
        ['JH-26-003', null, null],
        ['JH-26-001', 'P', null],
        ['JH-26-002', 'A', 'Court date'],
        ['JH-26-003', 'L', null],
        ['JH-26-004', 'P', null],
      ].map(([who, code, reason]) => [who, code ?? undefined, reason]),
    );

    const summary = workbook.getWorksheet('Summary')!;
    expect(sheetRows(summary)[0]).toEqual(['Workshop', 'First meeting', 'Last meeting', 'Held meetings', 'Participants', 'Attendance rate']);
    const unitBLine = summary.getRow(3);
    expect(unitBLine.getCell(1).value).toBe('Knowing Your Worth – Unit B');
    expect(unitBLine.getCell(2).value).toEqual(new Date(Date.UTC(2027, 2, 2)));
    expect(unitBLine.getCell(3).value).toEqual(new Date(Date.UTC(2027, 2, 4)));
    expect(unitBLine.getCell(4).value).toBe(2);
    expect(unitBLine.getCell(5).value).toBe(4);
    // Attended 2 + 0 + 1 + 1 of 2 + 2 + 2 + 1 held while enrolled.
    expect(unitBLine.getCell(6).value).toBeCloseTo(4 / 7, 10);
    expect(unitBLine.getCell(6).numFmt).toContain('%');

    for (const id of [workshopId, otherId]) {
      expect((await app.store.workshops.get(id))!.audit.at(-1)).toEqual({
        at: NOW,
        kind: 'exported',
        what: 'attendance XLSX, one row per person and meeting',
        identification: 'codes',
      });
    }
  });

  it('writes the grid with status keys, dashes where not expected, and percentage-formatted numbers', async () => {
    const app = await planningHarness({ now: NOW });
    const { workshopId } = await recordedSeries(app);
    const path = await saveTo(app, 'grid.xlsx');
    await app.call('exports.attendance', input({ scope: { kind: 'workshop', workshopId }, format: 'xlsx', shape: 'grid' }));
    expect(app.host.suggestedNames.at(-1)).toBe('Knowing Your Worth – Unit B attendance - grid of people by meetings.xlsx');

    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Knowing Your Worth – Unit B']);
    const sheet = workbook.getWorksheet('Knowing Your Worth – Unit B')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheetRows(sheet).slice(1)).toEqual([
      ['JH-26-001', 'P', 'P', 2, 2, 1],
      ['JH-26-002', 'X', 'A', 0, 2, 0],
      ['JH-26-003', undefined, 'L', 1, 2, 0.5],
      ['JH-26-004', '—', 'P', 1, 1, 1],
    ]);
    const percent = sheet.getRow(4).getCell(6);
    expect(percent.type).toBe(ExcelJS.ValueType.Number);
    expect(percent.numFmt).toContain('%');
    expect((await app.store.workshops.get(workshopId))!.audit.at(-1)).toMatchObject({ what: 'attendance XLSX, grid of people by meetings' });
  });
});

async function workshopDetails(app: PlanningHarness, workshopId: string) {
  const { workshop } = await app.call('workshops.get', { workshopId });
  return {
    workshopId,
    title: workshop.title,
    audience: workshop.audience,
    facilitators: workshop.facilitators.map(({ facilitatorId, roles }) => ({ facilitatorId, roles })),
    timeZone: LA,
  };
}
