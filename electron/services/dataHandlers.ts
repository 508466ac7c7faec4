import type { AppInfo } from '../../core/contract/appInfo';
import type { Workshop } from '../../core/domain/workshop';
import type { DataStore } from '../storage';
import { createCurriculumService, type ModuleSource } from './curriculumService';
import type { DesktopHost } from './host';
import type { DataHandlers } from './handlers';
import { hostForOpening } from './openingHost';
import { systemClock, type Clock } from './planning/clock';
import { createParticipantService } from './planning/participantService';
import { createRosterService } from './planning/rosterService';
import { createScheduleService } from './planning/scheduleService';
import { createWorkshopService } from './planning/workshopService';
import { createBundleService } from './exports/bundleService';
import { createAttendanceExportService } from './exports/attendanceExportService';
import { createPrintService } from './printService';
import { createRecordsService } from './records/recordsService';
import { createReportsService } from './reports/reportsService';
import { createAttendanceService } from './running/attendanceService';
import { createPresenterService } from './running/presenterService';
import { createRunService } from './running/runService';
import { createSettingsService } from './settingsService';
import { createBackupService } from './backupService';
import { createRetentionService } from './retentionService';
import { createSurveyService } from './surveys/surveyService';
import { createSurveyFormsPdf } from './surveys/surveyFormsPdf';
import { createHubService, type HubServiceTuning } from './hub/hubService';
import { withSharedListWrites } from './hub/programListsSync';
import { changedParticipantIds } from './hub/sharedChanges';

/** What the services need from the running app: its version, the modules it ships, and the desktop. */
export interface AppEnvironment {
  version: string;
  shippedModules: readonly ModuleSource[];
  host: DesktopHost;
  /** Defaults to the computer's clock and time zone; tests pass a fixed one. */
  clock?: Clock;
  /** The program hub's timings and costs (tests make them short). */
  hub?: HubServiceTuning;
}

/** The services over one open data folder, and what must end before it closes. */
export interface OpenDataServices {
  handlers: DataHandlers;
  /** After sleep or a network change: the hub is tried again at once. */
  wake(): void;
  /** Stops the program hub's engine once what waits to be shared is in its replica on disk. */
  close(): Promise<void>;
}

/** What the program hub hears of the services' durable writes. */
interface WriteListener {
  workshopWritten(workshopId: string): void;
  /** Before a workshop is deleted: its withdrawal from the program (when shared) is written down, or this throws. */
  workshopRemoving(workshopId: string): Promise<void>;
  /** After its deletion went through or failed: withdrawn from the program, or still shared when it is still here. */
  workshopRemoved(workshopId: string): void;
  participantsChanged(participantIds: readonly string[]): void;
}

/**
 * The store the services write through: a workshop's durable write (or deletion), and a change to
 * people in the registry, tell the hub (which shares or withdraws what is shared with the program).
 * The hub's own writes (what it received) go to the store as it is, so they are not sent back.
 */
function withWorkshopWrites(store: DataStore, hub: WriteListener): DataStore {
  const { workshops, participants } = store;
  const told = async (write: Promise<Workshop>) => {
    const saved = await write;
    hub.workshopWritten(saved.id);
    return saved;
  };
  return {
    ...store,
    workshops: {
      ...workshops,
      save: (workshop) => told(workshops.save(workshop)),
      update: (id, change) => told(workshops.update(id, change)),
      remove: async (id) => {
        // Written down before the file goes, so a crash in between never leaves the hub's copy to come back.
        await hub.workshopRemoving(id);
        try {
          await workshops.remove(id);
        } finally {
          hub.workshopRemoved(id);
        }
      },
    },
    participants: {
      ...participants,
      update: async (change) => {
        const before = participants.get().participants;
        const saved = await participants.update(change);
        hub.participantsChanged(changedParticipantIds(before, saved.participants));
        return saved;
      },
    },
  };
}

/** Wires every channel of the contract to its use-case over one open data folder. */
export function createHandlers(store: DataStore, baseEnvironment: AppEnvironment): DataHandlers {
  return openDataServices(store, baseEnvironment).handlers;
}

export function openDataServices(openStore: DataStore, baseEnvironment: AppEnvironment): OpenDataServices {
  const environment = { ...baseEnvironment, host: hostForOpening(baseEnvironment.host, openStore) };
  const clock = environment.clock ?? systemClock;
  const hub = createHubService({ store: openStore, clock, host: environment.host, ...(environment.hub ? { tuning: environment.hub } : {}) });
  const store = withSharedListWrites(withWorkshopWrites(openStore, hub), hub.listsWritten);
  const settings = createSettingsService(store.settings);
  const curricula = createCurriculumService({ repository: store.curricula, shipped: environment.shippedModules, host: environment.host });
  const print = createPrintService(environment.host);
  const workshops = createWorkshopService({ store, curricula, host: environment.host, clock });
  const participants = createParticipantService({ store, clock });
  const roster = createRosterService({ store, workshops, participants, host: environment.host });
  const schedule = createScheduleService({ store, clock });
  const attendance = createAttendanceService({ store, participants, clock });
  const run = createRunService({ store, clock });
  const presenter = createPresenterService({ store, host: environment.host, translations: curricula.translations });
  const attendanceExport = createAttendanceExportService({ store, host: environment.host, clock });
  const bundles = createBundleService({ store, host: environment.host, clock });
  const records = createRecordsService({ store, host: environment.host, clock });
  const reports = createReportsService({ store, host: environment.host, clock });
  const backups = createBackupService({ store, host: environment.host, clock });
  const retention = createRetentionService({ store, backups, clock });
  const surveys = createSurveyService({ store, clock, translations: curricula.translations });
  const appInfo = (): AppInfo => ({ version: environment.version, dataDir: store.dir, notices: store.notices() });

  const handlers: DataHandlers = {
    ...hub.handlers,
    'app.info': appInfo,
    'app.dismissNotice': ({ id }) => {
      store.dismissNotice(id);
      return appInfo();
    },
    'settings.get': settings.get,
    'settings.setOrganisation': settings.setOrganisation,
    'settings.setPreferences': settings.setPreferences,
    'settings.saveFacilitator': settings.saveFacilitator,
    'settings.removeFacilitator': ({ id }) => settings.removeFacilitator(id),
    'settings.saveSite': settings.saveSite,
    'settings.removeSite': ({ id }) => settings.removeSite(id),
    'settings.saveResource': settings.saveResource,
    'settings.removeResource': ({ id }) => settings.removeResource(id),
    'settings.forgetExportFolder': () => settings.forgetExportFolder(),
    'settings.setAttendance': settings.setAttendance,
    'settings.setLock': settings.setLock,
    'curricula.list': curricula.list,
    'curricula.get': ({ id }) => curricula.get(id),
    'curricula.chooseImport': curricula.chooseAndPreview,
    'curricula.confirmImport': ({ token }) => backups.beforeImport((backUp) => curricula.confirmImport(token, backUp)),
    'curricula.remove': ({ id }) => curricula.remove(id),
    'curricula.translations': curricula.translations,
    'print.savePdf': ({ fileName }) => print.savePdf(fileName),
    'workshops.list': workshops.list,
    'workshops.get': ({ workshopId }) => workshops.get(workshopId),
    'workshops.previewSchedule': workshops.previewSchedule,
    'workshops.create': workshops.create,
    'workshops.update': workshops.update,
    'workshops.archive': ({ workshopId }) => workshops.archive(workshopId),
    'workshops.restore': ({ workshopId }) => workshops.restore(workshopId),
    'workshops.exportCalendar': workshops.exportCalendar,
    'meetings.move': workshops.moveMeeting,
    'meetings.cancel': workshops.cancelMeeting,
    'meetings.restore': workshops.restoreMeeting,
    'meetings.add': workshops.addMeeting,
    'meetings.setSessions': workshops.setMeetingSessions,
    'roster.enrol': roster.enrol,
    'roster.exit': roster.exit,
    'roster.move': roster.move,
    'roster.chooseImport': roster.chooseImport,
    'roster.confirmImport': ({ token }) => backups.beforeImport((backUp) => roster.confirmImport(token, backUp)),
    'participants.list': participants.list,
    'participants.save': participants.save,
    'participants.remove': ({ id }) => participants.remove(id),
    'participants.eraseFullNames': participants.eraseFullNames,
    'schedule.today': schedule.today,
    'schedule.range': schedule.range,
    'attendance.get': attendance.get,
    'attendance.mark': attendance.mark,
    'attendance.markAll': attendance.markAll,
    'attendance.presence': attendance.presence,
    'attendance.walkIn': attendance.walkIn,
    'run.start': run.start,
    'run.recordHeld': run.recordHeld,
    'run.fidelity': run.fidelity,
    'run.notes': run.notes,
    'run.end': run.end,
    'workshops.setAgreements': run.setAgreements,
    'workshops.setCompletionRule': run.setCompletionRule,
    'workshops.setCredit': run.setCredit,
    'followUps.add': run.addFollowUp,
    'followUps.setDone': run.setFollowUpDone,
    'progress.get': ({ workshopId }) => run.progress(workshopId),
    'presenter.open': presenter.open,
    'presenter.show': presenter.show,
    'presenter.state': presenter.state,
    'exports.attendance': attendanceExport.exportAttendance,
    'exports.progress': attendanceExport.progress,
    'bundles.export': bundles.exportBundle,
    'bundles.chooseImport': bundles.chooseImport,
    'bundles.openImport': bundles.openImport,
    'bundles.confirmImport': (input) => backups.beforeImport((backUp) => bundles.confirmImport(input, backUp)),
    'records.view': records.view,
    'records.savePdf': records.savePdf,
    'reports.funder': reports.funder,
    'reports.saveFunderCsv': reports.saveCsv,
    'reports.saveFunderXlsx': reports.saveXlsx,
    'reports.saveFunderPdf': reports.savePdf,
    'backups.list': backups.list,
    'backups.backupNow': backups.backupNow,
    'backups.restore': backups.restore,
    'backups.chooseFolder': backups.chooseFolder,
    'backups.clearFolder': backups.clearFolder,
    'retention.preview': retention.preview,
    'retention.purge': ({ token }) => retention.purge(token),
    'settings.setRetention': retention.setRetention,
    'surveys.list': surveys.list,
    'surveys.start': surveys.start,
    'surveys.answer': surveys.answer,
    'surveys.link': surveys.link,
    'surveys.remove': surveys.remove,
    'surveys.saveFormsPdf': createSurveyFormsPdf({ store, clock, host: environment.host }),
  };
  return { handlers, wake: hub.wake, close: hub.close };
}
