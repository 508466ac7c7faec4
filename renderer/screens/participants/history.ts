import type { ParticipantView } from '../../../core/contract/planning';
import type { ParticipantInput } from '../../../core/domain/participants';

export type Stay = ParticipantView['enrolments'][number];

/** The stays that have not ended: the workshops the participant is in now. */
export function currentStays(view: ParticipantView): Stay[] {
  return view.enrolments.filter((stay) => !stay.exit);
}

/** How many different workshops the participant was ever in. */
export function workshopCount(view: ParticipantView): number {
  return new Set(view.enrolments.map((stay) => stay.workshopId)).size;
}

/** Stays in the order they began. */
export function staysInOrder(view: ParticipantView): Stay[] {
  return [...view.enrolments].sort((a, b) => a.enrolledOn.localeCompare(b.enrolledOn));
}

/** A workshop's title as the participant's own history names it (for "moved from/to"). */
export function workshopTitleIn(view: ParticipantView, workshopId: string | undefined): string | undefined {
  if (!workshopId) return undefined;
  return view.enrolments.find((stay) => stay.workshopId === workshopId)?.workshopTitle;
}

/** Whether a participant matches what was typed in the search box: code, initials, and the name when names are shown. */
export function matchesSearch(view: ParticipantView, query: string, withNames: boolean): boolean {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return true;
  const { code, initials, fullName } = view.participant;
  const texts = [code, initials ?? '', withNames ? (fullName ?? '') : ''];
  return texts.some((text) => text.toLowerCase().includes(wanted));
}

export function byCode(a: ParticipantView, b: ParticipantView): number {
  return a.participant.code.localeCompare(b.participant.code, undefined, { numeric: true, sensitivity: 'base' });
}

export interface ParticipantValues {
  code: string;
  initials: string;
  pronouns: string;
  fullName: string;
}

export const blankParticipant: ParticipantValues = { code: '', initials: '', pronouns: '', fullName: '' };

export function valuesOf(view: ParticipantView): ParticipantValues {
  const { code, initials, pronouns, fullName } = view.participant;
  return { code, initials: initials ?? '', pronouns: pronouns ?? '', fullName: fullName ?? '' };
}

/** What participants.save is sent: empty optional fields left out, and no name unless names are allowed. */
export function inputOf(values: ParticipantValues, id: string | undefined, allowFullNames: boolean): ParticipantInput {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const initials = optional(values.initials);
  const pronouns = optional(values.pronouns);
  const fullName = allowFullNames ? optional(values.fullName) : undefined;
  return {
    ...(id === undefined ? {} : { id }),
    code: values.code,
    ...(initials === undefined ? {} : { initials }),
    ...(pronouns === undefined ? {} : { pronouns }),
    ...(fullName === undefined ? {} : { fullName }),
  };
}
