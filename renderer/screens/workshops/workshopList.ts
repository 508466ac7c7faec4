import type { WorkshopSummary } from '../../../core/contract/planning';
import { workshopStatuses, type WorkshopStatus } from '../../../core/domain/workshop';
import { matchesQuery } from './textSearch';

/** '' is "All current": every workshop that is not archived. */
export type StatusFilter = '' | WorkshopStatus;

export function statusFilterFrom(value: string | null): StatusFilter {
  return workshopStatuses.includes(value as WorkshopStatus) ? (value as WorkshopStatus) : '';
}

export function matchesStatus(summary: WorkshopSummary, filter: StatusFilter): boolean {
  return filter === '' ? summary.status !== 'archived' : summary.status === filter;
}

/** Title, audience, module, site and facilitators' names, ignoring case and accents. */
export function matchesSearch(summary: WorkshopSummary, query: string): boolean {
  return matchesQuery(query, [summary.title, summary.audience, summary.moduleTitle, summary.siteName, ...summary.facilitatorNames]);
}

const statusOrder: Record<WorkshopStatus, number> = { running: 0, planned: 1, finished: 2, archived: 3 };

/**
 * Running groups first, then planned ones (soonest first), then finished and archived ones (most
 * recent first): the order a facilitator looks for them in.
 */
export function sortWorkshops(summaries: readonly WorkshopSummary[]): WorkshopSummary[] {
  return [...summaries].sort((a, b) => {
    const byStatus = statusOrder[a.status] - statusOrder[b.status];
    if (byStatus !== 0) return byStatus;
    const past = a.status === 'finished' || a.status === 'archived';
    const [first, second] = past ? [b.lastDate ?? '', a.lastDate ?? ''] : [a.firstDate ?? '', b.firstDate ?? ''];
    return first.localeCompare(second) || a.title.localeCompare(b.title);
  });
}
