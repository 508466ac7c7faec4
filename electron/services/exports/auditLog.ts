import type { Identification } from '../../../core/domain/attendance';
import type { AuditEntry } from '../../../core/domain/attendance';
import type { Settings } from '../../../core/domain/settings';
import { AppFailure } from '../../../core/contract/result';
import { StorageError, type DataStore } from '../../storage';
import { requireStillOpen } from '../openingHost';
import type { Clock } from '../planning/clock';

/** Refuses an export by name while the organisation has full names turned off. */
export function requireIdentificationAllowed(identification: Identification, settings: Settings): void {
  if (identification === 'names' && !settings.preferences.allowFullNames) {
    throw new AppFailure('invalid-input', { code: 'names-export-off' }, [{ path: 'identification', rule: 'names-off' }]);
  }
}

/** One `exported` entry on each workshop a file covers: what, when, how people were identified. Never the data. */
export async function recordExport(
  store: DataStore,
  clock: Clock,
  workshopIds: readonly string[],
  what: string,
  identification: Identification | 'none',
): Promise<void> {
  // Locked while the file was being made: the export stops here, with nothing written.
  requireStillOpen(store);
  const entry: AuditEntry = { at: clock.now().toISOString(), kind: 'exported', what, identification };
  for (const id of workshopIds) {
    try {
      await store.workshops.update(id, (current) => ({ ...current, audit: [...current.audit, entry] }));
    } catch (error) {
      // Removed while the file was being saved: nothing left to record it on.
      if (!(error instanceof StorageError && error.kind === 'not-found')) throw error;
    }
  }
}
