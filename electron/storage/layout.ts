import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** File and folder names inside a data folder (DESIGN.md, "Storage: a workshop is a file"). */
export const SETTINGS_FILE = 'settings.json';
export const PARTICIPANTS_FILE = 'participants.json';
export const WORKSHOPS_DIR = 'workshops';
export const BACKUPS_DIR = 'backups';
/** Modules the user imported, as validated copies of their files. */
export const CURRICULA_DIR = 'curricula';
export const LOCK_FILE = 'lock';
/** Digests of the workshops (workshopIndex.ts): made from the files, so never backed up or bundled. */
export const INDEX_DIR = 'index';
/** The digests of the workshops that are not archived: all that opening the data and Today read. */
export const ACTIVE_INDEX_FILE = `${INDEX_DIR}/active.json`;
/** The digests of archived workshops, read when a list or report first asks for them. */
export const ARCHIVED_INDEX_FILE = `${INDEX_DIR}/archived.json`;
/** Module snapshots, one file per content (moduleSnapshots.ts): workshops name theirs by hash. */
export const MODULES_DIR = 'modules';

const snapshotFilePattern = /^([0-9a-f]{64})\.json$/;

/** The hash a file in `modules/` is named by, or undefined for any other file. */
export function snapshotHashOf(fileName: string): string | undefined {
  return snapshotFilePattern.exec(fileName)?.[1];
}

/** `modules/<sha256>.json`: the snapshot of the module whose canonical JSON hashes to `hash`. */
export function snapshotRelativePath(hash: string): string {
  return `${MODULES_DIR}/${hash}.json`;
}

const workshopFilePattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;

/** The id of the workshop a file in `workshops/` holds, or undefined for any other file. */
export function workshopIdOf(fileName: string): string | undefined {
  return workshopFilePattern.exec(fileName)?.[1];
}

/** True for ids that are safe to use as a file name (record ids are UUIDs). */
export function isWorkshopId(id: string): boolean {
  return workshopIdOf(`${id}.json`) === id;
}

const moduleFilePattern = /^m-[0-9a-f]{32}\.yaml$/;
/** How module files were named before: `<id>@<version>.yaml`, which said which curricula are used. */
const namedModuleFilePattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)@([1-9][0-9]{0,8})\.yaml$/;

/**
 * `m-<hash>.yaml`: the name of an imported module's file in `curricula/`, a hash of its id and
 * version, so a listing of the folder (or of a backup) does not say which curricula are used.
 */
export function moduleFileName(id: string, version: number): string {
  return `m-${createHash('sha256').update(`facilitator module file\0${id}@${version}`).digest('hex').slice(0, 32)}.yaml`;
}

/** True for a module file in `curricula/`, named by hash or still by `<id>@<version>`. */
export function isModuleFileName(fileName: string): boolean {
  return moduleFilePattern.test(fileName) || namedModuleFilePattern.test(fileName);
}

/** True when `fileName` is a name the module `id`@`version` may be stored under. */
export function isModuleFileFor(fileName: string, id: string, version: number): boolean {
  if (fileName === moduleFileName(id, version)) return true;
  const named = namedModuleFilePattern.exec(fileName);
  return named?.[1] === id && Number(named[2]) === version;
}

/** True for a module file still named by `<id>@<version>` (renamed by hash when the data opens). */
export function isNamedModuleFile(fileName: string): boolean {
  return namedModuleFilePattern.test(fileName);
}

export function moduleRelativePath(id: string, version: number): string {
  return `${CURRICULA_DIR}/${moduleFileName(id, version)}`;
}

/** Path of a workshop file relative to the data folder, with forward slashes (as shown in notices). */
export function workshopRelativePath(id: string): string {
  return `${WORKSHOPS_DIR}/${id}.json`;
}

export function absolutePath(dir: string, relativePath: string): string {
  return join(dir, ...relativePath.split('/'));
}

/** A time stamp usable in a file name that sorts by time: 2025-01-31T09-05-00-000Z. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const fileTimestampPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

export function parseFileTimestamp(text: string): Date | undefined {
  const match = fileTimestampPattern.exec(text);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, millis] = match;
  const date = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
