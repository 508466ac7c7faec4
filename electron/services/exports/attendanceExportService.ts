import type { AttendanceExportInput } from '../../api/exports';
import type { SavedFile } from '../../api/files';
import { AppFailure } from '../../api/result';
import type { AuditEntry } from '../../domain/attendance';
import { attendanceOf, workshopsInRange } from '../../domain/exports/attendanceTable';
import { attendanceCsv } from '../../domain/exports/csv';
import type { Workshop } from '../../domain/workshop';
import type { DataStore } from '../../storage';
import type { DesktopHost } from '../host';
import type { Clock } from '../planning/clock';
import { saveToChosenFile } from '../savedFiles';
import { attendanceXlsx } from './xlsx';

const NAMES_OFF =
  'Full names are turned off in Settings, so they cannot be exported. Choose codes or initials, or turn on full names in Settings › Preferences.';

export function createAttendanceExportService({ store, host, clock }: { store: DataStore; host: DesktopHost; clock: Clock }) {
  async function covered(scope: AttendanceExportInput['scope']): Promise<Workshop[]> {
    if (scope.kind === 'workshop') {
      const workshop = await store.workshops.get(scope.workshopId);
      if (!workshop) throw new AppFailure('not-found', 'That workshop does not exist. It may have been removed.');
      return [workshop];
    }
    const workshops = workshopsInRange(await store.workshops.list(), scope.from, scope.to);
    if (!workshops.length) throw new AppFailure('invalid-input', `No workshop has meetings between ${scope.from} and ${scope.to}.`);
    return workshops;
  }

  /** One `exported` entry on each workshop the file covers: what, when, how people were identified. */
  async function record(workshops: readonly Workshop[], what: string, input: AttendanceExportInput): Promise<void> {
    const entry: AuditEntry = { at: clock.now().toISOString(), kind: 'exported', what, identification: input.identification };
    for (const workshop of workshops) {
      try {
        await store.workshops.update(workshop.id, (current) => ({ ...current, audit: [...current.audit, entry] }));
      } catch (error) {
        // Removed while the file was being saved: nothing left to record it on.
        if (!(error instanceof AppFailure && error.code === 'not-found')) throw error;
      }
    }
  }

  return {
    async exportAttendance(input: AttendanceExportInput): Promise<SavedFile> {
      const settings = store.settings.get();
      if (input.identification === 'names' && !settings.preferences.allowFullNames) {
        throw new AppFailure('invalid-input', NAMES_OFF, [{ path: 'identification', message: 'full names are turned off in Settings' }]);
      }
      const workshops = await covered(input.scope);
      const name =
        input.scope.kind === 'workshop'
          ? `${workshops[0]!.title} attendance (${input.shape})`
          : `Attendance ${input.scope.from} to ${input.scope.to} (${input.shape})`;

      const saved = await saveToChosenFile(host, name, input.format, () => {
        const tables = attendanceOf(workshops, {
          statuses: settings.attendanceStatuses,
          reasons: settings.absenceReasons,
          participants: store.participants.get().participants,
          identification: input.identification,
          ...(input.scope.kind === 'range' ? { range: { from: input.scope.from, to: input.scope.to } } : {}),
        });
        return input.format === 'csv'
          ? attendanceCsv(tables, input.shape, { byteOrderMark: input.byteOrderMark })
          : attendanceXlsx(tables, input.shape);
      });
      if (saved.status === 'saved') await record(workshops, `attendance ${input.format.toUpperCase()} (${input.shape})`, input);
      return saved;
    },
  };
}

export type AttendanceExportService = ReturnType<typeof createAttendanceExportService>;
