import type { OrganisationContact } from '../../../../core/domain/settings';

/** The contact fields given, in reading order: phone, email, then the address on one line. */
export function contactParts(contact: OrganisationContact): string[] {
  const address = contact.address
    ?.split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');
  return [contact.phone, contact.email, address].filter((part): part is string => Boolean(part));
}
