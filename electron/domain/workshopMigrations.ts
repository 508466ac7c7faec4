/**
 * Steps that bring an older workshop file up to the current schemaVersion, one version each, keyed
 * by the version they start from. Kept as small separate functions so a version can be renumbered.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 2: a facilitator's single `role` in the workshop becomes the list `roles`. */
export function facilitatorRolesAsList(old: Record<string, unknown>): Record<string, unknown> {
  const facilitators = Array.isArray(old.facilitators) ? old.facilitators : [];
  return {
    ...old,
    schemaVersion: 2,
    facilitators: facilitators.map((entry: unknown) => {
      if (!isRecord(entry) || !('role' in entry)) return entry;
      const { role, ...rest } = entry;
      return { ...rest, roles: [role] };
    }),
  };
}

export const workshopMigrations: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  1: facilitatorRolesAsList,
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
