import type { ReportRange } from '../../../core/contract/reports';

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
