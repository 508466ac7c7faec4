/**
 * The participant registry indexed by id, by code and by place, made once per registry array: a
 * registry as storage hands it out is frozen and kept until the next write, so a first sync matching
 * thousands of workshops against the same registry does not index it again for each one.
 */
import type { Participant, ParticipantAlias } from '../participants';
import { codeKey } from './codes';

export interface RegistryIndex {
  byId: ReadonlyMap<string, Participant>;
  /** By codeKey: codes match whatever their case or spacing. */
  byCode: ReadonlyMap<string, Participant>;
  /** Each id's place in the registry. */
  place: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<readonly Participant[], RegistryIndex>();

export function registryIndexOf(registry: readonly Participant[]): RegistryIndex {
  let index = indexes.get(registry);
  if (index === undefined) {
    index = {
      byId: new Map(registry.map((participant) => [participant.id, participant])),
      byCode: new Map(registry.map((participant) => [codeKey(participant.code), participant])),
      place: new Map(registry.map((participant, at) => [participant.id, at])),
    };
    // Only a frozen array cannot change under its index.
    if (Object.isFrozen(registry)) indexes.set(registry, index);
  }
  return index;
}

/** The registry's people whose ids are among `ids`, in the registry's order. */
export function peopleAmong(registry: readonly Participant[], ids: ReadonlySet<string>): Participant[] {
  // An unfrozen registry is indexed anew each time: a plain pass over it costs less.
  if (!Object.isFrozen(registry)) return registry.filter((participant) => ids.has(participant.id));
  const { byId, place } = registryIndexOf(registry);
  const found: Participant[] = [];
  for (const id of ids) {
    const participant = byId.get(id);
    if (participant !== undefined) found.push(participant);
  }
  return found.sort((a, b) => place.get(a.id)! - place.get(b.id)!);
}

const aliasMaps = new WeakMap<readonly ParticipantAlias[], ReadonlyMap<string, string>>();
const NO_ALIASES: ReadonlyMap<string, string> = new Map();

/** The registry file's aliases as a map from another computer's id to the participant here (made once per frozen array). */
export function aliasesOf(aliases: readonly ParticipantAlias[] | undefined): ReadonlyMap<string, string> {
  if (aliases === undefined) return NO_ALIASES;
  let map = aliasMaps.get(aliases);
  if (map === undefined) {
    map = new Map(aliases.map((alias) => [alias.id, alias.participantId]));
    if (Object.isFrozen(aliases)) aliasMaps.set(aliases, map);
  }
  return map;
}
