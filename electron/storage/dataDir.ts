import { mkdir, readdir, realpath } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Notice } from '../api/appInfo';
import { AppFailure } from '../api/result';
import type { ParticipantsFile } from '../domain/participants';
import type { Settings } from '../domain/settings';
import type { Workshop } from '../domain/workshop';
import { createGeneration, ensureDailyGeneration, pruneGenerations, removeStaleGenerationTemps } from './backups';
import { createCurriculumStore, loadImportedModules, type StoredModule } from './curricula';
import { createDocumentStore, type DocumentStore } from './documentStore';
import { DIR_MODE, fsyncDirectory, removeStaleTemps } from './durableFile';
import { DataDirInUseError, ForeignKeyError, newerVersionFailure, openFailure, ProtectedWithoutKeyError, readFailure } from './errors';
import { DurableJsonFile, readJsonFile, writeJsonFile } from './jsonFile';
import { plainFiles, SealedWithoutKey, type FileCodec } from './protection/codec';
import { decodeDocument, defaultKinds, type DocumentKind, type DocumentKinds } from './kinds';
import {
  absolutePath,
  BACKUPS_DIR,
  CURRICULA_DIR,
  PARTICIPANTS_FILE,
  SETTINGS_FILE,
  WORKSHOPS_DIR,
  workshopIdOf,
  workshopRelativePath,
} from './layout';
import { acquireLock, removeLockDebris } from './lock';
import { findGoodBackup, recoverDocument } from './recovery';
import type { DataStore, OpenDataDirOptions } from './types';
import { createWorkshopStore, workshopIdCheck } from './workshops';

/** Test seams. Not part of the app's API. */
export interface StorageInternals {
  /** Replace a kind's version, schema or migration table, e.g. to test a migration that does not exist yet. */
  kinds?: Partial<DocumentKinds>;
}

type Inspection<T> =
  | { state: 'missing' }
  | { state: 'valid'; value: T; migratedFrom?: number }
  | { state: 'newer'; version: number }
  | { state: 'damaged'; unopened?: boolean };

/** Reads and judges one file without changing anything on disk. */
async function inspect<T>(
  dir: string,
  relativePath: string,
  kind: DocumentKind<T>,
  codec: FileCodec,
  check?: (value: T) => string | undefined,
): Promise<Inspection<T>> {
  let read;
  try {
    read = await readJsonFile(absolutePath(dir, relativePath), codec, relativePath);
  } catch (error) {
    if (error instanceof SealedWithoutKey) throw new ProtectedWithoutKeyError(dir);
    throw readFailure(relativePath, error);
  }
  if (read.state === 'missing') return { state: 'missing' };
  if (read.state === 'unparsable') return { state: 'damaged', unopened: read.unopened === true };
  const decoded = decodeDocument(kind, read.value, check);
  if (decoded.status === 'invalid') return { state: 'damaged' };
  if (decoded.status === 'newer') return { state: 'newer', version: decoded.version };
  return decoded.migratedFrom === undefined
    ? { state: 'valid', value: decoded.value }
    : { state: 'valid', value: decoded.value, migratedFrom: decoded.migratedFrom };
}

interface Loaded {
  settings: Settings;
  participants: ParticipantsFile;
  workshops: Map<string, Workshop>;
  newerWorkshops: Set<string>;
  modules: StoredModule[];
  notices: Notice[];
}

/**
 * Open-time sequence: judge every file first (so a file from a newer app version stops us before we
 * change anything), then recover damaged files, back up and migrate old ones, create missing ones,
 * and finally make today's backup generation.
 */
async function load(dir: string, kinds: DocumentKinds, now: () => Date, codec: FileCodec): Promise<Loaded> {
  await removeStaleTemps(dir);
  await removeLockDebris(dir);
  await removeStaleTemps(join(dir, WORKSHOPS_DIR));
  await removeStaleTemps(join(dir, CURRICULA_DIR));
  await removeStaleGenerationTemps(dir);

  const settingsFile = await inspect(dir, SETTINGS_FILE, kinds.settings, codec);
  const participantsFile = await inspect(dir, PARTICIPANTS_FILE, kinds.participants, codec);
  for (const [file, inspection, kind] of [
    [SETTINGS_FILE, settingsFile, kinds.settings],
    [PARTICIPANTS_FILE, participantsFile, kinds.participants],
  ] as const) {
    if (inspection.state === 'newer') throw newerVersionFailure(file, inspection.version, kind.version);
  }

  const workshopIds = (await readdir(join(dir, WORKSHOPS_DIR)))
    .map(workshopIdOf)
    .filter((id): id is string => id !== undefined)
    .sort();
  const workshopFiles = new Map<string, Inspection<Workshop>>();
  for (const id of workshopIds) {
    workshopFiles.set(id, await inspect(dir, workshopRelativePath(id), kinds.workshop, codec, workshopIdCheck(id)));
  }
  refuseForeignKey(dir, [settingsFile, participantsFile, ...workshopFiles.values()]);

  const notices: Notice[] = [];
  const migrated: Array<{ file: string; value: unknown }> = [];
  const missing: Array<{ file: string; value: unknown }> = [];

  async function settle<T>(file: string, inspection: Inspection<T>, kind: DocumentKind<T>): Promise<T> {
    if (inspection.state === 'valid') {
      if (inspection.migratedFrom !== undefined) migrated.push({ file, value: inspection.value });
      return inspection.value;
    }
    if (inspection.state === 'missing') {
      // A fresh folder has no backups. A missing file that backups hold was deleted, or lost in a crash
      // between moving a damaged file aside and restoring it: restore it rather than start empty.
      const backup = await findGoodBackup(dir, file, kind, codec);
      if (backup) {
        await writeJsonFile(absolutePath(dir, file), backup.value, codec, file);
        notices.push({ id: randomUUID(), code: 'recovered-from-backup', file, restoredFrom: backup.generation, at: now().toISOString() });
        return backup.value;
      }
      const value = kind.defaults();
      missing.push({ file, value });
      return value;
    }
    const recovered = await recoverDocument({ dir, relativePath: file, kind, now: now(), useDefaults: true, codec });
    notices.push(recovered.notice);
    return recovered.value as T;
  }

  const settings = await settle(SETTINGS_FILE, settingsFile, kinds.settings);
  const participants = await settle(PARTICIPANTS_FILE, participantsFile, kinds.participants);

  const workshops = new Map<string, Workshop>();
  const newerWorkshops = new Set<string>();
  for (const [id, inspection] of workshopFiles) {
    const file = workshopRelativePath(id);
    if (inspection.state === 'valid') {
      if (inspection.migratedFrom !== undefined) migrated.push({ file, value: inspection.value });
      workshops.set(id, inspection.value);
    } else if (inspection.state === 'newer') {
      newerWorkshops.add(id);
      notices.push({ id: randomUUID(), code: 'newer-than-app', file, at: now().toISOString() });
    } else if (inspection.state === 'damaged') {
      const recovered = await recoverDocument({
        dir,
        relativePath: file,
        kind: kinds.workshop,
        now: now(),
        useDefaults: false,
        check: workshopIdCheck(id),
        codec,
      });
      notices.push(recovered.notice);
      if (recovered.value) workshops.set(id, recovered.value);
    }
  }

  const imported = await loadImportedModules(dir, now(), codec);
  notices.push(...imported.notices);

  // The generation made here holds the files as they were before migrating: the old files are kept.
  if (migrated.length > 0) await createGeneration(dir, now());
  for (const { file, value } of [...migrated, ...missing]) {
    await writeJsonFile(absolutePath(dir, file), value, codec, file);
  }

  try {
    await ensureDailyGeneration(dir, now());
    await pruneGenerations(dir);
  } catch {
    // A backup that cannot be made (e.g. a full disk) must not lock the user out of their data,
    // but they must know their safety net is missing.
    notices.push({ id: randomUUID(), code: 'backup-failed', file: BACKUPS_DIR, at: now().toISOString() });
  }

  return { settings, participants, workshops, newerWorkshops, modules: imported.modules, notices };
}

/**
 * Refuses to go on when protected files exist and not one of them opens: the key belongs to other
 * data, and recovering each file from backups would only set the real data aside.
 */
function refuseForeignKey(dir: string, inspections: readonly Inspection<unknown>[]): void {
  const present = inspections.filter((inspection) => inspection.state !== 'missing');
  if (present.length > 0 && present.every((inspection) => inspection.state === 'damaged' && inspection.unopened)) {
    throw new ForeignKeyError(dir);
  }
}

/** Makes a newly created data folder's own entry (and its subfolders') durable. */
async function fsyncNewFolder(dir: string): Promise<void> {
  await fsyncDirectory(dir);
  // The parent may not be readable by us (e.g. a shared drive root); the data folder itself is what matters.
  await fsyncDirectory(dirname(dir)).catch(() => undefined);
}

/** Opens (creating if needed) a data folder and takes its single-writer lock. */
export async function openDataDir(options: OpenDataDirOptions, internals: StorageInternals = {}): Promise<DataStore> {
  const now = options.now ?? (() => new Date());
  const codec = options.codec ?? plainFiles;
  const kinds: DocumentKinds = { ...defaultKinds, ...internals.kinds };
  const dir = resolve(options.dir);
  let key: string;
  try {
    const created = await mkdir(join(dir, WORKSHOPS_DIR), { recursive: true, mode: DIR_MODE });
    await mkdir(join(dir, BACKUPS_DIR), { recursive: true, mode: DIR_MODE });
    await mkdir(join(dir, CURRICULA_DIR), { recursive: true, mode: DIR_MODE });
    if (created !== undefined) await fsyncNewFolder(dir);
    key = await realpath(dir);
  } catch (error) {
    throw openFailure(dir, error);
  }

  const lock = await acquireLock(dir, key, now()).catch((error: unknown) => {
    throw error instanceof DataDirInUseError ? error : openFailure(dir, error);
  });
  let loaded: Loaded;
  try {
    loaded = await load(dir, kinds, now, codec);
  } catch (error) {
    await lock.release();
    if (error instanceof ProtectedWithoutKeyError || error instanceof ForeignKeyError) throw error;
    throw openFailure(dir, error);
  }

  let closed = false;
  let closing: Promise<void> | undefined;
  const assertOpen = (file: string) => {
    if (closed) throw new AppFailure('storage', `Could not save ${file}: the data folder is closed.`);
  };

  const documentFor = <T>(file: string, kind: DocumentKind<T>, initial: T): DocumentStore<T> =>
    createDocumentStore({ file, adapter: new DurableJsonFile<T>(join(dir, file), codec, file), kind, initial, assertOpen });
  const settings = documentFor(SETTINGS_FILE, kinds.settings, loaded.settings);
  const participants = documentFor(PARTICIPANTS_FILE, kinds.participants, loaded.participants);
  const workshops = createWorkshopStore({
    dir,
    kind: kinds.workshop,
    initial: loaded.workshops,
    newer: loaded.newerWorkshops,
    assertOpen,
    codec,
  });
  const curricula = createCurriculumStore({ dir, initial: loaded.modules, assertOpen, codec });
  let notices = loaded.notices;

  return {
    dir,
    settings: { get: settings.get, update: settings.update },
    participants: { get: participants.get, update: participants.update },
    workshops: { list: workshops.list, get: workshops.get, save: workshops.save, update: workshops.update, remove: workshops.remove },
    curricula: { list: curricula.list, add: curricula.add, remove: curricula.remove },
    notices: () => notices.map((notice) => ({ ...notice })),
    dismissNotice: (id) => {
      notices = notices.filter((notice) => notice.id !== id);
    },
    close: () => {
      closed = true;
      closing ??= (async () => {
        await Promise.all([settings.idle(), participants.idle(), workshops.idle(), curricula.idle()]);
        await lock.release();
      })();
      return closing;
    },
  };
}
