import { currentSiteKind } from '../settings';
import type { PathMessage } from './pathMessage';
import { MODULE_FORMAT_VERSION } from './schema';

/** Something assumed while reading an older module: where (in the file as written) and what. */
export type MigrationNotice = PathMessage;

export interface ModuleMigration {
  /** The module data in the current format, still to be validated. */
  data: unknown;
  /** The format the file was written in. */
  fromVersion: number;
  notices: MigrationNotice[];
}

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format a module file says it is in; a file that does not say is format 1. */
export function formatVersionOf(data: Data): unknown {
  return data.formatVersion === undefined ? 1 : data.formatVersion;
}

/** v1 `sessionsPerWeek: n` becomes the range `{ min: n, max: n }`. */
function sessionsPerWeekRange(delivery: Data, notices: MigrationNotice[]): void {
  const value = delivery.sessionsPerWeek;
  if (typeof value !== 'number') return;
  delivery.sessionsPerWeek = { min: value, max: value };
  notices.push({ path: ['delivery', 'sessionsPerWeek'], message: { code: 'module-sessions-per-week-read', params: { value } } });
}

/** v1 `closedGroup` (default true) becomes `joining`. */
function joiningRule(delivery: Data, notices: MigrationNotice[]): void {
  const closed = delivery.closedGroup;
  if (closed !== undefined && typeof closed !== 'boolean') return;
  delete delivery.closedGroup;
  const rule = closed === false ? 'open' : 'closed';
  delivery.joining = { rule };
  notices.push(
    closed === undefined
      ? { path: ['delivery'], message: { code: 'module-joining-assumed', params: { rule } } }
      : { path: ['delivery', 'closedGroup'], message: { code: 'module-closed-group-read', params: { closed: String(closed), rule } } },
  );
}

/** v1 site kinds juvenile-hall and residential are renamed in every audience. */
function audienceSettings(audiences: unknown, notices: MigrationNotice[]): void {
  if (!Array.isArray(audiences)) return;
  audiences.forEach((audience: unknown, audienceIndex) => {
    if (!isRecord(audience) || !Array.isArray(audience.settings)) return;
    audience.settings = audience.settings.map((kind: unknown, index) => {
      const renamed = currentSiteKind(kind);
      if (renamed !== kind) {
        notices.push({
          path: ['audiences', audienceIndex, 'settings', index],
          message: { code: 'module-setting-renamed', params: { from: String(kind), to: String(renamed) } },
        });
      }
      return renamed;
    });
  });
}

/**
 * Brings a module read from a file up to the current format, saying what was assumed. The data is
 * copied, never changed in place; anything of the wrong shape is left for the schema to report.
 */
export function migrateModuleData(raw: unknown): ModuleMigration {
  if (!isRecord(raw)) return { data: raw, fromVersion: MODULE_FORMAT_VERSION, notices: [] };
  const version = formatVersionOf(raw);
  if (version !== 1) return { data: raw, fromVersion: typeof version === 'number' ? version : MODULE_FORMAT_VERSION, notices: [] };

  const data = structuredClone(raw);
  const notices: MigrationNotice[] = [{ path: [], message: { code: 'module-format-1', params: { version: MODULE_FORMAT_VERSION } } }];
  delete data.formatVersion;
  if (isRecord(data.delivery)) {
    sessionsPerWeekRange(data.delivery, notices);
    joiningRule(data.delivery, notices);
  }
  audienceSettings(data.audiences, notices);
  return { data: { formatVersion: MODULE_FORMAT_VERSION, ...data }, fromVersion: 1, notices };
}
