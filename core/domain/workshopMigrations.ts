import { migrateModuleData } from './curriculum/migrate';
import { currentSiteKind } from './settings';

/**
 * Steps that bring an older workshop file up to the current schemaVersion, one version each, keyed
 * by the version they start from. Kept as small separate functions so a version can be renumbered.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * 1 → 2: marks may list the versions they replaced (`earlier`). Old marks list none, which is true of
 * them as far as anyone knows, so nothing else changes; the new version keeps older apps from
 * misreading the file.
 */
export function allowMarkHistory(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, schemaVersion: 2 };
}

/** 2 → 3: a facilitator's single `role` in the workshop becomes the list `roles`. */
export function facilitatorRolesAsList(old: Record<string, unknown>): Record<string, unknown> {
  const facilitators = Array.isArray(old.facilitators) ? old.facilitators : [];
  return {
    ...old,
    schemaVersion: 3,
    facilitators: facilitators.map((entry: unknown) => {
      if (!isRecord(entry) || !('role' in entry)) return entry;
      const { role, ...rest } = entry;
      return { ...rest, roles: [role] };
    }),
  };
}

/** 3 → 4: the module snapshot is migrated to module format 2, and the site kind renamed (juvenile-hall -> detention...). */
export function moduleFormatTwo(old: Record<string, unknown>): Record<string, unknown> {
  const site = isRecord(old.site) ? old.site : undefined;
  return {
    ...old,
    schemaVersion: 4,
    module: migrateModuleData(old.module).data,
    ...(site ? { site: { ...site, kind: currentSiteKind(site.kind) } } : {}),
  };
}

/**
 * 4 → 5: the file names its module snapshot, stored once by content hash, instead of holding the
 * module whole. That is storage's business (it stores the snapshot and names it when it writes the
 * file): in memory the workshop still holds its module, so the step only raises the version.
 */
export function moduleStoredOnce(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, schemaVersion: 5 };
}

/**
 * 5 → 6: a workshop may hold copies from the program hub awaiting a decision and receipt entries in
 * its audit log. Older files hold neither, so only the version is raised; it keeps older apps from
 * misreading a file that does.
 */
export function allowHubRecords(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, schemaVersion: 6 };
}

export const workshopMigrations: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  1: allowMarkHistory,
  2: facilitatorRolesAsList,
  3: moduleFormatTwo,
  4: moduleStoredOnce,
  5: allowHubRecords,
};

/**
 * A workshop from elsewhere (a bundle made by an older app) brought up to the current version; left
 * as it is when it has no known older version, so validation then says what is wrong.
 */
export function upgradeWorkshop(value: unknown, currentVersion: number): unknown {
  let current = value;
  while (isRecord(current) && typeof current.schemaVersion === 'number' && current.schemaVersion < currentVersion) {
    const step = workshopMigrations[current.schemaVersion];
    if (!step) return current;
    current = step(current);
  }
  return current;
}
