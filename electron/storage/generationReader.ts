import { join } from 'node:path';
import { backupReasons, type BackupReason } from '../../core/domain/backups';
import { codeSetAtOf, type ParticipantsFile } from '../../core/domain/participants';
import type { Workshop } from '../../core/domain/workshop';
import { GENERATION_INFO_FILE, listNames, type GenerationCounts } from './backups';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';
import { decodeStoredJson } from './jsonFile';
import { isSealed, plainFiles, SealedWithoutKey, type FileCodec } from './protection/codec';
import { CURRICULA_DIR, isModuleFileName, MODULES_DIR, PARTICIPANTS_FILE, SETTINGS_FILE, snapshotHashOf, WORKSHOPS_DIR, workshopIdOf } from './layout';

/**
 * How the files of a generation are read. Generations hold the data files' bytes exactly as they
 * are on disk (sealed, when protection is on), and mirror the data folder's layout, so a file is
 * opened with the data folder's codec under the same relative path.
 */
export interface GenerationReader {
  /** The file system the generations are read from. */
  readonly fs: StorageFileSystem;
  /** The parsed JSON of a data file. Throws (with a reason a person can read) when it cannot be read or parsed. */
  readDocument(folder: string, relativePath: string): Promise<unknown>;
  /** The plain bytes of an imported module file (YAML). */
  readModule(folder: string, relativePath: string): Promise<Uint8Array>;
  /** Opens a file that may or may not be sealed (a generation's `about.json`). */
  openAny(relativePath: string, stored: Uint8Array): Uint8Array;
}

function openWith(codec: FileCodec, relativePath: string, stored: Uint8Array): Uint8Array {
  try {
    return codec.open(relativePath, stored);
  } catch (error) {
    if (error instanceof SealedWithoutKey) throw new Error('it is protected, and the data is open without its key');
    throw new Error('it is protected but cannot be opened (changed, cut short, or sealed under another key)');
  }
}

export function generationReader(codec: FileCodec = plainFiles, fs: StorageFileSystem = nodeFileSystem): GenerationReader {
  const pathOf = (folder: string, relativePath: string) => join(folder, ...relativePath.split('/'));
  return {
    fs,
    async readDocument(folder, relativePath) {
      const stored = await fs.readFile(pathOf(folder, relativePath));
      let read;
      try {
        read = decodeStoredJson(relativePath, stored, codec);
      } catch {
        throw new Error('it is protected, and the data is open without its key');
      }
      if (read.state !== 'parsed') throw new Error(read.state === 'missing' ? 'it is missing' : read.reason);
      return read.value;
    },
    async readModule(folder, relativePath) {
      return openWith(codec, relativePath, await fs.readFile(pathOf(folder, relativePath)));
    },
    openAny: (relativePath, stored) => (isSealed(stored) ? openWith(codec, relativePath, stored) : stored),
  };
}

export const plainGenerationReader: GenerationReader = generationReader(plainFiles);

/** The data files a generation holds, relative to it (forward slashes). */
export interface GenerationFiles {
  settings: boolean;
  participants: boolean;
  /** `workshops/<id>.json` */
  workshops: string[];
  /** `curricula/m-<hash>.yaml` (or, made before, `curricula/<id>@<version>.yaml`) */
  modules: string[];
  /** `modules/<sha256>.json`: the module snapshots its workshops name (none in generations made before workshop version 5). */
  snapshots: string[];
}

/** Lists the data files in a generation folder. Other files (and `about.json`) are not data. */
export async function generationFiles(fs: StorageFileSystem, folder: string): Promise<GenerationFiles> {
  const top = new Set(await listNames(fs, folder));
  const workshops = (await listNames(fs, join(folder, WORKSHOPS_DIR))).filter((name) => workshopIdOf(name) !== undefined).sort();
  const modules = (await listNames(fs, join(folder, CURRICULA_DIR))).filter(isModuleFileName).sort();
  const snapshots = (await listNames(fs, join(folder, MODULES_DIR))).filter((name) => snapshotHashOf(name) !== undefined).sort();
  return {
    settings: top.has(SETTINGS_FILE),
    participants: top.has(PARTICIPANTS_FILE),
    workshops: workshops.map((name) => `${WORKSHOPS_DIR}/${name}`),
    modules: modules.map((name) => `${CURRICULA_DIR}/${name}`),
    snapshots: snapshots.map((name) => `${MODULES_DIR}/${name}`),
  };
}

/** Every data file of a generation, relative to it: the snapshots first, before the workshops naming them. */
export function allFiles(files: GenerationFiles): string[] {
  return [
    ...files.snapshots,
    ...(files.settings ? [SETTINGS_FILE] : []),
    ...(files.participants ? [PARTICIPANTS_FILE] : []),
    ...files.workshops,
    ...files.modules,
  ];
}

export interface StoredPreview extends GenerationCounts {
  /** A file of the generation (relative to it) that cannot be read. */
  unreadableFile?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function newer(current: string | undefined, candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || Number.isNaN(Date.parse(candidate))) return current;
  return current === undefined || Date.parse(candidate) > Date.parse(current) ? candidate : current;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function countsFrom(value: unknown): GenerationCounts | undefined {
  if (!isRecord(value) || !isCount(value.workshops) || !isCount(value.participants) || !isCount(value.modules) || typeof value.settings !== 'boolean') {
    return undefined;
  }
  const counts: GenerationCounts = { workshops: value.workshops, participants: value.participants, modules: value.modules, settings: value.settings };
  const newest = newer(undefined, value.newestChange);
  if (newest !== undefined) counts.newestChange = newest;
  return counts;
}

/**
 * Why the generation was made and what it holds, as recorded in it when it was made. Both are
 * absent for generations made before they were recorded (and for one whose record cannot be read).
 */
export async function readGenerationInfo(
  folder: string,
  reader: GenerationReader = plainGenerationReader,
): Promise<{ reason?: BackupReason; counts?: GenerationCounts }> {
  let info: unknown;
  try {
    const stored = reader.openAny(GENERATION_INFO_FILE, await reader.fs.readFile(join(folder, GENERATION_INFO_FILE)));
    info = JSON.parse(Buffer.from(stored).toString('utf8')) as unknown;
  } catch {
    return {};
  }
  if (!isRecord(info)) return {};
  const reason = backupReasons.find((candidate) => candidate === info.reason);
  const counts = countsFrom(info.counts);
  return { ...(reason === undefined ? {} : { reason }), ...(counts === undefined ? {} : { counts }) };
}

/** The counts of a generation made from this data (the app's state at the moment it is copied). */
export function countData(data: {
  participants: ParticipantsFile;
  workshops: Iterable<Pick<Workshop, 'updatedAt'>>;
  modules: number;
  /** Workshops counted without being read (the archived ones the index tallies). */
  unread?: { count: number; newestChange?: string };
}): GenerationCounts {
  const counts: GenerationCounts = {
    workshops: data.unread?.count ?? 0,
    participants: data.participants.participants.length,
    modules: data.modules,
    settings: true,
  };
  let newest: string | undefined = data.unread?.newestChange;
  for (const participant of data.participants.participants) newest = newer(newest, codeSetAtOf(participant));
  for (const workshop of data.workshops) {
    counts.workshops += 1;
    newest = newer(newest, workshop.updatedAt);
  }
  if (newest !== undefined) counts.newestChange = newest;
  return counts;
}

/**
 * Counts what a generation holds by reading each file through `reader`: for generations that do not
 * record their counts. Light on purpose (no schema check): a restore checks every file fully first.
 */
class UnreadableFile extends Error {
  constructor(
    readonly file: string,
    options: ErrorOptions,
  ) {
    super(`${file} cannot be read`, options);
  }
}

export async function previewGeneration(folder: string, reader: GenerationReader = plainGenerationReader): Promise<StoredPreview> {
  const files = await generationFiles(reader.fs, folder);
  const preview: StoredPreview = { workshops: files.workshops.length, participants: 0, modules: files.modules.length, settings: files.settings };
  const read = async (file: string): Promise<unknown> => {
    try {
      return await reader.readDocument(folder, file);
    } catch (error) {
      throw new UnreadableFile(file, { cause: error });
    }
  };
  try {
    if (files.participants) {
      const registry = await read(PARTICIPANTS_FILE);
      const participants = isRecord(registry) && Array.isArray(registry.participants) ? registry.participants : [];
      preview.participants = participants.length;
      for (const participant of participants)
        preview.newestChange = newer(preview.newestChange, isRecord(participant) ? (participant.codeSetAt ?? participant.createdAt) : undefined);
    }
    for (const file of files.workshops) {
      const workshop = await read(file);
      preview.newestChange = newer(preview.newestChange, isRecord(workshop) ? workshop.updatedAt : undefined);
    }
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    preview.unreadableFile = error.file;
  }
  return preview;
}
