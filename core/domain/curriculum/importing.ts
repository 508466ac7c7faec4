import type { Message } from '../messages';
import type { ModuleOrigin, ModuleSummary } from './library';
import type { ModuleProblem } from './parse';
import type { CurriculumModule } from './schema';

/** What importing a file would do, shown to the user before anything is saved. */
export type ImportPreview =
  | { status: 'cancelled' }
  | { status: 'invalid'; fileName: string; problems: ModuleProblem[] }
  /** Nothing to do, or nothing allowed: the reason says which and why. */
  | { status: 'unchanged'; fileName: string; reason: Message; module: ModuleSummary }
  | { status: 'refused'; fileName: string; reason: Message; module: ModuleSummary }
  /** `notices`: what was assumed to read a module written in an older format (empty for a current one). */
  | { status: 'new'; fileName: string; token: string; module: ModuleSummary; notices: ModuleProblem[] }
  | { status: 'upgrade'; fileName: string; token: string; module: ModuleSummary; notices: ModuleProblem[]; fromVersion: number; fromOrigin: ModuleOrigin };

export type ImportJudgement =
  | { status: 'new' }
  | { status: 'upgrade'; fromVersion: number; fromOrigin: ModuleOrigin }
  | { status: 'unchanged'; reason: Message }
  | { status: 'refused'; reason: Message };

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
  if (candidate.version > module.version) return { status: 'upgrade', fromVersion: module.version, fromOrigin: origin };
  if (candidate.version < module.version) {
    return {
      status: 'refused',
      reason: { code: 'module-newer-in-library', params: { name: module.title, version: String(module.version), candidate: String(candidate.version) } },
    };
  }
  if (canonicalJson(candidate) === canonicalJson(module)) {
    return { status: 'unchanged', reason: { code: 'module-same-in-library', params: { name: module.title, version: String(module.version) } } };
  }
  return {
    status: 'refused',
    reason: { code: 'module-changed-same-version', params: { name: module.title, version: String(module.version), next: String(module.version + 1) } },
  };
}
