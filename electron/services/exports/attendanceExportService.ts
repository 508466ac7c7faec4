import type { AttendanceExportInput } from '../../../core/contract/exports';
import type { SavedFile } from '../../../core/contract/files';
import type { ExportProgress } from '../../../core/contract/records';
import { AppFailure } from '../../../core/contract/result';
import { ATTENDANCE_LAYOUT_NAMES, attendanceOf, workshopsInRange, type WorkshopAttendance } from '../../../core/domain/exports/attendanceTable';
import { attendanceCsvChunks } from '../../../core/domain/exports/csv';
import { fileLabels } from '../../../core/domain/exports/fileLabels';
import { workshopLanguage, type Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import { mayMeetBetween } from '../../../core/domain/workshopDigest';
import { wholeWorkshops } from '../workshopReads';
import type { DesktopHost } from '../host';
import { recordExport, requireIdentificationAllowed } from './auditLog';
import type { Clock } from '../planning/clock';
import { saveToChosenFile } from '../savedFiles';
import { attendanceXlsx, type RowsLaidOut } from './xlsx';

/** Rows laid out between two turns of the event loop, in which a progress call can be answered. */
const ROWS_PER_TURN = 2000;

const IDLE: ExportProgress = { state: 'idle' };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * How many rows the file will hold, counted without building them: each workshop's long rows are
 * then built when written and let go, so an export never holds all its rows at once.
 */
function rowsIn(tables: readonly WorkshopAttendance[], shape: AttendanceExportInput['shape']): number {
  return tables.reduce((total, table) => total + (shape === 'long' ? table.longRowCount : table.summary.participants), 0);
}

/**
 * The attendance file's content from its tables. The rows are counted first; then, as they are laid
 * out, `report(done, total)` hears of them, and every ROWS_PER_TURN rows the event loop gets a turn
 * (so a progress call is answered mid-export).
 */
export async function attendanceFile(
  tables: readonly WorkshopAttendance[],
  choices: Pick<AttendanceExportInput, 'format' | 'shape' | 'byteOrderMark' | 'language'>,
  report: (done: number, total: number) => void = () => {},
): Promise<Uint8Array | string> {
  const total = rowsIn(tables, choices.shape);
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
  if (choices.format === 'xlsx') return attendanceXlsx(tables, choices.shape, rowsLaidOut, choices.language);
  // Each piece is encoded as it comes: one 15 MB string joined from thousands of pieces took longer to
  // encode at the end than the pieces did one by one.
  const pieces: Buffer[] = [];
  for (const chunk of attendanceCsvChunks(tables, choices.shape, { byteOrderMark: choices.byteOrderMark, language: choices.language }, ROWS_PER_TURN)) {
    pieces.push(Buffer.from(chunk.text, 'utf8'));
    await rowsLaidOut(chunk.rows);
  }
  return Buffer.concat(pieces);
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
    const candidates = (await store.workshops.summaries('all')).filter((digest) => mayMeetBetween(digest, scope.from, scope.to));
    const workshops = workshopsInRange(await wholeWorkshops(store, candidates), scope.from, scope.to);
    if (!workshops.length) throw new AppFailure('invalid-input', { code: 'no-workshops-in-range', params: { from: scope.from, to: scope.to } });
    return workshops;
  }

  return {
    async exportAttendance(input: AttendanceExportInput): Promise<SavedFile> {
      const settings = store.settings.get();
      requireIdentificationAllowed(input.identification, settings);
      const workshops = await covered(input.scope);
      const language = input.language ?? (input.scope.kind === 'workshop' ? workshopLanguage(workshops[0]!) : settings.preferences.language);
      const { fileName } = fileLabels[language];
      const layout = fileName.layouts[input.shape];
      const name = input.scope.kind === 'workshop' ? fileName.workshop(workshops[0]!.title, layout) : fileName.range(input.scope.from, input.scope.to, layout);

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
              language,
              ...(input.scope.kind === 'range' ? { range: { from: input.scope.from, to: input.scope.to } } : {}),
            });
            return attendanceFile(tables, { ...input, language }, (done, total) => {
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
