/**
 * A participant's program code corrected on one computer, reaching another that already holds the
 * person (a bundle import or the program hub; one rule for both). The code set later wins, so an
 * older copy arriving afterwards never undoes a correction; at the same recorded time the code that
 * sorts first wins, so both computers end up with the same one. A code another person here already
 * has is never taken: two people are not merged into one, the local code stays and the change says so.
 */
import { codeSetAtOf, type CodeClash, type Participant } from '../participants';
import { codeKey } from './codes';
import { registryIndexOf } from './registryIndex';
import type { BundleChange } from './views';

/** True when `incoming`'s code replaces `local`'s (same person, another code, set later or winning a tie). */
export function incomingCodeWins(local: Participant, incoming: Pick<Participant, 'code' | 'createdAt' | 'codeSetAt'>): boolean {
  if (local.code === incoming.code) return false;
  const [here, there] = [codeSetAtOf(local), codeSetAtOf(incoming)];
  return there !== here ? there > here : incoming.code < local.code;
}

export interface CodeOutcome {
  /** `local`, or `local` with the incoming code and the time it was set. */
  participant: Participant;
  /** What a person reads of it: the new code, or the local code kept because another person has the new one. */
  change?: BundleChange;
  /** The code not taken because another person here has it. */
  clash?: CodeClash;
}

/** `local` with the incoming copy's code when it wins; `holderOf` finds who has a code on this computer. */
export function withNewerCode(
  local: Participant,
  incoming: Pick<Participant, 'code' | 'createdAt' | 'codeSetAt'>,
  holderOf: (code: string) => Participant | undefined,
): CodeOutcome {
  if (!incomingCodeWins(local, incoming)) return { participant: local };
  const id = `participant-code:${local.id}`;
  const holder = holderOf(incoming.code);
  if (holder !== undefined && holder.id !== local.id) {
    return {
      participant: local,
      change: { id, label: { code: 'change-participant-code-taken', params: { code: local.code, wanted: incoming.code } }, kind: 'kept' },
      clash: { participantId: local.id, code: incoming.code, setAt: codeSetAtOf(incoming) },
    };
  }
  const { codeSetAt: _replaced, ...rest } = local;
  return {
    participant: incoming.codeSetAt === undefined ? { ...rest, code: incoming.code } : { ...rest, code: incoming.code, codeSetAt: incoming.codeSetAt },
    change: { id, label: { code: 'change-participant-code', params: { from: local.code, to: incoming.code } }, kind: 'update' },
  };
}

/**
 * Of `changed` (people planned against an earlier state of the registry), those whose code still
 * wins against `registry` as it is when the write runs, as that registry's records with the new code:
 * a correction made here meanwhile, or a code given to someone else meanwhile, is never overwritten.
 */
export function codeChangesStillNewer(registry: readonly Participant[], changed: readonly Participant[]): Participant[] {
  const { byId, byCode } = registryIndexOf(registry);
  // Codes taken by the changes before: two people are never given one code.
  const taken = new Map<string, Participant>();
  return changed.flatMap((person) => {
    const local = byId.get(person.id);
    if (local === undefined) return [];
    const { participant } = withNewerCode(local, person, (code) => taken.get(codeKey(code)) ?? byCode.get(codeKey(code)));
    if (participant === local) return [];
    taken.set(codeKey(participant.code), participant);
    return [participant];
  });
}

/**
 * The registry's list of codes not taken, as the registry goes from `before` to `after`: `found`
 * (clashes met now) in place of what it said of those people, and nothing more of people whose code
 * changed meanwhile or who left the registry.
 */
export function withCodeClashes(
  listed: CodeClash[] | undefined,
  found: readonly CodeClash[],
  before: readonly Participant[],
  after: readonly Participant[],
): CodeClash[] | undefined {
  if (found.length === 0 && !listed?.length) return listed;
  const [was, now] = [registryIndexOf(before).byId, registryIndexOf(after).byId];
  const replaced = new Set(found.map((clash) => clash.participantId));
  const stillTrue = (clash: CodeClash) => !replaced.has(clash.participantId) && now.get(clash.participantId)?.code === was.get(clash.participantId)?.code;
  return [...(listed ?? []).filter(stillTrue), ...found.filter((clash) => now.has(clash.participantId))];
}
