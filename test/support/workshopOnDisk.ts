import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workshop } from '../../core/domain/workshop';
import { plainFiles } from '../../electron/storage/protection/codec';
import { applyChanges, decodeJournal } from '../../electron/storage/workshopJournal';

/**
 * A plain workshop as it is on disk: its file with its journal's records replayed, as the next
 * open reads it (a change is on disk once its record is, before the journal is folded).
 */
export async function workshopOnDisk(dir: string, id: string): Promise<Workshop> {
  const file = JSON.parse(await readFile(join(dir, 'workshops', `${id}.json`), 'utf8')) as Workshop;
  const journal = await readFile(join(dir, 'workshops', `${id}.journal`)).catch(() => Buffer.alloc(0));
  const read = decodeJournal(journal, `workshops/${id}.journal`, plainFiles);
  if (read.state !== 'records') throw new Error(`The journal of workshop ${id} does not read back: ${read.reason}`);
  return read.records.reduce((state, record) => applyChanges(state, record.changes), file as unknown) as Workshop;
}
