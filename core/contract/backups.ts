import { z } from 'zod';
import type { CivilDate, ClockTime } from '../domain/calendar/civil';
import type { Settings } from '../domain/settings';
import { generationRefSchema, type BackupLocation, type BackupReason, type GenerationRef, type SecondCopy, type SecondFolderProblem } from '../domain/backups';
import { channel, noInput } from './defineChannel';

export {
  backupLocations,
  backupReasons,
  generationNamePattern,
  generationRefSchema,
  type BackupLocation,
  type BackupReason,
  type GenerationRef,
  type SecondCopy,
  type SecondFolderProblem,
} from '../domain/backups';

/** What a generation holds, counted: enough to choose one without showing anyone's records. */
export interface GenerationPreview {
  workshops: number;
  participants: number;
  /** Imported curriculum modules. */
  modules: number;
  /** Whether it holds the settings file. */
  settings: boolean;
  /** The day of the newest change it holds (a workshop saved, a participant added), in the computer's time zone. */
  newestChange?: CivilDate;
  /** A file in it (relative to it) that cannot be read: such a generation cannot be restored. */
  unreadableFile?: string;
}

export interface GenerationView {
  location: BackupLocation;
  name: string;
  /** When it was made, as an instant, and as a date and time in the computer's time zone. */
  madeAt: string;
  madeOn: CivilDate;
  madeAtTime: ClockTime;
  /** Absent for generations made before reasons were recorded. */
  reason?: BackupReason;
  preview: GenerationPreview;
}

export interface BackupsView {
  /** The folder holding the data folder's generations. */
  dataFolder: string;
  /** The second folder as chosen in Settings, if any. */
  secondFolder?: string;
  /** Why the second folder cannot be used now, e.g. `missing` (worded by the renderer). */
  secondFolderProblem?: SecondFolderProblem;
  /** Every generation in both places, newest first. */
  generations: GenerationView[];
}

export interface BackupMade {
  name: string;
  secondCopy: SecondCopy;
  view: BackupsView;
}

export interface BackupRestored {
  restored: GenerationRef;
  /** The generation holding the data as it was just before the restore. */
  safety: string;
  /** The restored settings, for the renderer to show at once. */
  settings: Settings;
  view: BackupsView;
}

export type FolderChoice = { status: 'cancelled' } | { status: 'chosen'; settings: Settings; secondCopy: SecondCopy };

/** Stop copying to the second folder, deleting the copies already there or keeping them. */
export const clearFolderSchema = z.strictObject({ deleteCopies: z.boolean() });

export interface FolderCleared {
  settings: Settings;
  /** What became of the copies there: 'unreachable' when they were to be deleted but the folder is not there. */
  copies: 'kept' | 'deleted' | 'unreachable';
}

/** A workshop the retention rule would purge. */
export interface PurgeWorkshop {
  id: string;
  title: string;
  /** The day its last meeting that was not cancelled took place (or its last planned day, when all were cancelled). */
  endedOn: CivilDate;
}

/** A participant who would have no workshop left once those are purged. */
export interface PurgeParticipant {
  id: string;
  code: string;
}

export interface RetentionPreview {
  /** Absent when retention is off: then nothing is listed and nothing can be purged. */
  purgeAfterMonths?: number;
  /** Workshops that ended before this day are purged. */
  cutoff?: CivilDate;
  workshops: PurgeWorkshop[];
  participants: PurgeParticipant[];
  /** Confirms exactly this list; absent when there is nothing to purge. */
  token?: string;
}

export interface PurgeDone {
  workshops: number;
  participants: number;
  /** The generation made just before purging. */
  backup: string;
  /**
   * Where the purged records still are: only in that generation (both places), kept whole until
   * this day so the purge can be undone, then taken out of it too.
   */
  keptUntil: CivilDate;
  /** The second folder could not be reached: its copies lose the records when it next can be. */
  secondFolderPending: boolean;
}

/** Backups, the second backup folder, and purging old records. */
export const backupsChannels = {
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
};
