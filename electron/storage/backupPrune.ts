/**
 * Purged records (and erased full names) taken out of the backups too. A retention purge keeps its safety generation whole
 * (the purge can be undone from it) until that expires; every other generation, here and in the
 * second folder, loses the purged workshops and participants at once, and the safety generation
 * loses them once it expires. What is still to do is kept in the settings, so it survives a restart
 * and an unplugged second folder.
 */
import { join } from 'node:path';
import { GENERATION_INFO_FILE, listGenerationsIn, listNames } from './backups';
import { fsyncDirectory } from './durableFile';
import { errnoCode } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { decodeStoredJson, writeJsonFile } from './jsonFile';
import type { PendingPrune } from '../../core/domain/settings';
import { PARTICIPANTS_FILE, WORKSHOPS_DIR, workshopIdOf } from './layout';
import type { FileCodec } from './protection/codec';
import { secondBackupsFolder, secondFolderProblem } from './secondFolder';

/** How long a purge's safety generation keeps the purged records, so a purge made by mistake can be undone. */
export const PURGE_SAFETY_DAYS = 7;

export function safetyKeptUntil(madeAt: Date): Date {
  return new Date(madeAt.getTime() + PURGE_SAFETY_DAYS * 24 * 60 * 60 * 1000);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Takes the records out of one generation (a file at a time, each durably). Running it again changes nothing. */
async function pruneGeneration(fs: StorageFileSystem, folder: string, prune: PendingPrune, codec: FileCodec): Promise<void> {
  const workshops = new Set(prune.workshopIds);
  const doomed = (await listNames(fs, join(folder, WORKSHOPS_DIR))).filter((name) => workshops.has(workshopIdOf(name) ?? ''));
  for (const name of doomed) await fs.unlink(join(folder, WORKSHOPS_DIR, name));
  if (doomed.length > 0) await fsyncDirectory(fs, join(folder, WORKSHOPS_DIR));

  const participants = new Set(prune.participantIds);
  let removed = 0;
  try {
    const read = decodeStoredJson(PARTICIPANTS_FILE, await fs.readFile(join(folder, PARTICIPANTS_FILE)), codec);
    if (read.state === 'parsed' && isRecord(read.value) && Array.isArray(read.value.participants)) {
      const kept = read.value.participants.filter((participant) => !(isRecord(participant) && participants.has(String(participant.id))));
      removed = read.value.participants.length - kept.length;
      const named = prune.fullNames === true && kept.some((participant) => isRecord(participant) && participant.fullName !== undefined);
      const written = named ? kept.map((participant) => (isRecord(participant) ? withoutFullName(participant) : participant)) : kept;
      // What the registry noted of them (codes another computer gave them and this one did not take) goes too.
      const notes = Array.isArray(read.value.codeClashes)
        ? { codeClashes: read.value.codeClashes.filter((clash) => !(isRecord(clash) && participants.has(String(clash.participantId)))) }
        : {};
      if (removed > 0 || named)
        await writeJsonFile(fs, join(folder, PARTICIPANTS_FILE), { ...read.value, participants: written, ...notes }, codec, PARTICIPANTS_FILE);
    }
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error;
  }
  if (doomed.length > 0 || removed > 0) await recount(fs, folder, doomed.length, removed, codec);
}

function withoutFullName(participant: Record<string, unknown>): Record<string, unknown> {
  const { fullName: _erased, ...rest } = participant;
  return rest;
}

/** Keeps a generation's recorded counts true to what it now holds. */
async function recount(fs: StorageFileSystem, folder: string, workshops: number, participants: number, codec: FileCodec): Promise<void> {
  let info: unknown;
  try {
    const stored = await fs.readFile(join(folder, GENERATION_INFO_FILE));
    info = JSON.parse(Buffer.from(codec.sealed ? codec.open(GENERATION_INFO_FILE, stored) : stored).toString('utf8'));
  } catch {
    return;
  }
  if (!isRecord(info) || !isRecord(info.counts)) return;
  const counts = info.counts as Record<string, unknown>;
  const less = (value: unknown, by: number) => (typeof value === 'number' ? Math.max(0, value - by) : value);
  const updated = { ...info, counts: { ...counts, workshops: less(counts.workshops, workshops), participants: less(counts.participants, participants) } };
  await writeJsonFile(fs, join(folder, GENERATION_INFO_FILE), updated, codec, GENERATION_INFO_FILE);
}

/**
 * Prunes the records of each pending purge from the generations in the data folder's backups and
 * in the second folder. Returns the purges still pending: those whose safety generation has not
 * expired yet, or whose second folder could not be reached.
 */
export async function runPendingPrunes(options: {
  fs: StorageFileSystem;
  backupsFolder: string;
  secondFolder: string | undefined;
  pending: readonly PendingPrune[];
  now: Date;
  codec: FileCodec;
}): Promise<PendingPrune[]> {
  const { fs, pending, now, codec } = options;
  if (pending.length === 0) return [];
  const folders = [options.backupsFolder];
  const secondReachable = options.secondFolder !== undefined && (await secondFolderProblem(options.secondFolder, fs)) === undefined;
  if (options.secondFolder !== undefined && secondReachable) folders.push(secondBackupsFolder(options.secondFolder));
  const left: PendingPrune[] = [];
  for (const prune of pending) {
    const expired = now.getTime() >= Date.parse(prune.keptUntil);
    for (const folder of folders) {
      for (const name of await listGenerationsIn(fs, folder)) {
        if (name === prune.safety && !expired) continue;
        await pruneGeneration(fs, join(folder, name), prune, codec);
      }
    }
    if (!expired || (options.secondFolder !== undefined && !secondReachable)) left.push(prune);
  }
  return left;
}
