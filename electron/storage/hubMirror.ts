/**
 * The program hub's local mirror: `hub/mirror/<sha256 of the document id>.json`, one file per hub
 * document, holding every leaf revision of it as the hub has it (sealed under the program key, with
 * its revision history) and which of them this laptop has taken in. electron/services/hub/mirror.ts
 * says why it exists; here it is only files.
 *
 * It is a cache of the hub, never a record: nothing in it is readable without the program key, it
 * is not backed up, and a file that is damaged or missing is simply not there (its document comes
 * back from the hub on the next exchange). File names are hashes, so a listing says nothing.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DIR_MODE, removeStaleTemps } from './durableFile';
import { errnoCode } from './errors';
import type { StorageFileSystem } from './fs/fileSystem';
import { nodeFileSystem } from './fs/nodeFileSystem';
import { readJsonFile, writeJsonFile } from './jsonFile';
import { plainFiles, type FileCodec } from './protection/codec';

export const HUB_MIRROR_DIR = 'hub/mirror';
const MIRROR_SCHEMA_VERSION = 1;
const mirrorFilePattern = /^[0-9a-f]{64}\.json$/;

/** One hub document as mirrored: its leaves (each `{ _id, _rev, _revisions, ... }`) and what was taken in. */
export interface MirroredDocument {
  id: string;
  leaves: Record<string, unknown>[];
  /** The leaves (winner and conflicts) last handed over to this laptop's store; absent when none was. */
  taken?: string;
}

export interface HubMirrorStore {
  /** Every mirrored document that reads back whole; `dropped` counts the files that did not. */
  readAll(): Promise<{ documents: MirroredDocument[]; dropped: number }>;
  /** Replaces the document's file durably. */
  write(document: MirroredDocument): Promise<void>;
  /** Forgets every mirrored document (leaving a program). */
  clear(): Promise<void>;
}

function fileNameOf(id: string): string {
  return `${createHash('sha256').update(id, 'utf8').digest('hex')}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The mirrored document a file holds, if it is whole: its name is its id's hash and every leaf is of that id. */
function mirroredDocumentOf(fileName: string, raw: unknown): MirroredDocument | undefined {
  if (!isRecord(raw) || raw.schemaVersion !== MIRROR_SCHEMA_VERSION || typeof raw.id !== 'string' || fileNameOf(raw.id) !== fileName) return undefined;
  const { id, leaves, taken } = raw;
  if (!Array.isArray(leaves) || leaves.length === 0) return undefined;
  const whole = leaves.every((leaf) => isRecord(leaf) && leaf._id === id && typeof leaf._rev === 'string' && isRecord(leaf._revisions));
  if (!whole || (taken !== undefined && typeof taken !== 'string')) return undefined;
  return { id, leaves: leaves as Record<string, unknown>[], ...(taken === undefined ? {} : { taken }) };
}

export function openHubMirror(dataDir: string, options: { codec?: FileCodec; fileSystem?: StorageFileSystem } = {}): HubMirrorStore {
  const fs = options.fileSystem ?? nodeFileSystem;
  const codec = options.codec ?? plainFiles;
  const folder = join(dataDir, ...HUB_MIRROR_DIR.split('/'));
  const relativePath = (fileName: string) => `${HUB_MIRROR_DIR}/${fileName}`;

  return {
    async readAll() {
      let names: string[];
      try {
        await removeStaleTemps(fs, folder);
        names = (await fs.readdir(folder)).filter((name) => mirrorFilePattern.test(name));
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return { documents: [], dropped: 0 };
        throw error;
      }
      const documents: MirroredDocument[] = [];
      let dropped = 0;
      for (const name of names) {
        let read;
        try {
          read = await readJsonFile(fs, join(folder, name), codec, relativePath(name));
        } catch (error) {
          if (errnoCode(error) !== undefined) throw error; // a drive error, not a damaged file
          dropped += 1; // sealed under a data key this session does not hold
          continue;
        }
        const document = read.state === 'parsed' ? mirroredDocumentOf(name, read.value) : undefined;
        if (document === undefined) dropped += read.state === 'missing' ? 0 : 1;
        else documents.push(document);
      }
      return { documents, dropped };
    },
    async write(document) {
      await fs.mkdir(folder, { recursive: true, mode: DIR_MODE });
      const name = fileNameOf(document.id);
      await writeJsonFile(fs, join(folder, name), { schemaVersion: MIRROR_SCHEMA_VERSION, ...document }, codec, relativePath(name));
    },
    async clear() {
      await fs.rm(folder, { recursive: true, force: true });
    },
  };
}
