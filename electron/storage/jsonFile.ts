import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durableFile';
import { errnoCode } from './errors';

export type JsonRead =
  | { state: 'missing' }
  | { state: 'parsed'; value: unknown }
  | { state: 'unparsable'; reason: string };

export function serializeJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function parseJson(text: string): JsonRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { state: 'unparsable', reason: 'the file is empty' };
  try {
    return { state: 'parsed', value: JSON.parse(body) as unknown };
  } catch {
    return { state: 'unparsable', reason: 'the file is not valid JSON (it may be cut short)' };
  }
}

/** Reads a JSON file. A missing file is not an error; a drive error (EIO, EACCES…) is thrown. */
export async function readJsonFile(path: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  return parseJson(text);
}

export class UnparsableFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnparsableFileError';
  }
}

/**
 * lowdb adapter with the durability contract lowdb's own JSONFile (steno) lacks:
 * unique temp file, fsync, rename, fsync of the folder. Validation is the repository's job.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    const result = await readJsonFile(this.path);
    if (result.state === 'missing') return null;
    if (result.state === 'unparsable') throw new UnparsableFileError(this.path, result.reason);
    return result.value as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, serializeJson(data));
  }
}
