import { z } from 'zod';

/** Backup generations as storage keeps them; the backups channels show them. */

/** Why a backup generation was made; shown beside it so the user can find "the one before the import". */
export const backupReasons = ['daily', 'migration', 'import', 'restore', 'purge', 'manual', 'protection'] as const;

export type BackupReason = (typeof backupReasons)[number];

/** Where a generation is kept: the data folder's own `backups/`, or the second folder (e.g. a USB drive). */
export const backupLocations = ['data', 'second'] as const;

export type BackupLocation = (typeof backupLocations)[number];

/** `2027-03-04T18-00-00-000Z`, or with `-<n>` when two were made in the same millisecond. */
export const generationNamePattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?$/;

export const generationRefSchema = z.strictObject({
  location: z.enum(backupLocations),
  name: z.string().regex(generationNamePattern, { message: 'must be the name of a backup' }),
});

export type GenerationRef = z.infer<typeof generationRefSchema>;

/** Why the second backup folder cannot be used, worded by the renderer (`messages.secondFolder`). */
export const secondFolderProblems = ['missing', 'disk-full', 'quota', 'read-only', 'not-allowed', 'drive-error', 'unexpected', 'no-new-backup'] as const;
export type SecondFolderProblem = (typeof secondFolderProblems)[number];

/** What became of the copy of a new generation in the second folder. */
export type SecondCopy = { status: 'none' } | { status: 'copied'; folder: string } | { status: 'failed'; folder: string; reason: SecondFolderProblem };
