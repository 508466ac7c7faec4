import { z } from 'zod';
import {
  facilitatorInputSchema,
  lockSettingsSchema,
  organisationSchema,
  preferencesSchema,
  resourceInputSchema,
  siteInputSchema,
  type Settings,
} from '../domain/settings';
import { recordId } from '../domain/text';
import type { ImportPreview } from '../domain/curriculum/importing';
import type { LibraryModule, ModuleSummary } from '../domain/curriculum/library';
import type { AppInfo } from './appInfo';
import type { SavedFile } from './files';
import type {
  CalendarView,
  FullNamesErased,
  ParticipantView,
  RosterImportPreview,
  SchedulePreview,
  TodayView,
  WorkshopSummary,
  WorkshopView,
} from './planning';
import {
  addMeetingSchema,
  calendarRangeSchema,
  cancelMeetingSchema,
  enrolSchema,
  exitSchema,
  moveMeetingSchema,
  moveParticipantSchema,
  participantInputSchema,
  rosterImportSchema,
  schedulePreviewSchema,
  setMeetingSessionsSchema,
  updateWorkshopSchema,
  workshopDraftSchema,
  workshopIdInput,
  calendarExportSchema,
} from './planningInputs';
import type { ChannelName } from './channels';
import { printableSchema, savePrintableSchema, type ExportProgress, type PrintableView } from './records';
import { reportRangeSchema, type FunderReport } from './reports';
import {
  changePassphraseSchema,
  confirmPassphraseSchema,
  setUpSchema,
  turnOnSchema,
  unlockSchema,
  useKeychainSchema,
  type ProtectionStatus,
  type RecoveryKeyShown,
  type SetUpResult,
} from './protection';
import { attendanceExportSchema, bundleConfirmSchema, bundleExportSchema, bundleOpenSchema, type BundleImportResult, type BundlePreview } from './exports';
import {
  clearFolderSchema,
  generationRefSchema,
  type BackupMade,
  type BackupRestored,
  type BackupsView,
  type FolderChoice,
  type FolderCleared,
  type PurgeDone,
  type RetentionPreview,
} from './backups';
import type { MarkResult, MeetingRunView, PresenterState, ProgressView } from './running';
import {
  agreementsSchema,
  completionRuleSchema,
  creditRuleSchema,
  fidelitySchema,
  followUpAddSchema,
  followUpDoneSchema,
  markAllSchema,
  markSchema,
  meetingRefSchema,
  presenceSchema,
  presenterShowSchema,
  recordHeldSchema,
  runNotesSchema,
  startSchema,
  walkInSchema,
} from './runningInputs';
import { attendanceSettingsSchema, retentionSchema } from '../domain/settings';
import type { FollowUp } from '../domain/attendance';

interface Channel<Input extends z.ZodType, Output> {
  input: Input;
  /** Never read: carries the result type for the renderer's typings. */
  output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): Channel<Input, Output> => ({ input });
}

const noInput = z.undefined();
const byId = z.strictObject({ id: recordId });
const byModuleId = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9-]+$/, { message: 'must be a module id' }),
});

/**
 * Every call the renderer can make, by channel name (`namespace.method`).
 * Main validates each input against its schema before any service sees it.
 */
export const contract = {
  'app.info': channel<AppInfo>()(noInput),
  'app.dismissNotice': channel<AppInfo>()(z.strictObject({ id: z.string().max(100) })),

  'settings.get': channel<Settings>()(noInput),
  'settings.setOrganisation': channel<Settings>()(organisationSchema),
  'settings.setPreferences': channel<Settings>()(preferencesSchema.partial().strict()),
  'settings.saveFacilitator': channel<Settings>()(facilitatorInputSchema),
  'settings.removeFacilitator': channel<Settings>()(byId),
  'settings.saveSite': channel<Settings>()(siteInputSchema),
  'settings.removeSite': channel<Settings>()(byId),
  'settings.saveResource': channel<Settings>()(resourceInputSchema),
  'settings.removeResource': channel<Settings>()(byId),
  /** Forgets the remembered export folder: the next save dialog opens in the home folder and asks again. */
  'settings.forgetExportFolder': channel<Settings>()(noInput),

  'curricula.list': channel<ModuleSummary[]>()(noInput),
  'curricula.get': channel<LibraryModule>()(byModuleId),
  /** Opens the file dialog, then checks the chosen file; nothing is saved until confirmImport. */
  'curricula.chooseImport': channel<ImportPreview>()(noInput),
  'curricula.confirmImport': channel<ModuleSummary>()(z.strictObject({ token: z.uuid() })),
  'curricula.remove': channel<ModuleSummary[]>()(byModuleId),

  /** Saves the current page, as its print stylesheet lays it out, to a PDF the user places. */
  'print.savePdf': channel<SavedFile>()(z.strictObject({ fileName: z.string().trim().min(1).max(200) })),

  'workshops.list': channel<WorkshopSummary[]>()(noInput),
  'workshops.get': channel<WorkshopView>()(workshopIdInput),
  /** The meetings a plan would create, and their conflicts; nothing is saved. */
  'workshops.previewSchedule': channel<SchedulePreview>()(schedulePreviewSchema),
  'workshops.create': channel<WorkshopView>()(workshopDraftSchema),
  'workshops.update': channel<WorkshopView>()(updateWorkshopSchema),
  'workshops.archive': channel<WorkshopView>()(workshopIdInput),
  'workshops.restore': channel<WorkshopView>()(workshopIdInput),
  /** The schedule as .ics: neutral ("Group session" only) by default, detailed when chosen; noted in the audit log. */
  'workshops.exportCalendar': channel<SavedFile>()(calendarExportSchema),

  'meetings.move': channel<WorkshopView>()(moveMeetingSchema),
  'meetings.cancel': channel<WorkshopView>()(cancelMeetingSchema),
  'meetings.restore': channel<WorkshopView>()(z.strictObject({ workshopId: recordId, meetingId: recordId })),
  'meetings.add': channel<WorkshopView>()(addMeetingSchema),
  'meetings.setSessions': channel<WorkshopView>()(setMeetingSessionsSchema),

  'roster.enrol': channel<WorkshopView>()(enrolSchema),
  'roster.exit': channel<WorkshopView>()(exitSchema),
  /** Ends the stay in one workshop ("moved") and starts one in another; returns the new workshop. */
  'roster.move': channel<WorkshopView>()(moveParticipantSchema),
  /** Opens the file dialog, then checks the chosen CSV; nothing is saved until confirmImport. */
  'roster.chooseImport': channel<RosterImportPreview>()(rosterImportSchema),
  'roster.confirmImport': channel<WorkshopView>()(z.strictObject({ token: z.uuid() })),

  'participants.list': channel<ParticipantView[]>()(noInput),
  'participants.save': channel<ParticipantView>()(participantInputSchema),
  /** Only for someone never enrolled anywhere: a history is never deleted. */
  'participants.remove': channel<ParticipantView[]>()(byId),
  /** With full names turned off: erases every stored full name, from the registry and the backups. */
  'participants.eraseFullNames': channel<FullNamesErased>()(noInput),

  'schedule.today': channel<TodayView>()(noInput),
  'schedule.range': channel<CalendarView>()(calendarRangeSchema),

  'settings.setAttendance': channel<Settings>()(attendanceSettingsSchema),

  'attendance.get': channel<MeetingRunView>()(meetingRefSchema),
  /** One mark, durable before it answers; small result so marking stays fast. */
  'attendance.mark': channel<MarkResult>()(markSchema),
  'attendance.markAll': channel<MarkResult>()(markAllSchema),
  'attendance.presence': channel<MeetingRunView>()(presenceSchema),
  /** Someone not on the roster turns up: added to the registry if new, enrolled on the meeting's date and marked. */
  'attendance.walkIn': channel<MeetingRunView>()(walkInSchema),

  /** Starts the session; only on the meeting's day, or with moveToToday for a meeting planned for another day. */
  'run.start': channel<MeetingRunView>()(startSchema),
  /** Records a past meeting as held on its date, at the times typed in (never a date after today). */
  'run.recordHeld': channel<MeetingRunView>()(recordHeldSchema),
  'run.fidelity': channel<MeetingRunView>()(fidelitySchema),
  'run.notes': channel<MeetingRunView>()(runNotesSchema),
  /** Ends the session: the meeting is held, with its start and end time. */
  'run.end': channel<MeetingRunView>()(meetingRefSchema),

  'workshops.setAgreements': channel<string[]>()(agreementsSchema),
  /** null goes back to the module's rule. */
  'workshops.setCompletionRule': channel<ProgressView>()(completionRuleSchema),
  /** The workshop's own attendance credit (statuses that count, made-up sessions); null goes back to the module's. */
  'workshops.setCredit': channel<ProgressView>()(creditRuleSchema),
  'followUps.add': channel<MeetingRunView>()(followUpAddSchema),
  'followUps.setDone': channel<FollowUp[]>()(followUpDoneSchema),
  'progress.get': channel<ProgressView>()(z.strictObject({ workshopId: recordId })),

  /** Opens (or brings forward) the projector window for this meeting. */
  'presenter.open': channel<{ opened: true }>()(meetingRefSchema),
  /** What the projector shows now: the runner sends it as the session moves on. */
  'presenter.show': channel<PresenterState>()(presenterShowSchema),
  /** The projector asks for what to show; null before a runner has sent anything. */
  'presenter.state': channel<PresenterState | null>()(noInput),

  /** Attendance as CSV or XLSX where the user chooses; recorded in each workshop's audit log (what, when, how identified). */
  'exports.attendance': channel<SavedFile>()(attendanceExportSchema),
  /** One workshop as one file: plan, meetings, its participants, attendance, fidelity, module snapshot. */
  'bundles.export': channel<SavedFile>()(bundleExportSchema),
  /** Opens the file dialog and says what importing the bundle would change; nothing is saved yet. */
  'bundles.chooseImport': channel<BundlePreview>()(noInput),
  /** A sealed bundle chosen with `bundles.chooseImport`, opened with its passphrase: what importing it would change. */
  'bundles.openImport': channel<BundlePreview>()(bundleOpenSchema),
  'bundles.confirmImport': channel<BundleImportResult>()(bundleConfirmSchema),
  /** How far the attendance file being written has got; polled while "Saving…" shows. */
  'exports.progress': channel<ExportProgress>()(noInput),

  /** A printable record (sign-in sheet, summary, letters, certificates) laid out from the workshop, people named as chosen. */
  'records.view': channel<PrintableView>()(printableSchema),
  /** Saves the record the page shows as a PDF and notes it in the workshop's audit log (what, when, how identified). */
  'records.savePdf': channel<SavedFile>()(savePrintableSchema),
  /** Figures for funders over a date range, by module, site and audience; counts of people under five show as "<5". */
  'reports.funder': channel<FunderReport>()(reportRangeSchema),
  'reports.saveFunderCsv': channel<SavedFile>()(reportRangeSchema),
  /** Saves the funder report page as a PDF. */
  'reports.saveFunderPdf': channel<SavedFile>()(reportRangeSchema),

  /** When protected data locks itself: after this many idle minutes (0 = only on demand). */
  'settings.setLock': channel<Settings>()(lockSettingsSchema),

  /** Whether the data is protected, locked or open; answers while locked, like every protection channel. */
  'protection.status': channel<ProtectionStatus>()(noInput),
  /** The first start's choice: protect with a passphrase (the recovery key comes back, once), or not. */
  'protection.setUp': channel<SetUpResult>()(setUpSchema),
  'protection.unlock': channel<ProtectionStatus>()(unlockSchema),
  /** Closes the data and forgets its key until it is unlocked again. */
  'protection.lock': channel<ProtectionStatus>()(noInput),
  /** Protects data kept so far unprotected: every file, backups included, is sealed. */
  'protection.turnOn': channel<RecoveryKeyShown>()(turnOnSchema),
  /** Writes every file plain again and removes the key file; asks for the passphrase. */
  'protection.turnOff': channel<ProtectionStatus>()(confirmPassphraseSchema),
  /** Re-wraps the data key under the new passphrase; the data itself is not rewritten. */
  'protection.changePassphrase': channel<ProtectionStatus>()(changePassphraseSchema),
  'protection.newRecoveryKey': channel<RecoveryKeyShown>()(confirmPassphraseSchema),
  'protection.useKeychain': channel<ProtectionStatus>()(useKeychainSchema),

  /** The backup generations in the data folder and the second folder, newest first, each with what it holds (counts and dates only). */
  'backups.list': channel<BackupsView>()(noInput),
  /** Makes a backup now, and its copy in the second folder if one is chosen. */
  'backups.backupNow': channel<BackupMade>()(noInput),
  /** Backs up the data as it is, then replaces it with the generation's; a generation that does not read back whole is refused first. */
  'backups.restore': channel<BackupRestored>()(generationRefSchema),
  /** Opens the folder dialog; the chosen folder gets a copy of each new backup, starting with one made at once. */
  'backups.chooseFolder': channel<FolderChoice>()(noInput),
  'backups.clearFolder': channel<FolderCleared>()(clearFolderSchema),
  /** What purging would remove now: workshops that ended more than the chosen months ago, and people only they name. Nothing when off. */
  'retention.preview': channel<RetentionPreview>()(noInput),
  /** Backs up, then purges what the preview with this token listed. */
  'retention.purge': channel<PurgeDone>()(z.strictObject({ token: z.uuid() })),
  /** `{ purgeAfterMonths: 24 }` turns purging on; `{}` turns it off. */
  'settings.setRetention': channel<Settings>()(retentionSchema),
} as const satisfies Record<ChannelName, Channel<z.ZodType, unknown>>;

export type Contract = typeof contract;
export { channelNames, type ChannelName } from './channels';

export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
