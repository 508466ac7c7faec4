import type { MeetingOccurrence } from '../../../core/contract/planning';

/**
 * Which groups Today and the calendar show when a coordinator's computer holds many: one site, one
 * facilitator, or both. By name, as the screen shows them (groups come from several laptops).
 */
export interface MeetingFilter {
  site?: string;
  facilitator?: string;
}

export const meetingFilterNames = ['site', 'facilitator'] as const;

const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

function sortedNames(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(byName.compare);
}

/** The sites and facilitators of these meetings, each once, by name. */
export function filterChoices(meetings: readonly MeetingOccurrence[]): { sites: string[]; facilitators: string[] } {
  return {
    sites: sortedNames(meetings.flatMap((occurrence) => (occurrence.siteName ? [occurrence.siteName] : []))),
    facilitators: sortedNames(meetings.flatMap((occurrence) => occurrence.facilitatorNames)),
  };
}

/** A meeting, or one side of a double booking, is shown when it is at the site and one of its facilitators is the one chosen. */
export function matchesFilter(occurrence: Pick<MeetingOccurrence, 'siteName' | 'facilitatorNames'>, filter: MeetingFilter): boolean {
  return (
    (filter.site === undefined || occurrence.siteName === filter.site) &&
    (filter.facilitator === undefined || occurrence.facilitatorNames.includes(filter.facilitator))
  );
}

export function isFiltered(filter: MeetingFilter): boolean {
  return meetingFilterNames.some((name) => filter[name] !== undefined);
}

/** The filter an address holds (`?site=…&facilitator=…`): only those given. */
export function readMeetingFilter(params: URLSearchParams): MeetingFilter {
  const filter: MeetingFilter = {};
  for (const name of meetingFilterNames) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  return filter;
}
