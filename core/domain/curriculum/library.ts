import type { SiteKind } from '../settings';
import type { CurriculumModule, GenderFocus } from './schema';
import { translationFamily } from './translation';

/** Where a module in the library came from: shipped with the app, or imported by the user. */
export type ModuleOrigin = 'shipped' | 'imported';

export interface LibraryModule {
  origin: ModuleOrigin;
  module: CurriculumModule;
}

/** What the library list shows for one module, without its sessions. */
export interface ModuleSummary {
  id: string;
  version: number;
  title: string;
  summary: string;
  origin: ModuleOrigin;
  program: string;
  structureInferred: boolean;
  ages: { min: number; max: number };
  genderFocuses: GenderFocus[];
  settings: SiteKind[];
  sessionCount: number;
  /** The usual length of one session, or the range when sessions differ. */
  minutes: { min: number; max: number };
  sessionsPerWeek: { min: number; max: number };
  /** BCP 47 tag of the language it is written in. */
  language: string;
  /** For a translation: the module it translates, `id@version`. */
  translationOf?: string;
  /**
   * The module in each language the library has, original first; always holds this module. A
   * translation whose original is listed is shown on the original's card.
   */
  languages: ModuleLanguage[];
}

/** One language of a module in the library. */
export interface ModuleLanguage {
  id: string;
  language: string;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** What the list shows for one module; `languages` is its family in the library (summariseLibrary). */
export function summarise({ module, origin }: LibraryModule, languages: ModuleLanguage[] = [{ id: module.id, language: module.language }]): ModuleSummary {
  const minutes = module.sessions.map((session) => session.minutes);
  return {
    id: module.id,
    version: module.version,
    title: module.title,
    summary: module.summary,
    origin,
    program: module.modeledOn.program,
    structureInferred: module.modeledOn.structureInferred,
    ages: {
      min: Math.min(...module.audiences.map((audience) => audience.ages.min)),
      max: Math.max(...module.audiences.map((audience) => audience.ages.max)),
    },
    genderFocuses: unique(module.audiences.map((audience) => audience.genderFocus)),
    settings: unique(module.audiences.flatMap((audience) => audience.settings)),
    sessionCount: module.sessions.length,
    minutes: { min: Math.min(...minutes), max: Math.max(...minutes) },
    sessionsPerWeek: module.delivery.sessionsPerWeek,
    language: module.language,
    ...(module.translationOf === undefined ? {} : { translationOf: module.translationOf }),
    languages,
  };
}

/** Summaries of the modules a user sees, each with the languages the library has it in. */
export function summariseLibrary(entries: readonly LibraryModule[]): ModuleSummary[] {
  return entries.map((entry) =>
    summarise(
      entry,
      translationFamily(entries, entry.module, (candidate) => candidate.module).map(({ module }) => ({ id: module.id, language: module.language })),
    ),
  );
}

/**
 * The modules a user sees: one per id, the highest version winning. An imported module with a
 * shipped module's id and a higher version is an upgrade of it; removing the import brings the
 * shipped one back.
 */
export function currentModules(shipped: readonly CurriculumModule[], imported: readonly CurriculumModule[]): LibraryModule[] {
  const byId = new Map<string, LibraryModule>();
  const consider = (module: CurriculumModule, origin: ModuleOrigin) => {
    const existing = byId.get(module.id);
    if (!existing || module.version > existing.module.version) byId.set(module.id, { module, origin });
  };
  shipped.forEach((module) => consider(module, 'shipped'));
  imported.forEach((module) => consider(module, 'imported'));
  return [...byId.values()].sort((a, b) => a.module.title.localeCompare(b.module.title));
}

/** The library's cards: one per module, a translation shown on its original's card when both are listed. */
export function libraryCards(summaries: readonly ModuleSummary[]): ModuleSummary[] {
  return summaries.filter((summary) => summary.languages[0]?.id === summary.id);
}

export interface LibraryFilter {
  /** An age the module must serve. */
  age?: number;
  genderFocus?: GenderFocus;
  setting?: SiteKind;
}

/** A module for all genders serves any gender focus asked for. */
export function matchesFilter(summary: ModuleSummary, filter: LibraryFilter): boolean {
  if (filter.age !== undefined && (filter.age < summary.ages.min || filter.age > summary.ages.max)) return false;
  if (filter.genderFocus && !summary.genderFocuses.includes(filter.genderFocus) && !summary.genderFocuses.includes('all-genders')) return false;
  if (filter.setting && !summary.settings.includes(filter.setting)) return false;
  return true;
}

/** The minute offset at which each activity of a session starts: a run-of-show's clock. */
export function activityStarts(activities: ReadonlyArray<{ minutes: number }>): number[] {
  const starts: number[] = [];
  let elapsed = 0;
  for (const activity of activities) {
    starts.push(elapsed);
    elapsed += activity.minutes;
  }
  return starts;
}
