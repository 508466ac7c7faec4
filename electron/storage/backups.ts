import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DIR_MODE, fsyncDirectory, removeStaleTemps, writeNewFile } from './durableFile';
import { errnoCode } from './errors';
import { BACKUPS_DIR, CURRICULA_DIR, fileTimestamp, moduleFileKey, parseFileTimestamp, PARTICIPANTS_FILE, SETTINGS_FILE, WORKSHOPS_DIR, workshopIdOf } from './layout';

export const GENERATIONS_TO_KEEP = 14;

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

async function listNames(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** Backup generations in `<dir>/backups`, oldest first. */
export async function listGenerations(dir: string): Promise<string[]> {
  const names = await listNames(join(dir, BACKUPS_DIR));
  return names.filter((name) => generationDate(name) !== undefined).sort(compareGenerations);
}

export async function removeStaleGenerationTemps(dir: string): Promise<void> {
  await removeStaleTemps(join(dir, BACKUPS_DIR));
}

/** The data files a generation copies, relative to the data folder. */
async function dataFiles(dir: string): Promise<string[]> {
  const top = new Set(await listNames(dir));
  const files = [SETTINGS_FILE, PARTICIPANTS_FILE].filter((name) => top.has(name));
  const workshops = (await listNames(join(dir, WORKSHOPS_DIR))).filter((name) => workshopIdOf(name) !== undefined).sort();
  const modules = (await listNames(join(dir, CURRICULA_DIR))).filter((name) => moduleFileKey(name) !== undefined).sort();
  return [...files, ...workshops.map((name) => `${WORKSHOPS_DIR}/${name}`), ...modules.map((name) => `${CURRICULA_DIR}/${name}`)];
}

async function copyInto(source: string, target: string): Promise<void> {
  await writeNewFile(target, await readFile(source));
}

/** Runs `task` over `items` with at most `limit` at a time, so fsyncs of many small files overlap. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
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
 * Copies settings, participants, every workshop and every imported module into a new generation. The copy is built in a
 * hidden temp folder, fsynced, then renamed into place, so a generation is either complete or absent.
 */
export async function createGeneration(dir: string, now: Date): Promise<string> {
  const backupsDir = join(dir, BACKUPS_DIR);
  await mkdir(backupsDir, { recursive: true, mode: DIR_MODE });
  const existing = new Set(await listNames(backupsDir));
  const base = fileTimestamp(now);
  let name = base;
  for (let n = 1; existing.has(name); n += 1) name = `${base}-${n}`;

  const temp = join(backupsDir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(join(temp, WORKSHOPS_DIR), { recursive: true, mode: DIR_MODE });
    await mkdir(join(temp, CURRICULA_DIR), { recursive: true, mode: DIR_MODE });
    const files = await dataFiles(dir);
    await forEachLimited(files, 16, (file) => copyInto(join(dir, ...file.split('/')), join(temp, ...file.split('/'))));
    await fsyncDirectory(join(temp, WORKSHOPS_DIR));
    await fsyncDirectory(join(temp, CURRICULA_DIR));
    await fsyncDirectory(temp);
    await rename(temp, join(backupsDir, name));
    await fsyncDirectory(backupsDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  return name;
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Makes today's generation unless one exists. Returns its name, or undefined if there already was one. */
export async function ensureDailyGeneration(dir: string, now: Date): Promise<string | undefined> {
  const generations = await listGenerations(dir);
  if (generations.some((name) => sameLocalDay(generationDate(name) as Date, now))) return undefined;
  return createGeneration(dir, now);
}

/** Deletes all but the newest `keep` generations. Returns the names deleted. */
export async function pruneGenerations(dir: string, keep = GENERATIONS_TO_KEEP): Promise<string[]> {
  const generations = await listGenerations(dir);
  const old = generations.slice(0, Math.max(0, generations.length - keep));
  for (const name of old) {
    // Renamed to a temp name first so that a crash never leaves half a generation under a valid name.
    const doomed = join(dir, BACKUPS_DIR, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    await rename(join(dir, BACKUPS_DIR, name), doomed);
    await rm(doomed, { recursive: true, force: true });
  }
  if (old.length > 0) await fsyncDirectory(join(dir, BACKUPS_DIR));
  return old;
}
