/**
 * Changes made here that the program must hear of beyond a workshop's own writes:
 * - a participant's code changed in the registry: every shared workshop that names
 *   them is shared again, since its document carries their code and a stale code on the hub is a
 *   wrong record;
 * - a shared workshop deleted here (a retention purge): withdrawn from the program, its document
 *   deleted on the hub. The other laptops never delete their copy (the app never loses a record):
 *   it stays, stops being shared, and records when it was withdrawn, which its page shows.
 * Archiving is not withdrawing: an archived workshop is still a record the program counts, so it stays shared.
 */
import type { Participant } from '../../../core/domain/participants';
import { referencedParticipantIds, type Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import type { Clock } from '../planning/clock';

/** The people whose code differs between two states of the registry, or who left it (initials and names never travel). */
export function changedParticipantIds(before: readonly Participant[], after: readonly Participant[]): string[] {
  const codes = new Map(after.map((participant) => [participant.id, participant.code]));
  return before.filter((participant) => codes.get(participant.id) !== participant.code).map((participant) => participant.id);
}

/** Of `workshopIds`, those that name any of `participantIds` (each workshop read in turn). */
export async function workshopsNaming(store: DataStore, workshopIds: readonly string[], participantIds: readonly string[]): Promise<string[]> {
  const wanted = new Set(participantIds);
  const naming: string[] = [];
  for (const workshopId of workshopIds) {
    const workshop = await store.workshops.get(workshopId);
    if (workshop !== undefined && [...referencedParticipantIds(workshop)].some((id) => wanted.has(id))) naming.push(workshopId);
  }
  return naming;
}

/** Records on this laptop's copy that another laptop withdrew it from the program (nothing when it is not held here). */
export async function recordWithdrawal(store: DataStore, clock: Clock, workshopId: string): Promise<void> {
  if ((await store.workshops.get(workshopId)) === undefined) return;
  await store.workshops.update(workshopId, (current) => ({
    ...current,
    audit: [...current.audit, { at: clock.now().toISOString(), kind: 'withdrawn', from: 'program-hub' }],
  }));
}

/** When the workshop was last withdrawn from the program by another laptop. */
export function withdrawnAt(workshop: Workshop): string | undefined {
  return workshop.audit.findLast((entry) => entry.kind === 'withdrawn')?.at;
}
