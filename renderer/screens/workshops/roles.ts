import type { TFunction } from 'i18next';
import { facilitatorRoles, type FacilitatorRole } from '../../../core/domain/settings';
import { i18n } from '../../i18n';

/** "Co-facilitator and Survivor mentor": every role one person holds in a workshop, in the usual order. */
export function rolesText(t: TFunction, roles: readonly FacilitatorRole[]): string {
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return list.format(inRoleOrder(roles).map((role) => t(`settings.roles.${role}`)));
}

/** "Ben Okafor (Co-facilitator and Survivor mentor)", as the workshop page, the runner and the plan's review show a facilitator. */
export function facilitatorWithRoles(t: TFunction, facilitator: { name: string; roles: readonly FacilitatorRole[] }): string {
  return t('workshop.details.facilitatorWithRole', { name: facilitator.name, role: rolesText(t, facilitator.roles) });
}

/** Roles in the order Settings lists them, each once. */
export function inRoleOrder(roles: readonly FacilitatorRole[]): FacilitatorRole[] {
  return facilitatorRoles.filter((role) => roles.includes(role));
}
