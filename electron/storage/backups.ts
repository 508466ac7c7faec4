import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { BackupReason } from '../../core/domain/backups';
import { startOfWeek, type CivilDate } from '../../core/domain/calendar/civil';
import { civilDateIn } from '../../core/domain/calendar/zone';
import { DIR_MODE, fsyncDirectory, removeStaleTemps, writeNewFile } from './durableFile';
import { errnoCode } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { plainFiles, type FileCodec } from './protection/codec';
import {
  BACKUPS_DIR,
  CURRICULA_DIR,
  fileTimestamp,
  isModuleFileName,
  MODULES_DIR,
  parseFileTimestamp,
  snapshotHashOf,
  PARTICIPANTS_FILE,
  SETTINGS_FILE,
  WORKSHOPS_DIR,
  workshopIdOf,
} from './layout';

/** The keeping rule: the newest generation of each of the last 7 days that have one… */
export const DAILY_GENERATIONS = 7;
/** …the newest of each of the 4 ISO weeks with one before those days… */
export const WEEKLY_GENERATIONS = 4;
/** …and every generation of the last 24 hours (those made before an import, a restore or a purge). */
export const RECENT_GENERATIONS_MS = 24 * 60 * 60 * 1000;

/**
 * Beside the data files of a generation: why it was made and what it holds, counted. Names no one,
 * but is sealed like them while the data is protected (dates and counts say how a group is going).
 */
export const GENERATION_INFO_FILE = 'about.json';

/** What a generation holds, counted from the app's state as it is made, so listing backups never reads every file. */
export interface GenerationCounts {
  workshops: number;
  participants: number;
  modules: number;
  settings: boolean;
  /** The newest `updatedAt` of a workshop or `createdAt` of a participant (an ISO instant). */
  newestChange?: string;
}

export interface GenerationInfo {
  reason: BackupReason;
  counts?: GenerationCounts;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A generation is named by the time it was made, plus `-<n>` if that name was taken: names sort by time. */
const generationPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?$/;

export function generationDate(name: string): Date | undefined {
  const match = generationPattern.exec(name);
  return match?.[1] === undefined ? undefined : parseFileTimestamp(match[1]);
}

function compareGenerations(a: string, b: string): number {
  const byTime = (generationDate(a)?.getTime() ?? 0) - (generationDate(b)?.getTime() ?? 0);
  if (byTime !== 0) return byTime;
  const suffix = (name: string) => Number(generationPattern.exec(name)?.[2] ?? 0);
  return suffix(a) - suffix(b);
}

export async function listNames(fs: StorageFileSystem, path: string): Promise<string[]> {
  try {
    return await fs.readdir(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** Backup generations in a folder of generations, oldest first. A missing folder has none. */
export async function listGenerationsIn(fs: StorageFileSystem, folder: string): Promise<string[]> {
  const names = await listNames(fs, folder);
  return names.filter((name) => generationDate(name) !== undefined).sort(compareGenerations);
}

/** Backup generations in `<dir>/backups`, oldest first. */
export async function listGenerations(fs: StorageFileSystem, dir: string): Promise<string[]> {
  return listGenerationsIn(fs, join(dir, BACKUPS_DIR));
}

/**
 * The generations the keeping rule keeps, out of `names` (others, and names that are not
 * generations, are ignored). Days and ISO weeks are those of `timeZone`. Weekly generations are
 * chosen among those older than the oldest daily one, so the two never overlap.
 */
export function generationsToKeep(names: readonly string[], now: Date, timeZone: string = systemTimeZone()): Set<string> {
  const newestFirst = names
    .filter((name) => generationDate(name) !== undefined)
    .sort(compareGenerations)
    .reverse()
    .map((name) => {
      const date = generationDate(name) as Date;
      return { name, date, day: civilDateIn(date, timeZone) };
    });
  const keep = new Set<string>();

  // A generation made moments ago (or dated ahead of a clock that was put back) is never deleted.
  for (const generation of newestFirst) {
    if (generation.date.getTime() > now.getTime() - RECENT_GENERATIONS_MS) keep.add(generation.name);
  }

  const days: CivilDate[] = [];
  for (const generation of newestFirst) {
    if (days.includes(generation.day)) continue;
    if (days.length === DAILY_GENERATIONS) break;
    days.push(generation.day);
    keep.add(generation.name);
  }

  // Only once all daily places are taken is anything older than them.
  const oldestDaily = days.length === DAILY_GENERATIONS ? days[days.length - 1] : undefined;
  if (oldestDaily === undefined) return keep;
  const weeks: CivilDate[] = [];
  for (const generation of newestFirst) {
    if (generation.day >= oldestDaily) continue;
    const week = startOfWeek(generation.day);
    if (weeks.includes(week)) continue;
    if (weeks.length === WEEKLY_GENERATIONS) break;
    weeks.push(week);
    keep.add(generation.name);
  }
  return keep;
}

export async function removeStaleGenerationTemps(fs: StorageFileSystem, dir: string): Promise<void> {
  await removeStaleTemps(fs, join(dir, BACKUPS_DIR));
}

/** The data files a generation copies, relative to the data folder. */
async function dataFiles(fs: StorageFileSystem, dir: string): Promise<string[]> {
  const top = new Set(await listNames(fs, dir));
  const files = [SETTINGS_FILE, PARTICIPANTS_FILE].filter((name) => top.has(name));
  const workshops = (await listNames(fs, join(dir, WORKSHOPS_DIR))).filter((name) => workshopIdOf(name) !== undefined).sort();
  const modules = (await listNames(fs, join(dir, CURRICULA_DIR))).filter(isModuleFileName).sort();
  const snapshots = (await listNames(fs, join(dir, MODULES_DIR))).filter((name) => snapshotHashOf(name) !== undefined).sort();
  return [
    ...files,
    ...workshops.map((name) => `${WORKSHOPS_DIR}/${name}`),
    ...modules.map((name) => `${CURRICULA_DIR}/${name}`),
    ...snapshots.map((name) => `${MODULES_DIR}/${name}`),
  ];
}

async function copyInto(fs: StorageFileSystem, source: string, target: string): Promise<void> {
  await writeNewFile(fs, target, await fs.readFile(source));
}

/** Runs `task` over `items` with at most `limit` at a time, so fsyncs of many small files overlap. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Copies settings, participants, every workshop, every imported module and every module snapshot into a new generation. The copy is built in a
 * hidden temp folder, fsynced, then renamed into place, so a generation is either complete or absent. `info`
 * is written under `codec` (the data files are copied as they are stored).
 */
export async function createGeneration(fs: StorageFileSystem, dir: string, now: Date, info?: GenerationInfo, codec: FileCodec = plainFiles): Promise<string> {
  const backupsDir = join(dir, BACKUPS_DIR);
  await fs.mkdir(backupsDir, { recursive: true, mode: DIR_MODE });
  const existing = new Set(await listNames(fs, backupsDir));
  const base = fileTimestamp(now);
  let name = base;
  for (let n = 1; existing.has(name); n += 1) name = `${base}-${n}`;

  const temp = join(backupsDir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(join(temp, WORKSHOPS_DIR), { recursive: true, mode: DIR_MODE });
    await fs.mkdir(join(temp, CURRICULA_DIR), { recursive: true, mode: DIR_MODE });
    await fs.mkdir(join(temp, MODULES_DIR), { recursive: true, mode: DIR_MODE });
    const files = await dataFiles(fs, dir);
    await forEachLimited(files, 16, (file) => copyInto(fs, join(dir, ...file.split('/')), join(temp, ...file.split('/'))));
    if (info !== undefined)
      await writeNewFile(fs, join(temp, GENERATION_INFO_FILE), codec.seal(GENERATION_INFO_FILE, Buffer.from(`${JSON.stringify(info)}\n`, 'utf8')));
    await fsyncDirectory(fs, join(temp, WORKSHOPS_DIR));
    await fsyncDirectory(fs, join(temp, CURRICULA_DIR));
    await fsyncDirectory(fs, join(temp, MODULES_DIR));
    await fsyncDirectory(fs, temp);
    await fs.rename(temp, join(backupsDir, name));
    await fsyncDirectory(fs, backupsDir);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  return name;
}

/** Makes today's generation (today in `timeZone`) unless one exists. Returns its name, or undefined if there already was one. */
export async function ensureDailyGeneration(
  fs: StorageFileSystem,
  dir: string,
  now: Date,
  timeZone: string = systemTimeZone(),
  counts?: GenerationCounts,
  codec: FileCodec = plainFiles,
): Promise<string | undefined> {
  const generations = await listGenerations(fs, dir);
  const today = civilDateIn(now, timeZone);
  if (generations.some((name) => civilDateIn(generationDate(name) as Date, timeZone) === today)) return undefined;
  return createGeneration(fs, dir, now, counts ? { reason: 'daily', counts } : { reason: 'daily' }, codec);
}

/** Deletes the generations in `folder` the keeping rule does not keep. Returns the names deleted. */
export async function pruneGenerationsIn(fs: StorageFileSystem, folder: string, now: Date, timeZone: string = systemTimeZone()): Promise<string[]> {
  const generations = await listGenerationsIn(fs, folder);
  const keep = generationsToKeep(generations, now, timeZone);
  const old = generations.filter((name) => !keep.has(name));
  for (const name of old) {
    // Renamed to a temp name first so that a crash never leaves half a generation under a valid name.
    const doomed = join(folder, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    await fs.rename(join(folder, name), doomed);
    await fs.rm(doomed, { recursive: true, force: true });
  }
  if (old.length > 0) await fsyncDirectory(fs, folder);
  return old;
}

/** Deletes the generations in `<dir>/backups` the keeping rule does not keep. Returns the names deleted. */
export async function pruneGenerations(fs: StorageFileSystem, dir: string, now: Date, timeZone: string = systemTimeZone()): Promise<string[]> {
  return pruneGenerationsIn(fs, join(dir, BACKUPS_DIR), now, timeZone);
}
