import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AttendanceExportInput } from '../../../core/contract/exports';
import { juvenileHallDraft, planningHarness, type PlanningHarness } from '../planning/harness';
import { tempDir } from '../storage/helpers';

/** A workshop in `language` whose first meeting (Tue 2 March 2027) is over: JH-26-001 present, JH-26-002 excused for a medical appointment. */
async function markedWorkshop(app: PlanningHarness, language?: 'en' | 'es') {
  const ids: string[] = [];
  for (const code of ['JH-26-001', 'JH-26-002']) ids.push((await app.call('participants.save', { code })).participant.id);
  const created = await app.call('workshops.create', juvenileHallDraft({ participantIds: ids, ...(language ? { language } : {}) }));
  const workshopId = created.workshop.id;
  const meetingId = created.workshop.meetings[0]!.id;
  await app.call('attendance.mark', { workshopId, meetingId, participantId: ids[0]!, statusId: 'present', confirmPastEdit: true });
  await app.call('attendance.mark', { workshopId, meetingId, participantId: ids[1]!, statusId: 'excused', reasonId: 'medical', confirmPastEdit: true });
  return { workshopId, stored: created.workshop };
}

async function exported(app: PlanningHarness, input: Omit<AttendanceExportInput, 'identification' | 'byteOrderMark'>, name: string): Promise<string> {
  const path = join(await tempDir('export-es-'), name);
  app.host.nextSaveTarget = path;
  await app.call('exports.attendance', { identification: 'codes', byteOrderMark: true, ...input });
  return path;
}

function parsed(text: string) {
  return Papa.parse<Record<string, string | number>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, dynamicTyping: true });
}

describe('attendance files in Spanish', () => {
  it('writes a CSV with Spanish headers and labels that papaparse reads back, when Spanish is chosen in an English app', async () => {
    const app = await planningHarness();
    const { workshopId } = await markedWorkshop(app);
    const path = await exported(app, { scope: { kind: 'workshop', workshopId }, format: 'csv', shape: 'long', language: 'es' }, 'es.csv');

    const { data, meta, errors } = parsed(await readFile(path, 'utf8'));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([
      'Taller',
      'Módulo',
      'Lugar',
      'Fecha de la reunión',
      'Hora de inicio',
      'Sesiones',
      'Tipo de reunión',
      'Estado de la reunión',
      'Participante',
      'Código de asistencia',
      'Asistencia',
      'Cuenta como asistencia',
      'Motivo de la ausencia',
      'No participó o salió durante',
    ]);
    expect(
      data.map((row) => [row['Participante'], row['Asistencia'], row['Cuenta como asistencia'], row['Motivo de la ausencia'], row['Estado de la reunión']]),
    ).toEqual([
      ['JH-26-001', 'Presente', 'sí', null, 'Realizada'],
      ['JH-26-002', 'Ausencia justificada', 'no', 'Cita médica', 'Realizada'],
    ]);
    expect(app.host.suggestedNames.at(-1)).toBe('Knowing Your Worth – Unit B asistencia - una fila por persona y reunión.csv');
  });

  it('writes one workshop’s file in the group’s language unless another is chosen, and keeps a status the user renamed as written', async () => {
    const app = await planningHarness();
    await app.call('settings.setAttendance', {
      attendanceStatuses: app.store.settings.get().attendanceStatuses.map((status) => (status.id === 'present' ? { ...status, label: 'Here today' } : status)),
      absenceReasons: app.store.settings.get().absenceReasons,
    });
    const { workshopId } = await markedWorkshop(app, 'es');

    const byDefault = parsed(
      await readFile(await exported(app, { scope: { kind: 'workshop', workshopId }, format: 'csv', shape: 'grid' }, 'grid.csv'), 'utf8'),
    );
    expect(byDefault.meta.fields?.[0]).toBe('Participante');
    expect(byDefault.meta.fields?.slice(-3)).toEqual(['Asistió', 'Realizadas mientras estaba inscrito/a', '% de asistencia']);

    const inEnglish = parsed(
      await readFile(await exported(app, { scope: { kind: 'workshop', workshopId }, format: 'csv', shape: 'long', language: 'en' }, 'en.csv'), 'utf8'),
    );
    expect(inEnglish.meta.fields?.[0]).toBe('Workshop');
    expect(inEnglish.data.map((row) => row['Status'])).toEqual(['Here today', 'Excused absence']);
  });

  it('names the XLSX summary sheet and its headers in Spanish', async () => {
    const app = await planningHarness();
    const { workshopId } = await markedWorkshop(app);
    const path = await exported(app, { scope: { kind: 'workshop', workshopId }, format: 'xlsx', shape: 'long', language: 'es' }, 'es.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Resumen', 'Knowing Your Worth – Unit B']);
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Taller',
      'Primera reunión',
      'Última reunión',
      'Reuniones realizadas',
      'Participantes',
      'Tasa de asistencia',
    ]);
    expect((workbook.worksheets[1]!.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Taller', 'Módulo']);
  });

  it('writes the funder report’s CSV in Spanish when chosen, its file named in Spanish too', async () => {
    const app = await planningHarness();
    await markedWorkshop(app);
    const path = join(await tempDir('export-es-'), 'informe.csv');
    app.host.nextSaveTarget = path;
    await app.call('reports.saveFunderCsv', { from: '2027-03-01', to: '2027-03-31', language: 'es' });
    expect(app.host.suggestedNames.at(-1)).toBe('Informe para financiadores del 2027-03-01 al 2027-03-31.csv');
    const rows = Papa.parse<string[]>((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Informe para financiadores', 'del 2027-03-01 al 2027-03-31']);
    expect(rows.find((row) => row[0] === 'Grupo')).toEqual([
      'Grupo',
      'Nombre',
      'Talleres realizados',
      'Sesiones planeadas',
      'Sesiones impartidas',
      'Participantes',
      '% de asistencia',
      'Llegaron al final',
      'Completaron',
      '% que completó',
    ]);
    expect(rows.map((row) => row[0])).toContain('Todos los talleres');
  });
});
