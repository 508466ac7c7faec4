import { join } from 'node:path';

/** File and folder names inside a data folder (DESIGN.md, "Storage: a workshop is a file"). */
export const SETTINGS_FILE = 'settings.json';
export const PARTICIPANTS_FILE = 'participants.json';
export const WORKSHOPS_DIR = 'workshops';
export const BACKUPS_DIR = 'backups';
/** Modules the user imported, as validated copies of their files. */
export const CURRICULA_DIR = 'curricula';
export const LOCK_FILE = 'lock';

const workshopFilePattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;

/** The id of the workshop a file in `workshops/` holds, or undefined for any other file. */
export function workshopIdOf(fileName: string): string | undefined {
  return workshopFilePattern.exec(fileName)?.[1];
}

/** True for ids that are safe to use as a file name (record ids are UUIDs). */
export function isWorkshopId(id: string): boolean {
  return workshopIdOf(`${id}.json`) === id;
}

const moduleFilePattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)@([1-9][0-9]{0,8})\.yaml$/;

/** `<id>@<version>.yaml`: the name of an imported module's file in `curricula/`. */
export function moduleFileName(id: string, version: number): string {
  return `${id}@${version}.yaml`;
}

/** The module id and version a file in `curricula/` holds, or undefined for any other file. */
export function moduleFileKey(fileName: string): { id: string; version: number } | undefined {
  const match = moduleFilePattern.exec(fileName);
  return match?.[1] && match[2] ? { id: match[1], version: Number(match[2]) } : undefined;
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
