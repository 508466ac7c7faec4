import type { Settings } from '../../../core/domain/settings';

/** The first-run steps, in the order a new user takes them. */
export const firstRunSteps = ['organisation', 'team', 'sites', 'resources', 'plan'] as const;
export type FirstRunStep = (typeof firstRunSteps)[number];

/** Where each step is done. */
export const firstRunPaths: Record<FirstRunStep, string> = {
  organisation: '/settings/organisation',
  team: '/settings/facilitators',
  sites: '/settings/sites',
  resources: '/settings/resources',
  plan: '/workshops/new',
};

const filled = (value: string | undefined) => (value ?? '').trim() !== '';

/**
 * Which steps are done: the organisation has a name and a way to reach it (phone, email or address),
 * there is a facilitator, a site, a local resource, and a workshop.
 */
export function firstRunProgress(settings: Settings, hasWorkshop: boolean): Record<FirstRunStep, boolean> {
  const { organisation } = settings;
  return {
    organisation: filled(organisation.name) && [organisation.phone, organisation.email, organisation.address].some(filled),
    team: settings.facilitators.length > 0,
    sites: settings.sites.length > 0,
    resources: settings.resources.length > 0,
    plan: hasWorkshop,
  };
}
