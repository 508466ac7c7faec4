/**
 * A workshop as its file holds it. Since workshop schemaVersion 5 the file names its module's
 * snapshot (`moduleSnapshot`, the hash of moduleSnapshots.ts) instead of holding the module whole;
 * in memory, and in bundles, a workshop still holds its module (the domain does not change).
 */
import { z } from 'zod';
import { developerSummary } from '../../core/domain/issues';
import { workshopSchema, WORKSHOP_SCHEMA_VERSION, type Workshop } from '../../core/domain/workshop';
import type { StorageFileSystem } from './fs/fileSystem';
import { decodeDocument, type Decoded, type DocumentKind } from './kinds';
import { schemaVersionOf } from './migrations';
import { folderSnapshotSource, snapshotReader, type ModuleSnapshots, type SnapshotReader } from './moduleSnapshots';
import type { FileCodec } from './protection/codec';
import type { StoredFormat } from './recovery';

/** A workshop file of the current version: the workshop without its module, naming the module's snapshot. */
export const storedWorkshopSchema = workshopSchema.omit({ module: true }).extend({ moduleSnapshot: z.string().regex(/^[0-9a-f]{64}$/) });
export type StoredWorkshop = z.infer<typeof storedWorkshopSchema>;

/** The workshop's fields in the schema's order: a workshop read back lists them as the one saved did. */
const workshopKeys = Object.keys(workshopSchema.shape) as Array<keyof Workshop>;

function withModule(rest: Omit<Workshop, 'module'>, module: Workshop['module']): Workshop {
  const fields: Record<string, unknown> = {};
  for (const key of workshopKeys) {
    const value = key === 'module' ? module : rest[key];
    if (value !== undefined) fields[key] = value;
  }
  return fields as Workshop;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the workshop's file holds, once its module's snapshot is on disk (written first, durably, if it was not). */
export async function storedWorkshop(workshop: Workshop, snapshots: Pick<ModuleSnapshots, 'put'>): Promise<StoredWorkshop> {
  const moduleSnapshot = await snapshots.put(workshop.module);
  const { module: _named, ...rest } = workshop;
  return { ...rest, moduleSnapshot };
}

/**
 * Reads a parsed workshop file. One that names its snapshot gets the module from `snapshots` (read,
 * checked and validated once, then shared); one that holds its module whole (written before
 * version 5) is migrated in memory as any older file is. Throws SnapshotUnavailable when the
 * snapshot it names is missing or damaged: the workshop is never given another module.
 */
export async function decodeWorkshop(
  raw: unknown,
  kind: DocumentKind<Workshop>,
  snapshots: SnapshotReader & Partial<Pick<ModuleSnapshots, 'share'>>,
  check?: (workshop: Workshop) => string | undefined,
): Promise<Decoded<Workshop>> {
  if (!isRecord(raw) || typeof raw.moduleSnapshot !== 'string') {
    const decoded = decodeDocument(kind, raw, check);
    if (decoded.status !== 'valid' || snapshots.share === undefined) return decoded;
    return { ...decoded, value: { ...decoded.value, module: snapshots.share(decoded.value.module) } };
  }
  const version = schemaVersionOf(raw);
  if (version !== undefined && version > kind.version) return { status: 'newer', version };
  if (version !== WORKSHOP_SCHEMA_VERSION || kind.version !== WORKSHOP_SCHEMA_VERSION) {
    // A stored form a later version migrates: the module put back, then the usual steps.
    const { moduleSnapshot, ...rest } = raw;
    return decodeDocument(kind, { ...rest, module: await snapshots.get(moduleSnapshot as string) }, check);
  }
  // The module was validated when its snapshot was read: only the rest of the workshop is parsed here.
  const parsed = storedWorkshopSchema.safeParse(raw);
  if (!parsed.success) return { status: 'invalid', reason: `it does not match the expected shape (${developerSummary(parsed.error)})` };
  const { moduleSnapshot, ...rest } = parsed.data;
  const workshop = withModule(rest, await snapshots.get(moduleSnapshot));
  const problem = check?.(workshop);
  return problem === undefined ? { status: 'valid', value: workshop } : { status: 'invalid', reason: problem };
}

/**
 * Workshop files as a backup generation holds them (naming snapshots the generation holds too), and
 * as they are written back into the data folder (the snapshot stored there first).
 */
export function workshopBackupFormat(options: {
  fs: StorageFileSystem;
  codec: FileCodec;
  kind: DocumentKind<Workshop>;
  snapshots: ModuleSnapshots;
  check: (workshop: Workshop) => string | undefined;
}): StoredFormat<Workshop> {
  const { fs, codec, kind, snapshots, check } = options;
  return {
    async decode(raw, generationFolder) {
      try {
        return await decodeWorkshop(raw, kind, snapshotReader(folderSnapshotSource(fs, generationFolder, codec)), check);
      } catch (error) {
        // A copy whose snapshot is missing, damaged or unreadable is not a good one.
        return { status: 'invalid', reason: error instanceof Error ? error.message : String(error) };
      }
    },
    encode: (workshop) => storedWorkshop(workshop, snapshots),
  };
}
