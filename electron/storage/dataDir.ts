import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Notice } from '../../core/domain/notices';
import type { BackupReason, GenerationRef } from '../../core/domain/backups';
import type { ParticipantsFile } from '../../core/domain/participants';
import { defaultSettings, type Settings } from '../../core/domain/settings';
import type { Workshop } from '../../core/domain/workshop';
import { createGeneration, ensureDailyGeneration, listGenerationsIn, pruneGenerations, removeStaleGenerationTemps, systemTimeZone } from './backups';
import { secondBackupsFolder, secondFolderProblem } from './secondFolder';
import { copyToSecondFolder, generationFolder, listBackupSets, secondCopyNotice, withNotice, type PreviewCache } from './backupSets';
import { createCurriculumStore, loadImportedModules, renameModuleFilesIn } from './curricula';
import { createDocumentStore, type DocumentStore } from './documentStore';
import { DIR_MODE, fsyncDirectory, removeStaleTemps } from './durableFile';
import {
  DataDirInUseError,
  ForeignKeyError,
  newerVersionFailure,
  notFound,
  openFailure,
  ProtectedWithoutKeyError,
  readFailure,
  backupFailure,
  StorageError,
} from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';
import { countData, generationFiles, generationReader } from './generationReader';
import { DurableJsonFile, readJsonFile, writeJsonFile } from './jsonFile';
import { plainFiles, SealedWithoutKey, type FileCodec } from './protection/codec';
import { hubConnectionFile, hubMembershipFile } from './hubMembership';
import { sealCopiesIn } from './protection/reseal';
import { runPendingPrunes } from './backupPrune';
import type { PendingPrune } from '../../core/domain/settings';
import { decodeDocument, defaultKinds, type Decoded, type DocumentKind, type DocumentKinds } from './kinds';
import { createModuleSnapshots, SnapshotUnavailable, type ModuleSnapshots } from './moduleSnapshots';
import { decodeWorkshop, storedWorkshop, workshopBackupFormat } from './storedWorkshop';
import {
  absolutePath,
  BACKUPS_DIR,
  CURRICULA_DIR,
  INDEX_DIR,
  MODULES_DIR,
  PARTICIPANTS_FILE,
  SETTINGS_FILE,
  WORKSHOPS_DIR,
  workshopIdOf,
  workshopRelativePath,
} from './layout';
import { acquireLock, removeLockDebris } from './lock';
import { findGoodBackup, recoverDocument } from './recovery';
import { SerialQueue } from './queue';
import { checkGeneration, replaceDataFiles } from './restore';
import type { DataStore, OpenDataDirOptions, StoredModule } from './types';
import { createWorkshopStore, workshopIdCheck } from './workshops';
import { digestOf } from '../../core/domain/workshopDigest';
import {
  createWorkshopIndex,
  fileRevision,
  folderRevision,
  indexStateOf,
  readActivePart,
  readArchivedPart,
  writeIndex,
  type ActivePart,
  type IndexEntry,
  type IndexState,
} from './workshopIndex';
import { replayJournals, setJournalAside, type FoldRule, type JournalReplay } from './workshopJournal';

/** Test seams. Not part of the app's API. */
export interface StorageInternals {
  /** Replace a kind's version, schema or migration table, e.g. to test a migration that does not exist yet. */
  kinds?: Partial<DocumentKinds>;
  /** When workshop journals are folded, e.g. at once or after a few milliseconds idle. */
  foldRule?: FoldRule;
}

type Inspection<T> =
  { state: 'missing' } | { state: 'valid'; value: T; migratedFrom?: number } | { state: 'newer'; version: number } | { state: 'damaged'; unopened?: boolean };

/** Reads and judges one workshop file (with the module its snapshot holds) without changing anything on disk. */
function inspectWorkshop(fs: StorageFileSystem, dir: string, id: string, kind: DocumentKind<Workshop>, codec: FileCodec, snapshots: ModuleSnapshots) {
  const check = workshopIdCheck(id);
  return inspect(fs, dir, workshopRelativePath(id), kind, codec, check, (raw) => decodeWorkshop(raw, kind, snapshots, check));
}

/** Reads and judges one file without changing anything on disk. */
async function inspect<T>(
  fs: StorageFileSystem,
  dir: string,
  relativePath: string,
  kind: DocumentKind<T>,
  codec: FileCodec,
  check?: (value: T) => string | undefined,
  decode: (raw: unknown) => Decoded<T> | Promise<Decoded<T>> = (raw) => decodeDocument(kind, raw, check),
): Promise<Inspection<T>> {
  let read;
  try {
    read = await readJsonFile(fs, absolutePath(dir, relativePath), codec, relativePath);
  } catch (error) {
    if (error instanceof SealedWithoutKey) throw new ProtectedWithoutKeyError(dir);
    throw readFailure(relativePath, error);
  }
  if (read.state === 'missing') return { state: 'missing' };
  if (read.state === 'unparsable') return { state: 'damaged', unopened: read.unopened === true };
  let decoded;
  try {
    decoded = await decode(read.value);
  } catch (error) {
    // A workshop naming a module snapshot that is missing or damaged (and in no backup) is never given another module.
    if (error instanceof SnapshotUnavailable) return { state: 'damaged' };
    throw readFailure(relativePath, error);
  }
  if (decoded.status === 'invalid') return { state: 'damaged' };
  if (decoded.status === 'newer') return { state: 'newer', version: decoded.version };
  return decoded.migratedFrom === undefined
    ? { state: 'valid', value: decoded.value }
    : { state: 'valid', value: decoded.value, migratedFrom: decoded.migratedFrom };
}

interface Loaded {
  settings: Settings;
  participants: ParticipantsFile;
  index: IndexState;
  /** The index on disk says no journal was left (see workshopIndex.ts). */
  indexClean: boolean;
  modules: StoredModule[];
  notices: Notice[];
}

/** The index as it was written (its active part, `active`), if it is in step with the workshops folder and this app version. */
async function freshIndex(fs: StorageFileSystem, dir: string, active: ActivePart | undefined, workshopVersion: number): Promise<IndexState | undefined> {
  if (active === undefined || active.workshopVersion !== workshopVersion || active.folder === null) return undefined;
  if (active.folder !== (await folderRevision(fs, dir).catch(() => undefined))) return undefined;
  // A file changed in place (not by the app, which always renames a new file over it) leaves the
  // folder as it was: the few workshops not archived are checked one by one, the archive when read.
  for (const entry of active.entries) {
    if (entry.revision !== (await fileRevision(fs, dir, workshopRelativePath(entry.digest.id)).catch(() => undefined))) return undefined;
  }
  return {
    active: new Map(active.entries.map((entry) => [entry.digest.id, entry])),
    archived: undefined,
    archivedStamp: active.archivedStamp,
    archivedTally: active.archivedTally,
    newer: new Map(active.newer.map((entry) => [entry.id, entry.revision])),
  };
}

interface WorkshopScan {
  /** Files read because the index did not describe them as they are now. */
  inspections: Map<string, Inspection<Workshop>>;
  /** Entries of the old index whose file has not changed since. */
  reused: Map<string, IndexEntry>;
}

/**
 * Reads the workshop files the old index (if any) does not describe as they are, and keeps its
 * entries for the files that have not changed: a stale index costs only the files that changed.
 * The files of `changed` are read whatever the index says (their journal was set aside at open).
 */
async function scanWorkshops(
  fs: StorageFileSystem,
  dir: string,
  kinds: DocumentKinds,
  codec: FileCodec,
  snapshots: ModuleSnapshots,
  skip: ReadonlySet<string> = new Set(),
  changed: ReadonlySet<string> = new Set(),
): Promise<WorkshopScan> {
  const known = new Map<string, IndexEntry>();
  const active = await readActivePart(fs, dir, codec);
  if (active?.workshopVersion === kinds.workshop.version) {
    const archived = await readArchivedPart(fs, dir, codec);
    for (const entry of [...active.entries, ...(archived?.entries ?? [])]) known.set(entry.digest.id, entry);
  }
  const ids = (await fs.readdir(join(dir, WORKSHOPS_DIR)))
    .map(workshopIdOf)
    .filter((id): id is string => id !== undefined && !skip.has(id))
    .sort();
  const inspections = new Map<string, Inspection<Workshop>>();
  const reused = new Map<string, IndexEntry>();
  for (const id of ids) {
    const file = workshopRelativePath(id);
    const entry = known.get(id);
    if (entry !== undefined && !changed.has(id) && entry.revision === (await fileRevision(fs, dir, file).catch(() => undefined))) reused.set(id, entry);
    else inspections.set(id, await inspectWorkshop(fs, dir, id, kinds.workshop, codec, snapshots));
  }
  return { inspections, reused };
}

/** Makes the index again from the workshops just read and the entries kept, and writes it. */
async function rebuiltIndex(
  fs: StorageFileSystem,
  dir: string,
  codec: FileCodec,
  workshopVersion: number,
  from: { read: ReadonlyMap<string, Workshop>; reused: ReadonlyMap<string, IndexEntry>; newer: ReadonlySet<string> },
): Promise<{ state: IndexState; written: boolean }> {
  const entries: IndexEntry[] = [...from.reused.values()];
  for (const [id, workshop] of from.read) entries.push({ revision: await fileRevision(fs, dir, workshopRelativePath(id)), digest: digestOf(workshop) });
  const newer = new Map<string, string>();
  for (const id of from.newer) newer.set(id, await fileRevision(fs, dir, workshopRelativePath(id)));
  const state = indexStateOf(entries, newer);
  // Made at open, after every journal was replayed or set aside: clean.
  const written = await writeIndex({ fs, dir, codec, workshopVersion, state, archived: state.archived, folderSettled: true, clean: true }).then(
    () => true,
    // A workshop still saved safely when the index cannot be written: it is made again at the next open.
    () => false,
  );
  return { state, written };
}

/**
 * Open-time sequence: judge every file first (so a file from a newer app version stops us before we
 * change anything), then recover damaged files, back up and migrate old ones, create missing ones,
 * and finally make today's backup generation.
 */
async function load(
  fs: StorageFileSystem,
  dir: string,
  kinds: DocumentKinds,
  now: () => Date,
  codec: FileCodec,
  timeZone: string,
  snapshots: ModuleSnapshots,
): Promise<Loaded> {
  await removeStaleTemps(fs, dir);
  await removeLockDebris(fs, dir);
  // An index that is in step with the folder and was left clean: no journal or temp file in workshops/ to look for.
  const recorded = await readActivePart(fs, dir, codec);
  const cleanIndex = recorded?.clean === true ? await freshIndex(fs, dir, recorded, kinds.workshop.version) : undefined;
  if (!cleanIndex) await removeStaleTemps(fs, join(dir, WORKSHOPS_DIR));
  await removeStaleTemps(fs, join(dir, CURRICULA_DIR));
  await removeStaleTemps(fs, join(dir, MODULES_DIR));
  await removeStaleGenerationTemps(fs, dir);
  /** What a workshop's file holds: its module named by snapshot, the snapshot stored first. */
  const encodeWorkshop = (workshop: Workshop) => storedWorkshop(workshop, snapshots);

  const settingsFile = await inspect(fs, dir, SETTINGS_FILE, kinds.settings, codec);
  const participantsFile = await inspect(fs, dir, PARTICIPANTS_FILE, kinds.participants, codec);
  for (const [file, inspection, kind] of [
    [SETTINGS_FILE, settingsFile, kinds.settings],
    [PARTICIPANTS_FILE, participantsFile, kinds.participants],
  ] as const) {
    if (inspection.state === 'newer') throw newerVersionFailure(file, inspection.version, kind.version);
  }

  // Changes made since a workshop's journal was last folded (the app closed without folding it, or a cut),
  // each replayed onto its own file: the index check below then sees those files changed.
  const replay: JournalReplay = cleanIndex
    ? { notices: [], setAside: new Set(), damaged: [] }
    : await replayJournals({
        fs,
        dir,
        codec,
        schema: kinds.workshop.schema,
        readFile: async (id) => {
          const inspection = await inspectWorkshop(fs, dir, id, kinds.workshop, codec, snapshots);
          return inspection.state === 'valid' ? { state: 'valid', value: inspection.value } : { state: inspection.state };
        },
        encode: encodeWorkshop,
        now: now(),
      });

  // The index, when it is in step with the workshops folder, stands in for reading every workshop file.
  const fresh = cleanIndex ?? (await freshIndex(fs, dir, recorded, kinds.workshop.version));
  const scan = fresh ? undefined : await scanWorkshops(fs, dir, kinds, codec, snapshots, new Set(), replay.setAside);
  refuseForeignKey(dir, [
    settingsFile,
    participantsFile,
    ...(scan?.inspections.values() ?? []),
    ...(scan?.reused.size ? [{ state: 'valid', value: undefined } as const] : []),
  ]);

  const notices: Notice[] = [...replay.notices];
  // A damaged workshop file is recovered from a backup below: its journal's changes must not go onto that older state.
  for (const id of replay.damaged) notices.push(await setJournalAside(fs, dir, id, now()));
  /** Files to write in the current version (`encode`: what a workshop's file holds, its snapshot stored first). */
  const migrated: Array<{ file: string; value: unknown; encode?: (value: Workshop) => Promise<unknown> }> = [];
  const missing: typeof migrated = [];

  async function settle<T>(file: string, inspection: Inspection<T>, kind: DocumentKind<T>): Promise<T> {
    if (inspection.state === 'valid') {
      if (inspection.migratedFrom !== undefined) migrated.push({ file, value: inspection.value });
      return inspection.value;
    }
    if (inspection.state === 'missing') {
      // A fresh folder has no backups. A missing file that backups hold was deleted, or lost in a crash
      // between moving a damaged file aside and restoring it: restore it rather than start empty.
      const backup = await findGoodBackup(fs, dir, file, kind, codec);
      if (backup) {
        await writeJsonFile(fs, absolutePath(dir, file), backup.value, codec, file);
        notices.push({ id: randomUUID(), code: 'recovered-from-backup', file, restoredFrom: backup.generation, at: now().toISOString() });
        return backup.value;
      }
      const value = kind.defaults();
      missing.push({ file, value });
      return value;
    }
    const recovered = await recoverDocument({ fs, dir, relativePath: file, kind, now: now(), useDefaults: true, codec });
    notices.push(recovered.notice);
    return recovered.value as T;
  }

  const settings = await settle(SETTINGS_FILE, settingsFile, kinds.settings);
  const participants = await settle(PARTICIPANTS_FILE, participantsFile, kinds.participants);

  const workshops = new Map<string, Workshop>();
  const newerWorkshops = new Set<string>();
  for (const [id, inspection] of scan?.inspections ?? []) {
    const file = workshopRelativePath(id);
    if (inspection.state === 'valid') {
      if (inspection.migratedFrom !== undefined) migrated.push({ file, value: inspection.value, encode: encodeWorkshop });
      workshops.set(id, inspection.value);
    } else if (inspection.state === 'newer') {
      newerWorkshops.add(id);
      notices.push({ id: randomUUID(), code: 'newer-than-app', file, at: now().toISOString() });
    } else if (inspection.state === 'damaged') {
      const recovered = await recoverDocument({
        fs,
        dir,
        relativePath: file,
        kind: kinds.workshop,
        now: now(),
        useDefaults: false,
        check: workshopIdCheck(id),
        codec,
        format: workshopBackupFormat({ fs, codec, kind: kinds.workshop, snapshots, check: workshopIdCheck(id) }),
      });
      notices.push(recovered.notice);
      if (recovered.value) workshops.set(id, recovered.value);
    }
  }

  const imported = await loadImportedModules(fs, dir, now(), codec);
  notices.push(...imported.notices);

  // The generation made here holds the files as they were before migrating: the old files are kept.
  const made: string[] = [];
  const digests = fresh
    ? [...fresh.active.values()].map((entry) => entry.digest)
    : [...workshops.values(), ...[...(scan?.reused.values() ?? [])].map((entry) => entry.digest)];
  const counts = countData({ participants, workshops: digests, modules: imported.modules.length, ...(fresh && { unread: fresh.archivedTally }) });
  if (migrated.length > 0) made.push(await createGeneration(fs, dir, now(), { reason: 'migration', counts }, codec));
  for (const { file, value, encode } of [...migrated, ...missing]) {
    await writeJsonFile(fs, absolutePath(dir, file), encode ? await encode(value as Workshop) : value, codec, file);
  }
  const rebuilt = fresh
    ? undefined
    : await rebuiltIndex(fs, dir, codec, kinds.workshop.version, { read: workshops, reused: scan?.reused ?? new Map(), newer: newerWorkshops });

  try {
    const daily = await ensureDailyGeneration(fs, dir, now(), timeZone, counts, codec);
    if (daily !== undefined) made.push(daily);
    await pruneGenerations(fs, dir, now(), timeZone);
  } catch {
    // A backup that cannot be made (e.g. a full disk) must not lock the user out of their data,
    // but they must know their safety net is missing.
    notices.push({ id: randomUUID(), code: 'backup-failed', file: BACKUPS_DIR, at: now().toISOString() });
  }
  const copied = await copyToSecondFolder({ fs, dir, names: made, secondFolder: settings.backups.secondFolder, now: now(), timeZone });
  const copyNotice = secondCopyNotice(copied, now());
  if (copyNotice) notices.push(copyNotice);

  const index = fresh ?? rebuilt!.state;
  const indexClean = cleanIndex !== undefined || rebuilt?.written === true;
  return { settings, participants, index, indexClean, modules: imported.modules, notices };
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

/**
 * Makes a newly created data folder's own entry durable. Its subfolders' entries need no fsync of
 * their own: the first file the open writes (settings.json, durably) fsyncs the data folder, and
 * subfolders lost to a cut before that held nothing and are made again (the power-loss test,
 * test/unit/storage/powerLoss, checks both).
 */
async function fsyncNewFolder(fs: StorageFileSystem, dir: string): Promise<void> {
  // The parent may not be readable by us (e.g. a shared drive root); the data folder itself is what matters.
  await fsyncDirectory(fs, dirname(dir)).catch(() => undefined);
}

/** Opens (creating if needed) a data folder and takes its single-writer lock. */
export async function openDataDir(options: OpenDataDirOptions, internals: StorageInternals = {}): Promise<DataStore> {
  const now = options.now ?? (() => new Date());
  const codec = options.codec ?? plainFiles;
  const timeZone = options.timeZone ?? systemTimeZone();
  const { language } = options;
  const settings = language ? { ...defaultKinds.settings, defaults: () => defaultSettings(language) } : defaultKinds.settings;
  const kinds: DocumentKinds = { ...defaultKinds, settings, ...internals.kinds };
  const fs = options.fileSystem ?? nodeFileSystem;
  const dir = resolve(options.dir);
  let key: string;
  try {
    const created = await fs.mkdir(join(dir, WORKSHOPS_DIR), { recursive: true, mode: DIR_MODE });
    await fs.mkdir(join(dir, BACKUPS_DIR), { recursive: true, mode: DIR_MODE });
    await fs.mkdir(join(dir, CURRICULA_DIR), { recursive: true, mode: DIR_MODE });
    // Made here, before the first durable write fsyncs the data folder: an index folder made later could be lost to a cut.
    await fs.mkdir(join(dir, INDEX_DIR), { recursive: true, mode: DIR_MODE });
    const modulesCreated = await fs.mkdir(join(dir, MODULES_DIR), { recursive: true, mode: DIR_MODE });
    if (created !== undefined) await fsyncNewFolder(fs, dir);
    // A folder from before module snapshots: the new folder's entry must be durable before a snapshot
    // in it is, as a workshop naming that snapshot may be written before anything else fsyncs the data folder.
    else if (modulesCreated !== undefined) await fsyncDirectory(fs, dir);
    key = await fs.realpath(dir);
  } catch (error) {
    throw openFailure(dir, error);
  }

  const lock = await acquireLock(fs, dir, key, now()).catch((error: unknown) => {
    throw error instanceof DataDirInUseError ? error : openFailure(dir, error);
  });
  /** What the user must be told; a snapshot taken from a backup (at open or later) adds one. */
  let notices: Notice[] = [];
  const snapshots = createModuleSnapshots({
    fs,
    dir,
    codec,
    now,
    onRecovered: (notice) => {
      notices = withNotice(notices, notice);
    },
  });
  let loaded: Loaded;
  try {
    loaded = await load(fs, dir, kinds, now, codec, timeZone, snapshots);
  } catch (error) {
    await lock.release();
    if (error instanceof ProtectedWithoutKeyError || error instanceof ForeignKeyError) throw error;
    throw openFailure(dir, error);
  }

  let closed = false;
  let closing: Promise<void> | undefined;
  /** Why saves are refused for now (while a restore replaces the files), if they are. */
  let paused: 'saving-paused-restoring' | 'saving-paused-restart' | undefined;
  const assertOpen = (file: string) => {
    if (closed) throw new StorageError('closed', { code: 'data-closed', params: { file } }, { path: file });
    if (paused !== undefined) throw new StorageError('busy', { code: paused, params: { file } }, { path: file });
  };

  const documentFor = <T>(file: string, kind: DocumentKind<T>, initial: T): DocumentStore<T> =>
    createDocumentStore({ file, adapter: new DurableJsonFile<T>(fs, join(dir, file), codec, file), kind, initial, assertOpen });
  const writes = { underWay: 0 };
  const indexFor = (state: IndexState, writtenClean: boolean) =>
    createWorkshopIndex({
      fs,
      dir,
      codec,
      workshopVersion: kinds.workshop.version,
      state,
      writtenClean,
      writesUnderWay: () => writes.underWay,
      rebuildArchived: async (active, newer) => {
        const scan = await scanWorkshops(fs, dir, kinds, codec, snapshots, new Set([...active, ...newer]));
        const entries = new Map<string, IndexEntry>(scan.reused);
        for (const [id, inspection] of scan.inspections) {
          // A damaged file is left to the recovery of the next open (the index then cannot be in step).
          if (inspection.state === 'valid')
            entries.set(id, { revision: await fileRevision(fs, dir, workshopRelativePath(id)), digest: digestOf(inspection.value) });
        }
        return new Map([...entries].filter(([, entry]) => entry.digest.archivedAt !== undefined));
      },
    });
  /** The in-memory state over the files; made again from disk after a restore. */
  const storesFor = (from: Loaded) => ({
    settings: documentFor(SETTINGS_FILE, kinds.settings, from.settings),
    participants: documentFor(PARTICIPANTS_FILE, kinds.participants, from.participants),
    workshops: createWorkshopStore({
      fs,
      dir,
      kind: kinds.workshop,
      index: indexFor(from.index, from.indexClean),
      assertOpen,
      codec,
      snapshots,
      writes,
      ...(internals.foldRule ? { foldRule: internals.foldRule } : {}),
    }),
    curricula: createCurriculumStore({ fs, dir, initial: from.modules, assertOpen, codec }),
  });
  let stores = storesFor(loaded);
  const idle = async () => {
    const { settings, participants, workshops, curricula } = stores;
    await Promise.all([settings.idle(), participants.idle(), workshops.idle(), curricula.idle()]);
  };
  notices = [...loaded.notices, ...notices];

  // Backups and restores run one at a time.
  const backupQueue = new SerialQueue();
  const previews: PreviewCache = new Map();
  const reader = generationReader(codec, fs);
  const secondFolder = () => stores.settings.get().backups.secondFolder;

  /**
   * Seals the plain copies in `folder` (by default the one remembered in settings) when it can be
   * reached; otherwise remembers it durably and warns with a notice until it is done.
   */
  async function sealSecondFolderCopies(folder = stores.settings.get().backups.unsealedCopiesIn): Promise<void> {
    if (!codec.sealed || folder === undefined) return;
    const remembered = () => stores.settings.get().backups.unsealedCopiesIn;
    if (await sealCopiesIn(fs, folder, codec)) {
      if (remembered() === folder) {
        await stores.settings.update((current) => {
          const { unsealedCopiesIn: _sealed, ...backups } = current.backups;
          return { ...current, backups };
        });
      }
      notices = notices.filter((notice) => !(notice.code === 'backup-copies-unsealed' && notice.file === folder));
      return;
    }
    if (remembered() !== folder) await stores.settings.update((current) => ({ ...current, backups: { ...current.backups, unsealedCopiesIn: folder } }));
    notices = withNotice(notices, { id: randomUUID(), code: 'backup-copies-unsealed', file: folder, at: now().toISOString() });
  }

  /** Adds `prune` (if given) to the purges still to take out of backups, durably, then does what can be done now. */
  async function pruneFromBackups(prune?: PendingPrune): Promise<PendingPrune[]> {
    const pending = [...(stores.settings.get().backups.pendingPrunes ?? []), ...(prune ? [prune] : [])];
    if (pending.length === 0) return [];
    const save = (pendingPrunes: PendingPrune[]) =>
      stores.settings.update((current) => {
        const { pendingPrunes: _done, ...backups } = current.backups;
        return { ...current, backups: pendingPrunes.length > 0 ? { ...backups, pendingPrunes } : backups };
      });
    if (prune) await save(pending);
    const left = await runPendingPrunes({ fs, backupsFolder: join(dir, BACKUPS_DIR), secondFolder: secondFolder(), pending, now: now(), codec });
    previews.clear();
    if (left.length !== pending.length) await save(left);
    return left;
  }

  async function renameModuleFilesInBackups(): Promise<void> {
    const folders = [join(dir, BACKUPS_DIR)];
    const second = secondFolder();
    if (second !== undefined && (await secondFolderProblem(second, fs)) === undefined) folders.push(secondBackupsFolder(second));
    for (const folder of folders) {
      for (const name of await listGenerationsIn(fs, folder)) await renameModuleFilesIn(fs, join(folder, name), codec);
    }
  }

  async function makeBackup(reason: BackupReason) {
    // A drive plugged back in since protection was turned on: its old copies are sealed first.
    await sealSecondFolderCopies().catch(() => undefined);
    // Purged records whose safety generation has expired since, or whose second folder is back.
    await pruneFromBackups().catch(() => undefined);
    // Backups made when module files were named by id and version: renamed by hash like the data folder's.
    await renameModuleFilesInBackups().catch(() => undefined);
    let name: string;
    try {
      // A backup copies the files: each workshop's journal is folded into its file first.
      await stores.workshops.foldAll();
      const counts = countData({
        participants: stores.participants.get(),
        workshops: await stores.workshops.summaries('all'),
        modules: stores.curricula.list().length,
      });
      name = await createGeneration(fs, dir, now(), { reason, counts }, codec);
    } catch (error) {
      throw backupFailure(error);
    }
    // The backup is made: pruning old ones can wait for the next backup if it fails now.
    await pruneGenerations(fs, dir, now(), timeZone).catch(() => undefined);
    const secondCopy = await copyToSecondFolder({ fs, dir, names: [name], secondFolder: secondFolder(), now: now(), timeZone });
    notices = withNotice(notices, secondCopyNotice(secondCopy, now()));
    await pruneFromBackups().catch(() => undefined);
    return { name, secondCopy };
  }

  /** Restores a generation; a drive still holding plain copies stays remembered, whatever the restored settings say. */
  async function restoreBackup(ref: GenerationRef) {
    const { unsealedCopiesIn } = stores.settings.get().backups;
    const restored = await restoreGeneration(ref);
    if (unsealedCopiesIn !== undefined && stores.settings.get().backups.unsealedCopiesIn === undefined) {
      await sealSecondFolderCopies(unsealedCopiesIn);
    }
    return restored;
  }

  async function restoreGeneration(ref: GenerationRef) {
    const folder = generationFolder(dir, secondFolder(), ref);
    if (folder === undefined) throw notFound({ code: 'no-second-folder' });
    const files = await checkGeneration(folder, kinds, reader);
    const restoring = 'saving-paused-restoring' as const;
    paused = restoring;
    try {
      await idle();
      const safety = await makeBackup('restore');
      // Journals folded and closed, the index written as the files are now: nothing of the old state is written after the restore.
      await stores.workshops.close();
      try {
        await replaceDataFiles(fs, dir, folder, files);
      } catch (error) {
        // Stopped half-way (e.g. a full disk): put the files back as they were, so disk and memory agree again.
        const before = join(dir, BACKUPS_DIR, safety.name);
        try {
          await replaceDataFiles(fs, dir, before, await generationFiles(fs, before));
        } catch {
          paused = 'saving-paused-restart';
          throw new StorageError('restore-stuck', { code: 'restore-stuck', params: { backup: safety.name } });
        }
        throw error;
      }
      let reloaded: Loaded;
      try {
        reloaded = await load(fs, dir, kinds, now, codec, timeZone, snapshots);
      } catch (error) {
        // The files on disk are the restored ones but memory holds the old: saving now would mix them.
        paused = 'saving-paused-restart';
        throw openFailure(dir, error);
      }
      stores = storesFor(reloaded);
      for (const notice of reloaded.notices) notices = withNotice(notices, notice);
      return { safety: safety.name };
    } finally {
      if (paused === restoring) paused = undefined;
    }
  }

  // A second folder left with plain copies when protection was turned on: sealed now if it is back.
  await sealSecondFolderCopies().catch(() => undefined);
  // Purged records whose safety generation has expired since, or whose second folder is back.
  await pruneFromBackups().catch(() => undefined);
  // Backups made when module files were named by id and version: renamed by hash like the data folder's.
  await renameModuleFilesInBackups().catch(() => undefined);

  return {
    dir,
    sealed: codec.sealed,
    hubMembership: hubMembershipFile({ dir, codec, fileSystem: fs, assertOpen }),
    hubConnection: hubConnectionFile({ dir, codec, fileSystem: fs, assertOpen }),
    settings: { get: () => stores.settings.get(), update: (change) => stores.settings.update(change) },
    participants: { get: () => stores.participants.get(), update: (change) => stores.participants.update(change) },
    workshops: {
      summaries: (scope) => stores.workshops.summaries(scope),
      get: (id) => stores.workshops.get(id),
      save: (workshop) => stores.workshops.save(workshop),
      update: (id, change) => stores.workshops.update(id, change),
      remove: (id) => stores.workshops.remove(id),
    },
    curricula: {
      list: () => stores.curricula.list(),
      add: (module, text) => stores.curricula.add(module, text),
      remove: (id) => stores.curricula.remove(id),
    },
    notices: () => notices.map((notice) => ({ ...notice })),
    dismissNotice: (id) => {
      notices = notices.filter((notice) => notice.id !== id);
    },
    backupNow: async (reason) => {
      assertOpen(BACKUPS_DIR);
      return backupQueue.run(() => makeBackup(reason));
    },
    listBackups: () => listBackupSets({ dir, secondFolder: secondFolder(), reader, cache: previews }),
    sealSecondFolderCopies: (folder) => backupQueue.run(() => sealSecondFolderCopies(folder)),
    pruneFromBackups: (prune) => backupQueue.run(() => pruneFromBackups(prune)),
    restoreBackup: async (ref) => {
      assertOpen(BACKUPS_DIR);
      return backupQueue.run(() => restoreBackup(ref));
    },
    isOpen: () => !closed,
    close: () => {
      closed = true;
      closing ??= (async () => {
        await backupQueue.idle();
        await idle();
        await stores.workshops.close();
        await lock.release();
      })();
      return closing;
    },
  };
}
