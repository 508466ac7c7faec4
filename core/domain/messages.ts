/**
 * Messages as data: every failure, refusal and problem that main (or the domain) reports is a code
 * with its parameters, never a sentence. The renderer words it in the chosen language
 * (renderer/format/describe.ts, catalog renderer/i18n/<lang>/messages.ts).
 *
 * `messageSpecs` is the vocabulary: each code and the kind of each of its parameters. The types
 * below are derived from it, so a wrong or missing parameter is a type error, and tests enumerate
 * it to require a wording of every code in every language.
 */
import type { FieldIssue } from './issues';
import type { FidelityOutcome } from './attendance';
import type { FacilitatorRole } from './settings';
import type { CancelReason, ExitReason } from './workshop';
import type { SurveyOccasion } from './surveys/instrument';

/** How a drive or file system refused (from an errno code), worded by the renderer. */
export const driveProblems = ['disk-full', 'quota', 'read-only', 'not-allowed', 'missing', 'drive-error', 'too-many-files', 'in-use', 'unexpected'] as const;
export type DriveProblem = (typeof driveProblems)[number];

/**
 * The kinds of parameter: `text` is shown as it is (a title, a code, a file name), `count` is a
 * number (and chooses the plural), `date` is a civil date YYYY-MM-DD worded with Intl, `list` is a
 * list of texts joined with Intl.ListFormat, `time` a wall-clock time HH:MM worded with Intl ("3:30 PM"), `drive` is a DriveProblem, `message` a nested Message,
 * `rule` a FieldIssue whose rule is worded (its path is not shown), `instant` an ISO instant worded
 * with Intl in the message's `timeZone` parameter, `weekdays` days of the week (0 = Sunday),
 * `messages` a list of nested Messages, `roles` facilitator roles; `cancel-reason`, `exit-reason` and
 * `fidelity-outcome` and `survey-occasion` are the ids a workshop file stores, worded from the catalog.
 */
type ParamKind =
  | 'text'
  | 'count'
  | 'date'
  | 'time'
  | 'list'
  | 'drive'
  | 'message'
  | 'rule'
  | 'instant'
  | 'weekdays'
  | 'messages'
  | 'roles'
  | 'cancel-reason'
  | 'exit-reason'
  | 'fidelity-outcome'
  | 'survey-occasion';

export const messageSpecs = {
  // The dispatcher and the IPC wrapper.
  'unknown-action': { action: 'text' },
  'input-invalid': {},
  unexpected: {},
  'window-not-allowed': {},
  'channel-not-allowed': { channel: 'text' },

  // Records that are gone.
  'workshop-missing': {},
  'meeting-missing': {},
  'participant-missing': {},
  'follow-up-missing': {},
  'module-missing': {},
  'facilitator-missing': {},
  'site-missing': {},
  'resource-missing': {},
  'handout-not-in-meeting': {},
  'site-gone-choose': {},
  'facilitator-gone-choose': {},
  'module-no-sessions': {},

  // Pending confirmations that expired.
  'module-import-expired': {},
  'roster-import-expired': {},
  'bundle-open-expired': {},
  'bundle-import-expired': {},
  'purge-expired': {},

  // Workshops, rosters and meetings.
  'workshop-archived': { title: 'text' },
  'meeting-cancelled': {},
  'not-on-meeting-roster': {},
  'move-to-same-workshop': {},
  'roster-import-empty': {},
  'already-enrolled': { code: 'text', title: 'text' },
  'enrol-before-exit': { code: 'text', date: 'date' },
  'not-enrolled-now': { code: 'text', title: 'text' },
  'exit-before-enrolment': { code: 'text', date: 'date' },
  'enrolled-after-meeting': { code: 'text' },
  'schedule-too-far': {},
  'meeting-cancelled-cannot-move': {},
  'meeting-already-cancelled': {},
  'meeting-not-cancelled': {},
  'meeting-id-taken': {},
  'catch-up-one-person': {},
  'not-a-date': { value: 'text' },
  'not-a-time': { value: 'text' },
  'meeting-minutes-range': { minimum: 'count', maximum: 'count' },
  'unknown-session': { session: 'text', module: 'text' },
  'session-twice': {},
  'too-many-sessions': { maximum: 'count' },
  'never-on-roster': {},
  'too-many-meetings': { maximum: 'count' },
  'meeting-in-future': { date: 'date' },
  'meeting-in-past': { date: 'date' },
  'held-on-not-past': {},
  'already-held': {},
  'end-before-start': {},

  // A file the user chose to import (electron/storage/userFiles.ts); sizes in megabytes.
  'chosen-file-missing': {},
  'chosen-file-not-allowed': {},
  'chosen-file-unopenable': {},
  'chosen-file-folder': {},
  'chosen-file-too-large': { size: 'text', maximum: 'text' },
  'chosen-file-drive-error': {},

  // Workshop bundle files (core/domain/bundles/format.ts, the bundle import).
  'bundle-not-text': {},
  'bundle-not-json': {},
  'bundle-not-a-bundle': {},
  'bundle-newer': { found: 'count', known: 'count' },
  'bundle-no-version': {},
  'bundle-unknown-version': { found: 'text' },
  'bundle-field': { path: 'text', rule: 'rule' },
  'bundle-more-problems': { count: 'count' },
  'bundle-participants-missing': { count: 'count' },
  'bundle-seal-cost': { cost: 'count' },

  // Program hub: what it brings (core/domain/hub/workshopDocument.ts, electron/services/hub/incoming.ts; "merge").
  'hub-body-other-workshop': {},
  'hub-decisions-none': {},
  'hub-decisions-open': { count: 'count' },

  // Program hub: the program's shared lists (core/domain/hub/programLists.ts, electron/services/hub/programListsSync.ts; "lists").
  'hub-lists-not-lists': {},
  'hub-lists-version': { found: 'text' },
  'hub-lists-field': { path: 'text', rule: 'rule' },

  // Bundle merge preview (core/domain/bundles/merge.ts): what each change is about; `meeting` is a merge-meeting message.
  'merge-meeting': { date: 'date', time: 'time' },
  'merge-meeting-removed': {},
  'change-participant': { code: 'text' },
  'change-participant-details': { code: 'text' },
  'change-participant-matched': { code: 'text' },
  // A participant's code changed on another computer (core/domain/bundles/codeChanges.ts; "codes").
  'change-participant-code': { from: 'text', to: 'text' },
  'change-participant-code-taken': { code: 'text', wanted: 'text' },
  'change-workshop': { title: 'text', meetings: 'count', count: 'count' },
  'change-title': {},
  'change-audience': {},
  'change-site': {},
  'change-facilitators': {},
  'change-time-zone': {},
  'change-module': {},
  'change-plan': {},
  'change-completion': {},
  'change-agreements': {},
  'change-archived': {},
  'change-meeting': { date: 'date' },
  'change-meeting-at': { date: 'date', time: 'time' },
  'change-enrolment': { code: 'text', date: 'date' },
  'change-mark': { code: 'text', meeting: 'message' },
  'change-presence-passed': { code: 'text', meeting: 'message' },
  'change-presence-stepped-out': { code: 'text', meeting: 'message' },
  'change-fidelity': { activity: 'text', meeting: 'message' },
  'change-notes': { meeting: 'message' },
  'change-run': { meeting: 'message' },
  'change-follow-up': { code: 'text' },
  'change-follow-up-done': { code: 'text' },
  'change-history': { count: 'count' },

  // Bundle merge conflicts (core/domain/bundles/merge.ts): the two values shown side by side.
  'value-text': { text: 'text' },
  'value-none': {},
  'value-not-given': {},
  'value-no-site': {},
  'value-facilitators': { people: 'messages' },
  'value-facilitator': { name: 'text', roles: 'roles' },
  'value-module': { title: 'text', version: 'count' },
  'value-plan': { from: 'date', weekdays: 'weekdays', time: 'time', minutes: 'count', count: 'count' },
  'value-completion-module': {},
  'value-completion-sessions': { count: 'count' },
  'value-completion-percent': { percent: 'count' },
  'value-completion-required': { rule: 'message', sessions: 'list' },
  'value-archived': { date: 'date' },
  'value-not-archived': {},
  'value-meeting': { date: 'date', time: 'time', count: 'count', details: 'messages' },
  'value-meeting-no-session': {},
  'value-meeting-sessions': { sessions: 'list' },
  'value-meeting-sessions-part': { sessions: 'list', part: 'count' },
  'value-meeting-participants': { count: 'count' },
  'value-meeting-cancelled': { reason: 'cancel-reason' },
  'value-still-enrolled': {},
  'value-exit': { date: 'date', reason: 'exit-reason' },
  'value-mark': { status: 'text', at: 'instant', timeZone: 'text' },
  'value-mark-reason': { status: 'text', reason: 'text', at: 'instant', timeZone: 'text' },
  'value-fidelity': { outcome: 'fidelity-outcome' },
  'value-fidelity-note': { outcome: 'fidelity-outcome', note: 'text' },

  // Roster CSV import (core/domain/roster/csv.ts): `line` is the line in the file, `column` a header cell as written.
  'roster-file-too-large': { megabytes: 'text' },
  'roster-workbook': {},
  'roster-utf16': {},
  'roster-binary': {},
  'roster-not-utf8': {},
  'roster-unreadable': {},
  'roster-over-limit': {},
  'roster-unclosed-quote': { line: 'count' },
  'roster-empty': {},
  'roster-no-header': { line: 'count', start: 'text' },
  'roster-no-code-column': { line: 'count' },
  'roster-column-twice': { first: 'text', second: 'text' },
  'roster-column-names-off': { column: 'text' },
  'roster-column-unknown': { column: 'text', allowed: 'list' },
  'roster-column-birth-dates': { column: 'text', allowed: 'list' },
  'roster-column-case-numbers': { column: 'text', allowed: 'list' },
  'roster-column-addresses': { column: 'text', allowed: 'list' },
  'roster-no-participants': { line: 'count' },
  'roster-too-many-rows': { count: 'count', maximum: 'count' },
  'roster-code-empty': {},
  'roster-cell-formula': { column: 'text', character: 'text' },
  'roster-cell-formula-tab': { column: 'text' },
  'roster-cell-formula-line-break': { column: 'text' },
  'roster-cell-lines': { column: 'text' },
  'roster-cell-invalid': { column: 'text', value: 'text', rule: 'rule' },
  'roster-too-many-cells': { cells: 'count', columns: 'count' },
  'roster-unnamed-column': { column: 'count' },
  'roster-text-after-quote': {},
  'roster-code-repeated': { code: 'text', line: 'count' },

  // Participants.
  'code-taken': { code: 'text' },
  'full-names-off': {},
  'full-names-still-on': {},
  'participant-has-history': { code: 'text', count: 'count' },

  // Running a meeting.
  'fidelity-note-adapted': {},
  'fidelity-note-skipped': {},
  'module-lacks-session': { session: 'text' },
  'minimum-over-sessions': { count: 'count' },
  'unknown-status': { status: 'text' },
  'status-missing': {},
  'reason-not-for-status': { status: 'text' },
  'reason-missing': {},
  'past-edit-unconfirmed': {},
  'handout-for-facilitators': {},

  // Records, prints and exports.
  'record-never-on-roster': {},
  'record-nothing-to-print': {},
  'not-completed': { participant: 'text', attended: 'count', needed: 'count' },
  'not-completed-required': { participant: 'text', attended: 'count', needed: 'count' },
  'record-not-shown': {},
  'report-not-shown': {},
  'page-saved-by-its-button': {},
  'names-export-off': {},
  'no-workshops-in-range': { from: 'date', to: 'date' },
  'bundle-needs-passphrase': {},
  'bundle-wrong-passphrase': {},

  // Curricula.
  'module-built-in': {},
  'module-newer-in-library': { name: 'text', version: 'text', candidate: 'text' },
  'module-same-in-library': { name: 'text', version: 'text' },
  'module-changed-same-version': { name: 'text', version: 'text', next: 'text' },

  // Curriculum module problems (core/domain/curriculum: parse, migrate, translation; curricula:check).
  'module-file-too-large': { size: 'text', limit: 'text' },
  'module-file-unreadable': { detail: 'text' },
  'module-file-binary': {},
  'module-file-not-utf8': {},
  'module-yaml-too-deep': {},
  'module-yaml-unreadable': {},
  'module-yaml-aliases': {},
  'module-yaml-duplicate-key': {},
  'module-yaml-error': { detail: 'text' },
  'module-file-empty': {},
  'module-file-not-a-module': {},
  'module-more-problems': { count: 'count' },
  'module-id-in-two-files': { id: 'text', file: 'text' },
  'module-format-1': { version: 'count' },
  'module-sessions-per-week-read': { value: 'count' },
  'module-joining-assumed': { rule: 'text' },
  'module-closed-group-read': { closed: 'text', rule: 'text' },
  'module-setting-renamed': { from: 'text', to: 'text' },
  'translation-same-language': { language: 'text', original: 'text' },
  'translation-extra-session': { id: 'text', original: 'text' },
  'translation-lacks-session': { id: 'text', original: 'text' },
  'translation-extra-activity': { id: 'text', original: 'text', session: 'text' },
  'translation-lacks-activity': { id: 'text', original: 'text', session: 'text' },
  'translation-extra-handout': { id: 'text', original: 'text' },
  'translation-lacks-handout': { id: 'text', original: 'text' },
  'translation-extra-session-handout': { id: 'text', original: 'text', session: 'text' },
  'translation-lacks-session-handout': { id: 'text', original: 'text', session: 'text' },
  'translation-session-order': { id: 'text', number: 'count', original: 'text' },
  'translation-original-missing': { original: 'text' },
  'translation-of-translation': { original: 'text', root: 'text' },
  // Survey instruments in a translation (core/domain/surveys/instrumentTranslation.ts).
  'translation-extra-instrument': { id: 'text', original: 'text' },
  'translation-lacks-instrument': { id: 'text', original: 'text' },
  'translation-extra-scale': { id: 'text', original: 'text', instrument: 'text' },
  'translation-lacks-scale': { id: 'text', original: 'text', instrument: 'text' },
  'translation-extra-item': { id: 'text', original: 'text', instrument: 'text' },
  'translation-lacks-item': { id: 'text', original: 'text', instrument: 'text' },
  'translation-item-order': { id: 'text', number: 'count', original: 'text', instrument: 'text' },
  'translation-item-kind': { id: 'text', kind: 'text', original: 'text', instrument: 'text' },
  'translation-item-scale': { id: 'text', scale: 'text', original: 'text', instrument: 'text' },
  'translation-extra-option': { id: 'text', original: 'text', instrument: 'text', item: 'text' },
  'translation-lacks-option': { id: 'text', original: 'text', instrument: 'text', item: 'text' },
  'translation-option-order': { id: 'text', number: 'count', original: 'text', instrument: 'text', item: 'text' },
  'translation-answer-key': { id: 'text', original: 'text', instrument: 'text' },
  'translation-survey-setting': { field: 'text', original: 'text', instrument: 'text' },

  // Backups and retention.
  'import-backup-failed': { cause: 'message' },
  'purge-backup-failed': { cause: 'message' },
  'purge-partial': { count: 'count', total: 'count', cause: 'message' },
  'backup-folder-inside': {},
  'purge-off': {},
  'purge-nothing-left': {},

  // Protection.
  locked: {},
  'locked-meanwhile': {},
  'keychain-after-lock': {},
  'keychain-no-key': {},
  'keychain-failed': {},
  'wrong-passphrase': {},
  'wrong-recovery-key': {},
  'not-a-recovery-key': {},
  'already-set-up': {},
  'already-protected': {},
  'no-keychain': {},
  'key-file-changed': { file: 'text' },
  'key-file-damaged': { file: 'text' },

  // Surveys (electron/services/surveys, core/domain/surveys/entryRules.ts): `question` is the item's number in its instrument.
  'survey-instrument-missing': { instrument: 'text' },
  'survey-occasion-missing': { instrument: 'text', occasion: 'survey-occasion' },
  'survey-who-needed': {},
  'survey-not-enrolled': { code: 'text' },
  'survey-not-enrolled-on': { code: 'text', date: 'date' },
  'survey-already-given': { code: 'text', instrument: 'text', occasion: 'survey-occasion' },
  'survey-form-number-taken': { number: 'count', instrument: 'text', occasion: 'survey-occasion' },
  'survey-response-missing': {},
  'survey-item-missing': { item: 'text' },
  'survey-answer-out-of-range': { question: 'count', points: 'count' },
  'survey-answer-wrong-kind': { question: 'count' },
  'survey-answer-not-an-option': { question: 'count' },
  'survey-answer-too-long': { question: 'count', maximum: 'count' },
  'survey-open-text-off': { question: 'count' },
  'survey-already-linked': { code: 'text' },
  'survey-handover-active': {},
  'survey-handover-code-needed': {},
  'survey-handover-not-started': {},
  'survey-handover-wrong-code': {},
  'survey-handover-wait': { count: 'count' },
  'change-survey': { code: 'text', instrument: 'text', occasion: 'survey-occasion' },
  'change-survey-form': { number: 'count', instrument: 'text', occasion: 'survey-occasion' },
  'value-survey': { count: 'count', at: 'instant', timeZone: 'text' },

  // Storage (electron/storage/errors.ts).
  'save-failed': { file: 'text', drive: 'drive' },
  'delete-failed': { file: 'text', drive: 'drive' },
  'backup-failed': { drive: 'drive' },
  'read-failed': { file: 'text', drive: 'drive' },
  'open-failed': { dir: 'text', drive: 'drive' },
  'data-invalid': { file: 'text' },
  'change-failed': { file: 'text' },
  'newer-version': { file: 'text', found: 'count', known: 'count' },
  'newer-version-change': { file: 'text' },
  'newer-version-read': { file: 'text' },
  'workshop-file-damaged': { file: 'text' },
  'data-closed': { file: 'text' },
  'saving-paused-restoring': { file: 'text' },
  'saving-paused-restart': { file: 'text' },
  'lock-taken': { dir: 'text' },
  'restore-stuck': { backup: 'text' },
  'backup-unreadable': {},
  'backup-lacks-file': { file: 'text' },
  'backup-file-unreadable': { file: 'text' },
  'backup-file-newer': { file: 'text' },
  'backup-file-damaged': { file: 'text' },
  'no-second-folder': {},
  'key-missing': { dir: 'text' },
  'foreign-key': { dir: 'text' },
  'identity-changed': { file: 'text' },

  // Module snapshots stored once (electron/storage/moduleSnapshots.ts).
  'workshop-module-unavailable': { file: 'text' },

  // Program membership: join files, creating, joining, revoking (core/domain/hub/joinFile.ts, electron/services/hub/program.ts).
  'join-file-not-a-join-file': {},
  'join-file-newer': { found: 'count', known: 'count' },
  'join-file-cut-short': {},
  'join-file-damaged': {},
  'join-file-wrong-passphrase': {},
  'join-file-seal-cost': { cost: 'count' },
  'join-file-used': {},
  'program-none': {},
  'program-already-in': { program: 'text' },
  'program-not-coordinator': {},
  'program-not-database-admin': {},
  'program-database-missing': { database: 'text' },
  'program-exists': {},
  'program-member-name-taken': { name: 'text' },
  'program-not-a-member': { name: 'text' },
  'program-revoke-self': {},
  'program-key-unreadable': { epoch: 'count' },
  'program-hub-unreachable': {},
  'program-hub-redirected': {},
  'program-password-refused': {},
  'program-not-allowed': {},
  'program-hub-answered': { status: 'count' },

  // The program hub (electron/services/hub/): what it reports, never with a password in it.
  'hub-revoked': {},
  'hub-wrong-key': {},
} as const satisfies Record<string, Record<string, ParamKind>>;

export type MessageCode = keyof typeof messageSpecs;

interface ParamTypes {
  text: string;
  count: number;
  date: string;
  time: string;
  list: readonly string[];
  drive: DriveProblem;
  message: Message;
  rule: FieldIssue;
  instant: string;
  weekdays: readonly number[];
  messages: readonly Message[];
  roles: readonly FacilitatorRole[];
  'cancel-reason': CancelReason;
  'exit-reason': ExitReason;
  'fidelity-outcome': FidelityOutcome;
  'survey-occasion': SurveyOccasion;
}

export type MessageParams<C extends MessageCode> = { -readonly [P in keyof (typeof messageSpecs)[C]]: ParamTypes[(typeof messageSpecs)[C][P] & ParamKind] };

/** One message: its code, and its parameters when the code has any. */
export type Message = {
  [C in MessageCode]: keyof (typeof messageSpecs)[C] extends never ? { code: C; params?: undefined } : { code: C; params: MessageParams<C> };
}[MessageCode];

export const messageCodes = Object.keys(messageSpecs) as MessageCode[];

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && Object.hasOwn(messageSpecs, value);
}
