import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BackupLocation, BackupReason, GenerationRef, SecondCopy, SecondFolderProblem } from '../../core/domain/backups';
import type { Notice } from '../../core/domain/notices';
import { generationDate, listGenerationsIn } from './backups';
import { previewGeneration, readGenerationInfo, type GenerationReader, type StoredPreview } from './generationReader';
import type { StorageFileSystem } from './fs/fileSystem';
import { BACKUPS_DIR } from './layout';
import { copyGenerationToSecondFolder, secondBackupsFolder, secondFolderProblem, secondFolderReason } from './secondFolder';

/** One generation as storage sees it; the services turn it into the view the renderer shows. */
export interface StoredGeneration {
  location: BackupLocation;
  name: string;
  madeAt: Date;
  reason?: BackupReason;
  preview: StoredPreview;
}

export interface StoredBackups {
  dataFolder: string;
  secondFolder?: string;
  secondFolderProblem?: SecondFolderProblem;
  /** Newest first. */
  generations: StoredGeneration[];
}

/** The folder of a generation, by where it is kept. Undefined for the second folder when none is set. */
export function generationFolder(dir: string, secondFolder: string | undefined, ref: GenerationRef): string | undefined {
  if (ref.location === 'data') return join(dir, BACKUPS_DIR, ref.name);
  return secondFolder === undefined ? undefined : join(secondBackupsFolder(secondFolder), ref.name);
}

/**
 * Copies new generations to the second folder, if one is set. Never throws: a missing, unplugged
 * or full drive is reported in the outcome, and the data folder's own generation stands.
 */
export async function copyToSecondFolder(options: {
  fs: StorageFileSystem;
  dir: string;
  names: readonly string[];
  secondFolder: string | undefined;
  now: Date;
  timeZone: string;
}): Promise<SecondCopy> {
  const { secondFolder } = options;
  if (secondFolder === undefined || options.names.length === 0) return { status: 'none' };
  try {
    for (const name of options.names) {
      await copyGenerationToSecondFolder({ fs: options.fs, dir: options.dir, name, secondFolder, now: options.now, timeZone: options.timeZone });
    }
    return { status: 'copied', folder: secondFolder };
  } catch (error) {
    return { status: 'failed', folder: secondFolder, reason: secondFolderReason(error) };
  }
}

/** The notice a failed copy to the second folder becomes, so the user hears of it wherever they are. */
export function secondCopyNotice(outcome: SecondCopy, at: Date): Notice | undefined {
  if (outcome.status !== 'failed') return undefined;
  return { id: randomUUID(), code: 'backup-copy-failed', file: outcome.folder, reason: outcome.reason, at: at.toISOString() };
}

/** Adds `notice`, replacing an earlier one about the same folder, so an unplugged drive makes one notice, not one per save. */
export function withNotice(notices: readonly Notice[], notice: Notice | undefined): Notice[] {
  if (!notice) return [...notices];
  return [...notices.filter((other) => !(other.code === notice.code && other.file === notice.file)), notice];
}

/** Previews never change (a generation is never modified), so each is read once per app session. */
export type PreviewCache = Map<string, { reason?: BackupReason; preview: StoredPreview }>;

async function generationsIn(location: BackupLocation, folder: string, reader: GenerationReader, cache: PreviewCache): Promise<StoredGeneration[]> {
  const names = await listGenerationsIn(reader.fs, folder);
  const found: StoredGeneration[] = [];
  for (const name of names) {
    const path = join(folder, name);
    let entry = cache.get(path);
    if (!entry) {
      const { reason, counts } = await readGenerationInfo(path, reader);
      const preview = counts ?? (await previewGeneration(path, reader));
      entry = reason === undefined ? { preview } : { reason, preview };
      // A file that could not be read may be readable later (a drive hiccup): only good previews are kept.
      if (entry.preview.unreadableFile === undefined) cache.set(path, entry);
    }
    found.push({ location, name, madeAt: generationDate(name) as Date, ...entry });
  }
  return found;
}

/** The generations of the data folder and of the second folder (if set and there), newest first. */
export async function listBackupSets(options: {
  dir: string;
  secondFolder: string | undefined;
  reader: GenerationReader;
  cache: PreviewCache;
}): Promise<StoredBackups> {
  const { dir, secondFolder, reader, cache } = options;
  const dataFolder = join(dir, BACKUPS_DIR);
  const generations = await generationsIn('data', dataFolder, reader, cache);
  const result: StoredBackups = { dataFolder, generations };
  if (secondFolder !== undefined) {
    result.secondFolder = secondFolder;
    const problem = await secondFolderProblem(secondFolder, reader.fs);
    if (problem !== undefined) result.secondFolderProblem = problem;
    else {
      try {
        generations.push(...(await generationsIn('second', secondBackupsFolder(secondFolder), reader, cache)));
      } catch (error) {
        result.secondFolderProblem = secondFolderReason(error);
      }
    }
  }
  generations.sort((a, b) => b.madeAt.getTime() - a.madeAt.getTime() || b.name.localeCompare(a.name) || a.location.localeCompare(b.location));
  return result;
}
