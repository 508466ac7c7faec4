import type { ModuleOrigin, ModuleSummary } from './library';
import type { ModuleProblem } from './parse';
import type { CurriculumModule } from './schema';

/** What importing a file would do, shown to the user before anything is saved. */
export type ImportPreview =
  | { status: 'cancelled' }
  | { status: 'invalid'; fileName: string; problems: ModuleProblem[] }
  /** Nothing to do, or nothing allowed: the message says which and why. */
  | { status: 'unchanged'; fileName: string; message: string; module: ModuleSummary }
  | { status: 'refused'; fileName: string; message: string; module: ModuleSummary }
  /** `notices`: what was assumed to read a module written in an older format (empty for a current one). */
  | { status: 'new'; fileName: string; token: string; module: ModuleSummary; notices: ModuleProblem[] }
  | { status: 'upgrade'; fileName: string; token: string; module: ModuleSummary; notices: ModuleProblem[]; fromVersion: number; fromOrigin: ModuleOrigin };

export type ImportJudgement =
  | { status: 'new' }
  | { status: 'upgrade'; fromVersion: number; fromOrigin: ModuleOrigin }
  | { status: 'unchanged'; message: string }
  | { status: 'refused'; message: string };

/** JSON with keys sorted, so that two modules with the same content compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}

/**
 * Decides what a valid module file would do to the library, given the module currently shown for
 * its id (if any). A workshop keeps the snapshot it was planned from, so an upgrade changes no history.
 */
export function judgeImport(candidate: CurriculumModule, current: { module: CurriculumModule; origin: ModuleOrigin } | undefined): ImportJudgement {
  if (!current) return { status: 'new' };
  const { module, origin } = current;
  const name = `“${module.title}”`;
  if (candidate.version > module.version) return { status: 'upgrade', fromVersion: module.version, fromOrigin: origin };
  if (candidate.version < module.version) {
    return {
      status: 'refused',
      message: `Your library already has ${name} version ${module.version}, which is newer than this file (version ${candidate.version}). Nothing was imported.`,
    };
  }
  if (canonicalJson(candidate) === canonicalJson(module)) {
    return { status: 'unchanged', message: `${name} version ${module.version} is already in your library, with the same content. Nothing needs importing.` };
  }
  return {
    status: 'refused',
    message:
      `Your library already has ${name} version ${module.version}, and this file has different content under the same id and version. ` +
      `If the file is a newer edition, raise its version to ${module.version + 1} and import it again. Nothing was imported.`,
  };
}
