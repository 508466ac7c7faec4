/** The sections of the workshop page; the schedule is at the workshop's own address, the others at `/workshops/<id>/<section>`. */
export const workshopSections = ['schedule', 'roster', 'attendance', 'surveys', 'records'] as const;
export type WorkshopSection = (typeof workshopSections)[number];

/** The section an address names: none is the schedule; an unknown one is undefined. */
export function workshopSectionOf(segment: string | undefined): WorkshopSection | undefined {
  if (segment === undefined) return 'schedule';
  return segment !== 'schedule' && (workshopSections as readonly string[]).includes(segment) ? (segment as WorkshopSection) : undefined;
}

export function workshopSectionPath(workshopId: string, section: WorkshopSection): string {
  return section === 'schedule' ? `/workshops/${workshopId}` : `/workshops/${workshopId}/${section}`;
}
