/**
 * A workshop's append-only journal, `workshops/<id>.journal`: each change to a workshop appends one
 * record (what changed, found by a reference-equality walk from the old state to the new; immutable
 * updates share unchanged subtrees, so the walk only descends where something changed) and fsyncs
 * once. The journal is folded into the workshop file (a durable rewrite, then the journal removed)
 * on close, when idle, past a size, and before anything copies the files (backups,
 * restore); at open, it is replayed onto its workshop file and folded.
 *
 * A record is `[length: u32 BE][check: 8 bytes][payload]`, the payload being the JSON of
 * `{ seq, changes }`. Plain, `check` is the start of the payload's SHA-256; sealed, the payload is
 * sealed by the FileCodec under `workshops/<id>.journal#<seq>`, so a record opens only in its own
 * journal at its own place (records cannot be reordered or moved between workshops), and `check`
 * is zero. A last record cut short (a cut mid-append) is ignored: it was never reported saved. A
 * whole record that fails its check or seal, or breaks the sequence, means the journal was changed:
 * none of it is applied, and it is set aside (renamed, kept) with a notice.
 *
 * Replaying a journal onto a workshop file that already holds its records (a cut between the fold's
 * rewrite and the journal's removal) changes nothing: each change sets a value at a path.
 */
import { createHash, randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import type { Notice } from '../../core/domain/notices';
import type { Workshop } from '../../core/domain/workshop';
import { FILE_MODE, fsyncDirectory } from './durableFile';
import { errnoCode } from './errors';
import type { StorageFileHandle, StorageFileSystem } from './fs/fileSystem';
import { writeJsonFile } from './jsonFile';
import { absolutePath, fileTimestamp, WORKSHOPS_DIR, workshopRelativePath } from './layout';
import type { FileCodec } from './protection/codec';

const HEADER_BYTES = 12;
/** When a journal is folded besides on close and before a backup. */
export interface FoldRule {
  /** Past this size, at once: replay at open stays short. */
  afterBytes: number;
  /** When its workshop has gone this long without a change. */
  whenIdleMs: number;
}

export const defaultFoldRule: FoldRule = { afterBytes: 256 * 1024, whenIdleMs: 30_000 };

type Path = (string | number)[];
/** One change: the value at `path` set to `value`, or removed (`remove`). */
export type JournalChange = { path: Path; value: unknown } | { path: Path; remove: true };

export interface JournalRecord {
  seq: number;
  changes: JournalChange[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The changes that turn `before` into `after`, descending only where references differ. */
export function diffOf(before: unknown, after: unknown, path: Path = []): JournalChange[] {
  if (before === after) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const changes: JournalChange[] = [];
    for (const key of Object.keys(before)) if (!(key in after)) changes.push({ path: [...path, key], remove: true });
    for (const [key, value] of Object.entries(after)) {
      if (value === undefined) continue;
      changes.push(...(key in before ? diffOf(before[key], value, [...path, key]) : [{ path: [...path, key], value }]));
    }
    return changes;
  }
  // A list that grew (a mark, an audit entry) records only what changed and what was added.
  if (Array.isArray(before) && Array.isArray(after) && before.length <= after.length) {
    return after.flatMap((value, index) => (index < before.length ? diffOf(before[index], value, [...path, index]) : [{ path: [...path, index], value }]));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, value: after }];
}

/** Applies changes to a plain JSON value in place (a freshly parsed copy), returning the result. */
export function applyChanges(target: unknown, changes: readonly JournalChange[]): unknown {
  let root = target;
  for (const change of changes) {
    if (change.path.length === 0) {
      if (!('remove' in change)) root = structuredClone(change.value);
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const key of change.path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = change.path[change.path.length - 1] as string | number;
    if ('remove' in change) delete parent[last];
    else parent[last] = structuredClone(change.value);
  }
  return root;
}

function checkOf(payload: Uint8Array): Buffer {
  return createHash('sha256').update(payload).digest().subarray(0, 8);
}

const recordName = (relativePath: string, seq: number) => `${relativePath}#${seq}`;

export function encodeRecord(record: JournalRecord, relativePath: string, codec: FileCodec): Buffer {
  const plain = Buffer.from(JSON.stringify(record), 'utf8');
  const payload = codec.sealed ? Buffer.from(codec.seal(recordName(relativePath, record.seq), plain)) : plain;
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(payload.length, 0);
  if (!codec.sealed) checkOf(payload).copy(header, 4);
  return Buffer.concat([header, payload]);
}

export type JournalRead = { state: 'records'; records: JournalRecord[]; tornBytes: number } | { state: 'changed'; reason: string };

/** The whole records of a journal, in order; a last record cut short is left out. */
export function decodeJournal(bytes: Buffer, relativePath: string, codec: FileCodec): JournalRead {
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes.length - offset < HEADER_BYTES) break;
    const length = bytes.readUInt32BE(offset);
    const start = offset + HEADER_BYTES;
    if (bytes.length - start < length) break;
    const payload = bytes.subarray(start, start + length);
    const seq = records.length + 1;
    let plain: Uint8Array;
    try {
      if (codec.sealed) plain = codec.open(recordName(relativePath, seq), payload);
      else if (checkOf(payload).equals(bytes.subarray(offset + 4, offset + HEADER_BYTES))) plain = payload;
      else return { state: 'changed', reason: `record ${seq} does not match its check` };
    } catch {
      return { state: 'changed', reason: `record ${seq} does not open (changed, moved or reordered)` };
    }
    let record: unknown;
    try {
      record = JSON.parse(Buffer.from(plain).toString('utf8'));
    } catch {
      return { state: 'changed', reason: `record ${seq} is not valid JSON` };
    }
    if (!isPlainObject(record) || record.seq !== seq || !Array.isArray(record.changes)) return { state: 'changed', reason: `record ${seq} is out of sequence` };
    records.push(record as unknown as JournalRecord);
    offset = start + length;
  }
  return { state: 'records', records, tornBytes: bytes.length - offset };
}

/** The journal of one workshop, open for appending. */
export interface WorkshopJournal {
  /** Appends one record and fsyncs it: resolves once the change is on disk. */
  append(changes: JournalChange[]): Promise<void>;
  /** Bytes written since the last fold. */
  readonly size: number;
  /** A failed append could not be cut off again: the next change folds instead of appending after it. */
  readonly broken: boolean;
  /**
   * Removes the journal once its records are folded into the workshop file. Not fsynced: a journal
   * a cut brings back is replayed onto the folded file, which changes nothing, and the next
   * record's new journal makes the removal durable with its own folder fsync.
   */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens `path` for appending, taking up after `records` whole records of `bytes` bytes (a torn
 * tail beyond them is cut off first). The first append to a journal that did not exist also
 * fsyncs the folder, so the new file's entry survives a cut.
 */
export async function openJournal(options: {
  fs: StorageFileSystem;
  path: string;
  relativePath: string;
  codec: FileCodec;
  records: number;
  bytes: number;
}): Promise<WorkshopJournal> {
  const { fs, path, relativePath, codec } = options;
  let handle: StorageFileHandle | undefined;
  let seq = options.records;
  let size = options.bytes;
  let entryDurable = true;
  let broken = false;

  async function opened(): Promise<StorageFileHandle> {
    if (handle) return handle;
    const created = await fs.stat(path).then(
      () => false,
      (error: unknown) => {
        if (errnoCode(error) === 'ENOENT') return true;
        throw error;
      },
    );
    handle = await fs.open(path, 'a', FILE_MODE);
    if ((await handle.stat()).size !== size) await handle.truncate(size);
    entryDurable = !created;
    return handle;
  }

  return {
    get size() {
      return size;
    },
    get broken() {
      return broken;
    },
    async append(changes) {
      const file = await opened();
      const bytes = encodeRecord({ seq: seq + 1, changes }, relativePath, codec);
      try {
        await file.write(bytes);
        await file.sync();
        if (!entryDurable) {
          await fsyncDirectory(fs, dirname(path));
          entryDurable = true;
        }
      } catch (error) {
        // What may have reached the file is cut off again, so the next record follows a whole one.
        await file.truncate(size).catch(() => {
          broken = true;
        });
        throw error;
      }
      seq += 1;
      size += bytes.length;
    },
    async clear() {
      if (size === 0 && !broken) return;
      await handle?.close();
      handle = undefined;
      await fs.unlink(path).catch((error: unknown) => {
        if (errnoCode(error) !== 'ENOENT') throw error;
      });
      seq = 0;
      size = 0;
      broken = false;
    },
    async close() {
      await handle?.close();
      handle = undefined;
    },
  };
}

export function journalPathOf(workshopFile: string): string {
  return workshopFile.replace(/\.json$/, '.journal');
}

export function isJournalName(name: string): boolean {
  return name.endsWith('.journal');
}

/**
 * The workshop files and their journals, for the workshop store: a new workshop is written whole,
 * a change to one is a journal record. Callers run one workshop's calls one at a time.
 */
export interface WorkshopFiles {
  /** Resolves once `after` is on disk: 'appended' to the journal (the workshop file is as it was), or 'rewritten' whole. */
  write(id: string, before: Workshop | undefined, after: Workshop): Promise<'appended' | 'rewritten'>;
  /** Rewrites the workshop file with `state` durably and removes its journal. */
  fold(id: string, state: Workshop): Promise<void>;
  /** Workshops whose journal holds records. */
  unfolded(): string[];
  remove(id: string): Promise<void>;
  close(): Promise<void>;
}

export function createWorkshopFiles(options: {
  fs: StorageFileSystem;
  dir: string;
  codec: FileCodec;
  /** What the workshop's file holds for a state (its module named by snapshot, written first). */
  encode: (state: Workshop) => Promise<unknown>;
  /** Called when a workshop has been idle a while with records in its journal. */
  onIdle: (id: string) => void;
  /** Asked before each append: false when no journal may be made now (the change is then written whole). */
  mayMakeJournals: () => Promise<boolean>;
  foldRule: FoldRule;
}): WorkshopFiles {
  const { fs, dir, codec, foldRule } = options;
  const journals = new Map<string, WorkshopJournal>();
  const idleTimers = new Map<string, ReturnType<typeof setTimeout>>();

  const fileOf = (id: string) => workshopRelativePath(id);
  const journalOf = (id: string) => journalPathOf(fileOf(id));

  async function journalFor(id: string): Promise<WorkshopJournal> {
    let journal = journals.get(id);
    if (!journal) {
      journal = await openJournal({ fs, path: absolutePath(dir, journalOf(id)), relativePath: journalOf(id), codec, records: 0, bytes: 0 });
      journals.set(id, journal);
    }
    return journal;
  }

  function stopTimer(id: string): void {
    clearTimeout(idleTimers.get(id));
    idleTimers.delete(id);
  }

  async function fold(id: string, state: Workshop): Promise<void> {
    stopTimer(id);
    await writeJsonFile(fs, absolutePath(dir, fileOf(id)), await options.encode(state), codec, fileOf(id));
    await journals.get(id)?.clear();
  }

  return {
    async write(id, before, after) {
      if (before === undefined) {
        await fold(id, after);
        return 'rewritten';
      }
      const journal = await journalFor(id);
      if (journal.broken || !(await options.mayMakeJournals())) {
        await fold(id, after);
        return 'rewritten';
      }
      await journal.append(diffOf(before, after));
      if (journal.size > foldRule.afterBytes) {
        await fold(id, after);
        return 'rewritten';
      }
      stopTimer(id);
      const timer = setTimeout(() => options.onIdle(id), foldRule.whenIdleMs);
      timer.unref?.();
      idleTimers.set(id, timer);
      return 'appended';
    },
    fold,
    unfolded: () => [...journals].filter(([, journal]) => journal.size > 0 || journal.broken).map(([id]) => id),
    async remove(id) {
      stopTimer(id);
      await journals.get(id)?.close();
      journals.delete(id);
      // The workshop file first: a journal left alone by a cut is removed at the next open.
      for (const file of [fileOf(id), journalOf(id)]) {
        await fs.unlink(absolutePath(dir, file)).catch((error: unknown) => {
          if (errnoCode(error) !== 'ENOENT') throw error;
        });
      }
      await fsyncDirectory(fs, absolutePath(dir, WORKSHOPS_DIR));
    },
    async close() {
      for (const id of idleTimers.keys()) stopTimer(id);
      for (const journal of journals.values()) await journal.close();
      journals.clear();
    },
  };
}

/** How a workshop file was found at open, for replaying its journal onto it. */
export type WorkshopFileState = { state: 'valid'; value: Workshop } | { state: 'missing' } | { state: 'newer' } | { state: 'damaged' };

export interface JournalReplay {
  notices: Notice[];
  /** Workshops whose journal was set aside: their file holds less than the index may say. */
  setAside: Set<string>;
  /** Workshops whose file is damaged: their journal is to be set aside once the file is known to be ours (see setJournalAside). */
  damaged: string[];
}

/** Renames a journal out of the way (kept whole) and returns the notice saying so. */
export async function setJournalAside(fs: StorageFileSystem, dir: string, id: string, now: Date): Promise<Notice> {
  const file = workshopRelativePath(id);
  const journalFile = journalPathOf(file);
  const movedTo = `${journalFile}.set-aside-${fileTimestamp(now)}`;
  await fs.rename(absolutePath(dir, journalFile), absolutePath(dir, movedTo));
  await fsyncDirectory(fs, absolutePath(dir, WORKSHOPS_DIR));
  return { id: randomUUID(), code: 'journal-set-aside', file, movedTo, at: now.toISOString() };
}

/**
 * At open, before the index is checked: replays each workshop's journal onto its own file (read
 * alone, through `readFile`), folds it (a durable rewrite, then the journal removed), and returns the
 * notices. A journal that was changed (a record that fails its check or seal), or whose records do
 * not make a valid workshop, is set aside whole; one whose workshop was deleted is removed; one of a
 * workshop written by a newer app version is left as it is; one whose file is damaged is left for
 * the caller to set aside (its diffs must not go onto an older state recovered from a backup).
 */
export async function replayJournals(options: {
  fs: StorageFileSystem;
  dir: string;
  codec: FileCodec;
  schema: { safeParse(value: unknown): { success: true; data: Workshop } | { success: false } };
  readFile: (id: string) => Promise<WorkshopFileState>;
  /** What the workshop's file holds for a state (its module named by snapshot, written first). */
  encode: (state: Workshop) => Promise<unknown>;
  now: Date;
}): Promise<JournalReplay> {
  const { fs, dir, codec } = options;
  const replay: JournalReplay = { notices: [], setAside: new Set(), damaged: [] };
  for (const name of await fs.readdir(absolutePath(dir, WORKSHOPS_DIR))) {
    if (!isJournalName(name)) continue;
    const id = name.slice(0, -'.journal'.length);
    const file = workshopRelativePath(id);
    const journalFile = journalPathOf(file);
    const path = absolutePath(dir, journalFile);
    const bytes = await fs.readFile(path);
    if (bytes.length === 0) continue;
    const current = await options.readFile(id);
    if (current.state === 'missing') {
      await fs.unlink(path); // its workshop was deleted
      continue;
    }
    if (current.state === 'newer') continue; // a newer app's workshop: its journal is its own
    if (current.state === 'damaged') {
      replay.damaged.push(id);
      continue;
    }
    const read = decodeJournal(bytes, journalFile, codec);
    let replayed: Workshop | undefined;
    if (read.state === 'records') {
      const applied = read.records.reduce((state, record) => applyChanges(state, record.changes), structuredClone(current.value) as unknown);
      const parsed = options.schema.safeParse(applied);
      if (parsed.success && parsed.data.id === id) replayed = parsed.data;
    }
    if (replayed === undefined) {
      replay.notices.push(await setJournalAside(fs, dir, id, options.now));
      replay.setAside.add(id);
      continue;
    }
    await writeJsonFile(fs, absolutePath(dir, file), await options.encode(replayed), codec, file);
    await fs.unlink(path); // not fsynced, like a fold's (see WorkshopJournal.clear)
  }
  return replay;
}
