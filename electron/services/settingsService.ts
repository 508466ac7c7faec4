import { AppFailure, type FieldIssue, type Message } from '../../core/contract/result';
import type { AbsenceReason, AttendanceStatus } from '../../core/domain/attendance';
import { attendanceSettingsIssues } from '../../core/domain/attendanceSettings';
import {
  attendanceSettingsSchema,
  removeRecord,
  upsertRecord,
  type FacilitatorInput,
  type LockSettings,
  type Organisation,
  type Preferences,
  type ResourceInput,
  type Settings,
  type SiteInput,
} from '../../core/domain/settings';
import type { DocumentRepository } from '../storage';

type ListName = 'facilitators' | 'sites' | 'resources';

export function createSettingsService(settings: DocumentRepository<Settings>) {
  const save = (change: (current: Settings) => Settings) => settings.update(change);

  function saveRecord<L extends ListName>(list: L, input: { id?: string | undefined }, missing: Message) {
    if (input.id !== undefined && !settings.get()[list].some((item) => item.id === input.id)) {
      return Promise.reject(new AppFailure('not-found', missing));
    }
    return save((current) => ({ ...current, [list]: upsertRecord(current[list] as { id: string }[], input) }));
  }

  function removeFrom(list: ListName, id: string) {
    return save((current) => ({ ...current, [list]: removeRecord(current[list] as { id: string }[], id) }));
  }

  return {
    get: () => settings.get(),
    /** The fields sent replace the saved ones; a contact field left out stays as it was. */
    setOrganisation: (organisation: Organisation) => save((current) => ({ ...current, organisation: { ...current.organisation, ...organisation } })),
    setPreferences: (preferences: Partial<Preferences>) => save((current) => ({ ...current, preferences: { ...current.preferences, ...preferences } })),
    saveFacilitator: (input: FacilitatorInput) => saveRecord('facilitators', input, { code: 'facilitator-missing' }),
    removeFacilitator: (id: string) => removeFrom('facilitators', id),
    saveSite: (input: SiteInput) => saveRecord('sites', input, { code: 'site-missing' }),
    removeSite: (id: string) => removeFrom('sites', id),
    saveResource: (input: ResourceInput) => saveRecord('resources', input, { code: 'resource-missing' }),
    removeResource: (id: string) => removeFrom('resources', id),
    setAttendance,
    setLock: (lock: LockSettings) => save((current) => ({ ...current, lock })),
    /** The next save dialog opens in the home folder and asks; the folder then chosen is remembered anew. */
    forgetExportFolder: () => save(({ exportFolder: _forgotten, ...rest }) => rest),
  };

  /**
   * Replaces the statuses and reasons as a whole (their order is the order shown when marking).
   * Removing a status is allowed: marks made with it keep its id and show it as removed.
   */
  function setAttendance(input: { attendanceStatuses: AttendanceStatus[]; absenceReasons: AbsenceReason[] }) {
    const issues = attendanceSettingsIssues(input).map(({ fromSchema: _schema, ...issue }): FieldIssue => issue);
    if (issues.length > 0) {
      return Promise.reject(new AppFailure('invalid-input', { code: 'input-invalid' }, issues));
    }
    // Parsed again for what the schemas normalise (trimmed labels).
    const lists = attendanceSettingsSchema.parse(input);
    return save((current) => ({ ...current, ...lists }));
  }
}
