import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../../core/domain/curriculum/importing';
import { workshopSchema, type Workshop } from '../../core/domain/workshop';
import { plainFiles } from '../../electron/storage/protection/codec';
import { applyChanges, decodeJournal } from '../../electron/storage/workshopJournal';

/**
 * A plain workshop file's content with its module put back from the snapshot it names
 * (`modules/<sha256>.json`), after checking that the snapshot's content hashes to its name.
 */
async function withSnapshotModule(dir: string, stored: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { moduleSnapshot, ...rest } = stored;
  if (typeof moduleSnapshot !== 'string') throw new Error(`workshop ${String(stored.id)} names no module snapshot`);
  const snapshot = JSON.parse(await readFile(join(dir, 'modules', `${moduleSnapshot}.json`), 'utf8')) as { module: unknown };
  const hash = createHash('sha256').update(canonicalJson(snapshot.module)).digest('hex');
  if (hash !== moduleSnapshot) throw new Error(`modules/${moduleSnapshot}.json holds a module hashing to ${hash}`);
  return { ...rest, module: snapshot.module };
}

async function readPlainJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

/** A plain workshop file (its journal folded) read back as the app holds it: its module from the snapshot it names. */
export async function readStoredWorkshop(dir: string, id: string): Promise<Workshop> {
  return workshopSchema.parse(await withSnapshotModule(dir, await readPlainJson(join(dir, 'workshops', `${id}.json`))));
}

/**
 * A plain workshop as it is on disk: its file with its journal's records replayed, as the next
 * open reads it (a change is on disk once its record is, before the journal is folded), and its
 * module from the snapshot the file names.
 */
export async function workshopOnDisk(dir: string, id: string): Promise<Workshop> {
  const file = await withSnapshotModule(dir, await readPlainJson(join(dir, 'workshops', `${id}.json`)));
  const journal = await readFile(join(dir, 'workshops', `${id}.journal`)).catch(() => Buffer.alloc(0));
  const read = decodeJournal(journal, `workshops/${id}.journal`, plainFiles);
  if (read.state !== 'records') throw new Error(`The journal of workshop ${id} does not read back: ${read.reason}`);
  return read.records.reduce((state, record) => applyChanges(state, record.changes), file as unknown) as Workshop;
}
