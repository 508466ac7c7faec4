import type { SecondFolderProblem } from './backups';

export type NoticeCode =
  | 'recovered-from-backup'
  /** settings.json or participants.json was damaged, had no good backup, and started again empty. */
  | 'reset-no-backup'
  /** A workshop file was damaged and had no good backup: it was kept aside and is not shown. */
  | 'set-aside-no-backup'
  | 'newer-than-app'
  /** The day's backup could not be made (e.g. a full disk). */
  | 'backup-failed'
  /** An imported curriculum module was damaged and had no good backup: it was kept aside and is not shown. */
  | 'module-set-aside'
  /** A new backup could not be copied to the second backup folder (`file` is that folder; `reason` says why). */
  | 'backup-copy-failed'
  /** Backup copies in a second folder (`file`) are still unprotected: it could not be reached when protection was turned on. */
  | 'backup-copies-unsealed'
  /** A workshop's journal of recent changes did not read back as written: kept aside (`movedTo`), the workshop shown as last folded. */
  | 'journal-set-aside'
  /** A module snapshot (`file`, modules/<hash>.json) was missing or damaged: the identical copy a backup holds was put back. */
  | 'module-snapshot-restored';

/** Something the user must be told about their data, e.g. a damaged file that was replaced. */
export interface Notice {
  id: string;
  code: NoticeCode;
  /** The data file concerned, relative to the data folder, e.g. `settings.json`. */
  file: string;
  /** Where the damaged file was kept, relative to the data folder. */
  movedTo?: string;
  /** The backup generation that was restored. */
  restoredFrom?: string;
  /** Why the second backup folder could not be used, where the code alone does not say (worded by the renderer). */
  reason?: SecondFolderProblem;
  at: string;
}
