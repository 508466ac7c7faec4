/** Turns a document of one schemaVersion into the next; must set the newer schemaVersion. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** `{ [fromVersion]: migration }` for one kind of file. */
export type MigrationTable = Readonly<Record<number, Migration>>;

export type MigrationResult =
  | { status: 'current'; value: Record<string, unknown> }
  | { status: 'migrated'; value: Record<string, unknown>; from: number }
  | { status: 'newer'; version: number }
  | { status: 'invalid'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function schemaVersionOf(value: unknown): number | undefined {
  if (!isRecord(value)) return undefined;
  const version = value.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

/** Brings a parsed document up to `currentVersion`, one step at a time. Never touches the disk. */
export function migrateDocument(value: unknown, currentVersion: number, table: MigrationTable): MigrationResult {
  const from = schemaVersionOf(value);
  if (!isRecord(value) || from === undefined) return { status: 'invalid', reason: 'it has no valid schemaVersion' };
  if (from > currentVersion) return { status: 'newer', version: from };
  if (from === currentVersion) return { status: 'current', value };

  let current: Record<string, unknown> = value;
  let version = from;
  while (version < currentVersion) {
    const step = table[version];
    if (!step) return { status: 'invalid', reason: `there is no migration from schemaVersion ${version}` };
    let next: unknown;
    try {
      next = step(structuredClone(current));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { status: 'invalid', reason: `the migration from schemaVersion ${version} failed (${detail})` };
    }
    const nextVersion = schemaVersionOf(next);
    // A step that does not raise the version would loop forever.
    if (!isRecord(next) || nextVersion === undefined || nextVersion <= version || nextVersion > currentVersion) {
      return { status: 'invalid', reason: `the migration from schemaVersion ${version} gave no valid newer version` };
    }
    current = next;
    version = nextVersion;
  }
  return { status: 'migrated', value: current, from };
}
