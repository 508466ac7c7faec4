import type { AttendanceExportInput } from '../../../core/contract/exports';
import type { SavedFile } from '../../../core/contract/files';
import type { ExportProgress } from '../../../core/contract/records';
import { AppFailure } from '../../../core/contract/result';
import { ATTENDANCE_LAYOUT_NAMES, attendanceOf, workshopsInRange, type LongRow, type WorkshopAttendance } from '../../../core/domain/exports/attendanceTable';
import { attendanceCsvChunks } from '../../../core/domain/exports/csv';
import type { Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import type { DesktopHost } from '../host';
import { recordExport, requireIdentificationAllowed } from './auditLog';
import type { Clock } from '../planning/clock';
import { saveToChosenFile } from '../savedFiles';
import { attendanceXlsx, type RowsLaidOut } from './xlsx';

/** Rows laid out between two turns of the event loop, in which a progress call can be answered. */
const ROWS_PER_TURN = 2000;

const IDLE: ExportProgress = { state: 'idle' };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The workshop's table, with its long rows worked out once however often they are asked for. */
function rowsOnce(workshop: WorkshopAttendance): WorkshopAttendance {
  let rows: LongRow[] | undefined;
  return { ...workshop, long: () => (rows ??= workshop.long()) };
}

/** How many rows the file will hold: long rows are counted (letting the event loop run), grid rows are the participants. */
async function rowsIn(tables: readonly WorkshopAttendance[], shape: AttendanceExportInput['shape']): Promise<number> {
  let total = 0;
  let sinceTurn = 0;
  for (const table of tables) {
    const rows = shape === 'long' ? table.long().length : table.summary.participants;
    total += rows;
    sinceTurn += rows;
    if (sinceTurn >= ROWS_PER_TURN) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
  return total;
}

/**
 * The attendance file's content from its tables. The rows are counted first; then, as they are laid
 * out, `report(done, total)` hears of them, and every ROWS_PER_TURN rows the event loop gets a turn
 * (so a progress call is answered mid-export).
 */
export async function attendanceFile(
  tables: readonly WorkshopAttendance[],
  choices: Pick<AttendanceExportInput, 'format' | 'shape' | 'byteOrderMark'>,
  report: (done: number, total: number) => void = () => {},
): Promise<Uint8Array | string> {
  const remembered = tables.map(rowsOnce);
  const total = await rowsIn(remembered, choices.shape);
  let done = 0;
  let sinceTurn = 0;
  report(done, total);
  const rowsLaidOut: RowsLaidOut = (count) => {
    done += count;
    report(done, total);
    sinceTurn += count;
    if (sinceTurn < ROWS_PER_TURN) return undefined;
    sinceTurn = 0;
    return nextTurn();
  };
  if (choices.format === 'xlsx') return attendanceXlsx(remembered, choices.shape, rowsLaidOut);
  let text = '';
  for (const chunk of attendanceCsvChunks(remembered, choices.shape, { byteOrderMark: choices.byteOrderMark }, ROWS_PER_TURN)) {
    text += chunk.text;
    await rowsLaidOut(chunk.rows);
  }
  return text;
}

export function createAttendanceExportService({ store, host, clock }: { store: DataStore; host: DesktopHost; clock: Clock }) {
  let progress: ExportProgress = IDLE;
  /** The export `progress` describes; another one started meanwhile takes it over. */
  let reporting: object | undefined;

  async function covered(scope: AttendanceExportInput['scope']): Promise<Workshop[]> {
    if (scope.kind === 'workshop') {
      const workshop = await store.workshops.get(scope.workshopId);
      if (!workshop) throw new AppFailure('not-found', { code: 'workshop-missing' });
      return [workshop];
    }
    const workshops = workshopsInRange(await store.workshops.list(), scope.from, scope.to);
    if (!workshops.length) throw new AppFailure('invalid-input', { code: 'no-workshops-in-range', params: { from: scope.from, to: scope.to } });
    return workshops;
  }

  return {
    async exportAttendance(input: AttendanceExportInput): Promise<SavedFile> {
      const settings = store.settings.get();
      requireIdentificationAllowed(input.identification, settings);
      const workshops = await covered(input.scope);
      const name =
        input.scope.kind === 'workshop'
          ? `${workshops[0]!.title} attendance - ${ATTENDANCE_LAYOUT_NAMES[input.shape]}`
          : `Attendance ${input.scope.from} to ${input.scope.to} - ${ATTENDANCE_LAYOUT_NAMES[input.shape]}`;

      const owner = {};
      const ids = workshops.map((workshop) => workshop.id);
      try {
        return await saveToChosenFile(
          host,
          name,
          input.format,
          () => {
            reporting = owner;
            progress = IDLE;
            const tables = attendanceOf(workshops, {
              statuses: settings.attendanceStatuses,
              reasons: settings.absenceReasons,
              participants: store.participants.get().participants,
              identification: input.identification,
              ...(input.scope.kind === 'range' ? { range: { from: input.scope.from, to: input.scope.to } } : {}),
            });
            return attendanceFile(tables, input, (done, total) => {
              if (reporting === owner) progress = { state: 'writing', done, total };
            });
          },
          {
            record: () =>
              recordExport(store, clock, ids, `attendance ${input.format.toUpperCase()}, ${ATTENDANCE_LAYOUT_NAMES[input.shape]}`, input.identification),
          },
        );
      } finally {
        if (reporting === owner) {
          reporting = undefined;
          progress = IDLE;
        }
      }
    },

    /** How far the attendance file being written has got: rows laid out of all it will hold. */
    progress(): ExportProgress {
      return progress;
    },
  };
}

export type AttendanceExportService = ReturnType<typeof createAttendanceExportService>;
