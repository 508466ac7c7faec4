import { resolve, sep } from 'node:path';
import type {
  BackupMade,
  BackupReason,
  BackupRestored,
  BackupsView,
  FolderChoice,
  FolderCleared,
  GenerationRef,
  GenerationView,
  SecondCopy,
} from '../../core/contract/backups';
import { AppFailure } from '../../core/contract/result';
import { civilDateIn, clockTimeIn } from '../../core/domain/calendar/zone';
import type { Settings } from '../../core/domain/settings';
import { deleteCopiesIn, type BackupResult, type DataStore, type StoredBackups, type StoredGeneration } from '../storage';
import type { DesktopHost } from './host';
import type { Clock } from './planning/clock';
import { asAppFailure } from './storageFailure';

/** Called by an import right before its first write: makes the backup generation (or throws). */
export type BackUpFirst = () => Promise<void>;

/** Dates in the view are the computer's: "made on Tuesday at 15:30" where the user is. */
function generationView(stored: StoredGeneration, timeZone: string): GenerationView {
  const { unreadableFile, newestChange, ...counts } = stored.preview;
  const preview: GenerationView['preview'] = { ...counts };
  if (newestChange !== undefined) preview.newestChange = civilDateIn(new Date(newestChange), timeZone);
  if (unreadableFile !== undefined) preview.unreadableFile = unreadableFile;
  const view: GenerationView = {
    location: stored.location,
    name: stored.name,
    madeAt: stored.madeAt.toISOString(),
    madeOn: civilDateIn(stored.madeAt, timeZone),
    madeAtTime: clockTimeIn(stored.madeAt, timeZone),
    preview,
  };
  if (stored.reason !== undefined) view.reason = stored.reason;
  return view;
}

function backupsView(stored: StoredBackups, timeZone: string): BackupsView {
  const view: BackupsView = { dataFolder: stored.dataFolder, generations: stored.generations.map((generation) => generationView(generation, timeZone)) };
  if (stored.secondFolder !== undefined) view.secondFolder = stored.secondFolder;
  if (stored.secondFolderProblem !== undefined) view.secondFolderProblem = stored.secondFolderProblem;
  return view;
}

function isInside(folder: string, parent: string): boolean {
  const child = resolve(folder);
  const root = resolve(parent);
  return child === root || child.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/** What a task that needs a backup first says when the backup cannot be made. */
type BackupRefusal = 'import-backup-failed' | 'purge-backup-failed';

/** Backups (list, make one now, restore one) and the second folder of Settings › Backups. */
export function createBackupService(options: { store: DataStore; host: DesktopHost; clock: Clock }) {
  const { store, host, clock } = options;

  const list = async (): Promise<BackupsView> => backupsView(await store.listBackups(), clock.timeZone);

  /** Makes a backup generation of the data as it is; when it cannot be made, throws `refusal` and why. */
  async function backUpOrRefuse(reason: BackupReason, refusal: BackupRefusal): Promise<BackupResult> {
    try {
      return await store.backupNow(reason);
    } catch (error) {
      const failure = asAppFailure(error);
      if (failure) throw new AppFailure(failure.code, { code: refusal, params: { cause: failure.reason } });
      throw error;
    }
  }

  /**
   * Runs `task` (an import, a purge) only after a backup generation of the data as it is: when the
   * backup cannot be made, nothing is done and the user is told why.
   */
  async function afterBackup<T>(reason: BackupReason, refusal: BackupRefusal, task: (backup: BackupResult) => Promise<T>): Promise<T> {
    return task(await backUpOrRefuse(reason, refusal));
  }

  async function setSecondFolder(secondFolder: string | undefined): Promise<Settings> {
    return store.settings.update((current) => {
      const { secondFolder: _previous, ...rest } = current.backups;
      return { ...current, backups: secondFolder === undefined ? rest : { ...rest, secondFolder } };
    });
  }

  /** Forgets that `folder` holds copies still to be sealed, once they are deleted. */
  async function forgetUnsealedCopies(folder: string): Promise<void> {
    if (store.settings.get().backups.unsealedCopiesIn === folder) {
      await store.settings.update((current) => {
        const { unsealedCopiesIn: _deleted, ...backups } = current.backups;
        return { ...current, backups };
      });
    }
    for (const notice of store.notices()) if (notice.code === 'backup-copies-unsealed' && notice.file === folder) store.dismissNotice(notice.id);
  }

  return {
    list,

    async backupNow(): Promise<BackupMade> {
      const made = await store.backupNow('manual');
      return { ...made, view: await list() };
    },

    async restore(ref: GenerationRef): Promise<BackupRestored> {
      const { safety } = await store.restoreBackup(ref);
      return { restored: ref, safety, settings: store.settings.get(), view: await list() };
    },

    /** Asks for a folder, keeps it as the second folder, and makes a backup at once so the user sees the copy works. */
    async chooseFolder(): Promise<FolderChoice> {
      const folder = await host.chooseFolder();
      if (folder === undefined) return { status: 'cancelled' };
      if (isInside(folder, store.dir)) {
        throw new AppFailure('invalid-input', { code: 'backup-folder-inside' });
      }
      await setSecondFolder(folder);
      let secondCopy: SecondCopy;
      try {
        secondCopy = (await store.backupNow('manual')).secondCopy;
      } catch {
        secondCopy = { status: 'failed', folder, reason: 'no-new-backup' };
      }
      return { status: 'chosen', settings: store.settings.get(), secondCopy };
    },

    /**
     * Stops copying to the second folder; with `deleteCopies`, deletes the copies already there
     * first (copies still unprotected are otherwise sealed when the folder is next reachable).
     */
    async clearFolder(input: { deleteCopies: boolean }): Promise<FolderCleared> {
      const folder = store.settings.get().backups.secondFolder;
      let copies: FolderCleared['copies'] = 'kept';
      if (input.deleteCopies && folder !== undefined) {
        copies = (await deleteCopiesIn(folder)) ? 'deleted' : 'unreachable';
        if (copies === 'deleted') await forgetUnsealedCopies(folder);
      }
      return { settings: await setSecondFolder(undefined), copies };
    },

    /**
     * Wraps an import's confirmation. The import calls `backUp` once it knows it will change
     * something, before its first write: one that is refused, stale or changes nothing makes no
     * generation, and one whose backup cannot be made changes nothing.
     */
    beforeImport<T>(task: (backUp: BackUpFirst) => Promise<T>): Promise<T> {
      return task(async () => {
        await backUpOrRefuse('import', 'import-backup-failed');
      });
    },

    afterBackup,
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
