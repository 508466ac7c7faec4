import type { ModuleSummary } from '../../../core/domain/curriculum/library';
import type { WorkshopSummary } from '../../../core/contract/planning';
import type { ReportRange } from '../../../core/contract/reports';
import type { Site } from '../../../core/domain/settings';

export const reportFilterNames = ['workshopId', 'moduleId', 'siteId'] as const;
export type ReportFilters = Pick<ReportRange, (typeof reportFilterNames)[number]>;

/** The report's filters as the address holds them: only those given. */
export function reportFilters(params: URLSearchParams): ReportFilters {
  const filters: ReportFilters = {};
  for (const name of reportFilterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

export interface FilterChoice {
  value: string;
  label: string;
  /** A module's title is in the module's language, not necessarily the page's. */
  lang?: string;
}

/**
 * The modules and sites a report can be narrowed to: those of the library and Settings, then those
 * only the workshops name (groups planned on another laptop of the program, with its own modules and sites).
 * The library lists each module once per version: one choice per module.
 */
export function reportFilterChoices(
  library: readonly Pick<ModuleSummary, 'id' | 'title' | 'language'>[],
  sites: readonly Pick<Site, 'id' | 'name'>[],
  workshops: readonly WorkshopSummary[],
): { modules: FilterChoice[]; sites: FilterChoice[] } {
  const modules = new Map<string, FilterChoice>(library.map((module) => [module.id, { value: module.id, label: module.title, lang: module.language }]));
  const places = new Map<string, FilterChoice>(sites.map((site) => [site.id, { value: site.id, label: site.name }]));
  for (const workshop of workshops) {
    if (!modules.has(workshop.moduleId)) modules.set(workshop.moduleId, { value: workshop.moduleId, label: workshop.moduleTitle });
    if (workshop.siteId && workshop.siteName && !places.has(workshop.siteId)) places.set(workshop.siteId, { value: workshop.siteId, label: workshop.siteName });
  }
  return { modules: [...modules.values()], sites: [...places.values()] };
}
