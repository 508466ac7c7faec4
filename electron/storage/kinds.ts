import type { z } from 'zod';
import { developerSummary } from '../../core/domain/issues';
import {
  allowAliases,
  allowCodeSetAt,
  emptyParticipantsFile,
  participantsFileSchema,
  PARTICIPANTS_SCHEMA_VERSION,
  type ParticipantsFile,
} from '../../core/domain/participants';
import {
  addAttendanceDefaults,
  addDataCareDefaults,
  defaultSettings,
  renameSiteKinds,
  settingsSchema,
  SETTINGS_SCHEMA_VERSION,
  type Settings,
} from '../../core/domain/settings';
import { workshopSchema, WORKSHOP_SCHEMA_VERSION, type Workshop } from '../../core/domain/workshop';
import { workshopMigrations } from '../../core/domain/workshopMigrations';
import { migrateDocument, type MigrationTable } from './migrations';

/** What the storage layer needs to know about one kind of file. */
export interface DocumentKind<T> {
  readonly version: number;
  readonly schema: z.ZodType<T>;
  readonly migrations: MigrationTable;
  readonly defaults: () => T;
}

export const settingsKind: DocumentKind<Settings> = {
  version: SETTINGS_SCHEMA_VERSION,
  schema: settingsSchema,
  migrations: { 1: addAttendanceDefaults, 2: addDataCareDefaults, 3: renameSiteKinds },
  defaults: defaultSettings,
};

export const participantsKind: DocumentKind<ParticipantsFile> = {
  version: PARTICIPANTS_SCHEMA_VERSION,
  schema: participantsFileSchema,
  migrations: { 1: allowCodeSetAt, 2: allowAliases },
  defaults: emptyParticipantsFile,
};

/** Workshops have no defaults: a damaged workshop without a backup is simply absent. */
export const workshopKind: DocumentKind<Workshop> = {
  version: WORKSHOP_SCHEMA_VERSION,
  schema: workshopSchema,
  migrations: workshopMigrations,
  defaults: () => {
    throw new Error('A workshop has no default content.');
  },
};

export interface DocumentKinds {
  settings: DocumentKind<Settings>;
  participants: DocumentKind<ParticipantsFile>;
  workshop: DocumentKind<Workshop>;
}

export const defaultKinds: DocumentKinds = { settings: settingsKind, participants: participantsKind, workshop: workshopKind };

export type Decoded<T> = { status: 'valid'; value: T; migratedFrom?: number } | { status: 'newer'; version: number } | { status: 'invalid'; reason: string };

/** Migrates (in memory) and validates a parsed file. `check` adds a rule the schema cannot know. */
export function decodeDocument<T>(kind: DocumentKind<T>, raw: unknown, check?: (value: T) => string | undefined): Decoded<T> {
  const migrated = migrateDocument(raw, kind.version, kind.migrations);
  if (migrated.status === 'newer' || migrated.status === 'invalid') return migrated;
  const parsed = kind.schema.safeParse(migrated.value);
  if (!parsed.success) return { status: 'invalid', reason: `it does not match the expected shape (${developerSummary(parsed.error)})` };
  const problem = check?.(parsed.data);
  if (problem !== undefined) return { status: 'invalid', reason: problem };
  return migrated.status === 'migrated' ? { status: 'valid', value: parsed.data, migratedFrom: migrated.from } : { status: 'valid', value: parsed.data };
}
