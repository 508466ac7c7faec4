/**
 * What the program hub brings, applied to this laptop's data by the same merge as a bundle import
 * (mergeWorkshopCopy): people added to the registry first (codes only, and a code set later on
 * another laptop taken: core/domain/bundles/codeChanges.ts), then the workshop, durably,
 * with an audit entry saying a copy came from the program hub. When the hub holds the workshop's
 * document in two or more revisions (conflict leaves), they are merged with this laptop's copy
 * standing in for the leaf it wrote (core/domain/hub/conflicts.ts). What only a person can decide
 * keeps this laptop's side meanwhile; the hub's leaves are kept in the workshop file (sealed and
 * backed up with it) until the person decides, which applies the choices and clears them in one
 * durable write. Nothing either side marked is lost at any point.
 */
import { AppFailure } from '../../../core/contract/result';
import { buildBundle, codeKey, type BundleContents } from '../../../core/domain/bundles/format';
import {
  mergeWordsOf,
  mergeWorkshopCopy,
  planParticipants,
  remapParticipants,
  sameContent,
  withParticipants,
  type Undecided,
} from '../../../core/domain/bundles/merge';
import { byWinningOrder, mergeLeaves, type ConflictLeaf, type LeafChoices, type LeafMerge, type PendingDecision } from '../../../core/domain/hub/conflicts';
import { codeChangesStillNewer, incomingCodeWins, withCodeClashes } from '../../../core/domain/bundles/codeChanges';
import { aliasesOf } from '../../../core/domain/bundles/registryIndex';
import { readWorkshopValue } from '../../../core/domain/hub/workshopDocument';
import type { BundleRead } from '../../../core/domain/bundles/format';
import type { Message } from '../../../core/domain/messages';
import { withAliases, type CodeClash, type Participant, type ParticipantAlias } from '../../../core/domain/participants';
import type { HubLeaf, HubPending, Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import type { Clock } from '../planning/clock';

/** This laptop's copy when it stands for none of the hub's leaves: generation 0, so never the winner. */
export const HERE_REVISION = '0-this-laptop';

/** One leaf of a workshop's document as the engine opened it: its revision and its body, parsed. */
export interface OpenedLeaf {
  revision: string;
  body: unknown;
}

export type Received =
  /** A body that is not a workshop this laptop can read: nothing was applied. */
  | { status: 'refused'; revision: string; problems: Message[] }
  | {
      status: 'applied';
      workshopId: string;
      /** This laptop's data changed (the workshop, its people or its pending decisions). */
      changed: boolean;
      /** Decisions now waiting for a person. */
      decisions: number;
      /** The hub's winning revision: this laptop's copy is written on top of it. */
      winner: string;
      /** Losing leaves whose content this laptop now holds: removable from the hub. */
      settled: string[];
      /** Losing leaves with a decision still open: kept on the hub until decided. */
      kept: string[];
      /** The winning leaf holds what the settled leaves hold: removing them is enough, no copy need be written over it. */
      winnerHoldsAll: boolean;
    };

export interface Decided {
  winner: string;
  /** Every losing leaf: its content is now in this laptop's copy, so the hub may remove it. */
  settled: string[];
}

/** What the hub's copies say of people: to add, with a code set later, with a code another person here has, met by code under another id. */
interface PeopleFound {
  additions: Participant[];
  recoded: Participant[];
  clashes: CodeClash[];
  aliases: ParticipantAlias[];
}

/** Follow-ups and notes as the program shares them; nothing beyond the plan, roster and marks by default. */
const SHARES_NOTHING_MORE: BundleContents = { followUps: false, notes: false };

function withPending(workshop: Workshop, pending: HubPending | undefined): Workshop {
  const { hubPending: _replaced, ...rest } = workshop;
  return pending ? { ...rest, hubPending: pending } : rest;
}

export function createHubIncoming(options: {
  store: DataStore;
  clock: Clock;
  sharedContents?: () => BundleContents;
  /** True while a change made here to the workshop waits to be handed to the hub: its copy is then never behind the hub's. */
  unsharedHere?: (workshopId: string) => boolean;
}) {
  const { store, clock } = options;
  const sharedContents = options.sharedContents ?? (() => SHARES_NOTHING_MORE);
  const unsharedHere = options.unsharedHere ?? (() => false);
  const words = () => mergeWordsOf(store.settings.get());

  /** Bodies addPeopleOf read, read again by none: a first sync's thousands are each checked once. */
  const reads = new WeakMap<object, { documentId: string; read: BundleRead }>();
  function readBody(documentId: string, body: unknown): BundleRead {
    const held = typeof body === 'object' && body !== null ? reads.get(body) : undefined;
    return held?.documentId === documentId ? held.read : readWorkshopValue(documentId, body);
  }

  /**
   * The leaves' bodies read (a bad one refuses them all) and their people matched to this laptop's
   * registry: people to add, and people whose code a leaf set later (the newest of the leaves' codes).
   */
  function readLeaves(
    documentId: string,
    opened: readonly OpenedLeaf[],
  ): { ok: true; leaves: HubLeaf[]; people: PeopleFound } | { ok: false; revision: string; problems: Message[] } {
    const file = store.participants.get();
    let registry = file.participants;
    const known = aliasesOf(file.aliases);
    const additions = new Map<string, Participant>();
    const recoded = new Map<string, Participant>();
    const clashes = new Map<string, CodeClash>();
    const aliases: ParticipantAlias[] = [];
    const leaves: HubLeaf[] = [];
    for (const leaf of [...opened].sort(byWinningOrder)) {
      const read = readBody(documentId, leaf.body);
      if (!read.ok) return { ok: false, revision: leaf.revision, problems: read.problems };
      const plan = planParticipants({ registry, bundle: read.bundle, allowFullNames: false, listAdditions: false, aliases: known });
      aliases.push(...plan.aliases);
      // Copied only when someone is added or recoded: a first sync's batch has added everyone already.
      if (plan.additions.length > 0 || plan.updates.length > 0) registry = withParticipants(registry, plan.updates, plan.additions);
      for (const person of plan.additions) additions.set(person.id, person);
      // Someone a leaf before added is added with the code set later.
      for (const person of plan.updates) (additions.has(person.id) ? additions : recoded).set(person.id, person);
      for (const clash of plan.clashes) clashes.set(clash.participantId, clash);
      leaves.push({ revision: leaf.revision, workshop: withPending(remapParticipants(read.bundle.workshop, plan.idMap), undefined) });
    }
    return { ok: true, leaves, people: { additions: [...additions.values()], recoded: [...recoded.values()], clashes: [...clashes.values()], aliases } };
  }

  /** People added, codes set later and codes not taken, in one durable write of the registry (nothing when there are none). */
  async function writePeople({ additions, recoded, clashes, aliases }: PeopleFound): Promise<void> {
    const file = store.participants.get();
    const listed = file.codeClashes ?? [];
    const known = (clash: CodeClash) => listed.some((entry) => sameContent(entry, clash));
    const aliasesKnown = aliasesOf(file.aliases);
    const newAliases = aliases.filter((alias) => !aliasesKnown.has(alias.id));
    if (additions.length === 0 && recoded.length === 0 && clashes.every(known) && newAliases.length === 0) return;
    await store.participants.update((current) => {
      const recodedNow = codeChangesStillNewer(current.participants, recoded);
      const participants = withParticipants(current.participants, recodedNow, additions);
      const codeClashes = withCodeClashes(current.codeClashes, clashes, current.participants, participants);
      return withAliases({ ...current, participants, ...(codeClashes === undefined ? {} : { codeClashes }) }, newAliases);
    });
  }

  /** The workshop as this laptop would share it now: what its own leaf on the hub would hold. */
  function sharedBody(workshop: Workshop, registry: readonly Participant[]) {
    return buildBundle({ workshop, registry, allowFullNames: false, exportedAt: workshop.updatedAt, include: sharedContents() });
  }

  /** The leaf this laptop wrote: named by the engine, or the one holding exactly what this laptop would share. */
  function ownLeaf(leaves: readonly HubLeaf[], local: Workshop | undefined, named: string | undefined): string | undefined {
    if (named !== undefined) return leaves.some((leaf) => leaf.revision === named) ? named : undefined;
    if (!local) return undefined;
    const registry = store.participants.get().participants;
    const mine = sharedBody(local, registry).workshop;
    return leaves.find((leaf) => sameContent(sharedBody(leaf.workshop, registry).workshop, mine))?.revision;
  }

  /**
   * This laptop's copy stands for none of the hub's leaves and was changed no later than they were:
   * a copy brought here before another laptop wrote on top of it. Its values are not a side of any
   * decision; the hub's replace them (a mark still merges three ways, so none made here is lost).
   */
  function behindTheHub(leaves: readonly HubLeaf[], local: Workshop | undefined, own: string | undefined): boolean {
    if (local === undefined || own !== undefined || unsharedHere(local.id)) return false;
    return leaves.every((leaf) => local.updatedAt <= leaf.workshop.updatedAt);
  }

  /** The leaves to merge: the hub's, this laptop's copy standing in for its own leaf, or after them when it wrote none and is newer. */
  function mergeOf(leaves: readonly HubLeaf[], local: Workshop | undefined, own: string | undefined, choices: LeafChoices): LeafMerge {
    const registry = store.participants.get().participants;
    const hub: ConflictLeaf[] = leaves.map((leaf) => ({ revision: leaf.revision, body: sharedBody(leaf.workshop, registry) }));
    let all = hub;
    if (local && !behindTheHub(leaves, local, own)) {
      const here = sharedBody(local, registry);
      all = own === undefined ? [...hub, { revision: HERE_REVISION, body: here }] : hub.map((leaf) => (leaf.revision === own ? { ...leaf, body: here } : leaf));
    }
    return mergeLeaves({ leaves: all, choices, words: words(), decidedAt: clock.now().toISOString() });
  }

  /** `local` with the merged body merged in; `undecided` says what a conflict left to a person keeps. */
  function mergedInto(local: Workshop | undefined, merge: LeafMerge, undecided: Undecided) {
    const registry = store.participants.get();
    return mergeWorkshopCopy({
      registry: registry.participants,
      aliases: aliasesOf(registry.aliases),
      local,
      incoming: merge.body,
      allowFullNames: false,
      resolutions: {},
      undecided,
      words: words(),
      now: clock.now().toISOString(),
    });
  }

  const hubLeavesOnly = (revisions: readonly string[]) => revisions.filter((revision) => revision !== HERE_REVISION);

  /**
   * Applies the leaves of one workshop document (one, or two or more in conflict). `ownRevision`,
   * when the engine knows it, is the leaf this laptop wrote last.
   */
  async function receive(input: { documentId: string; leaves: readonly OpenedLeaf[]; ownRevision?: string }): Promise<Received> {
    if (input.leaves.length === 0) throw new Error('receive needs the document’s leaves');
    const read = readLeaves(input.documentId, input.leaves);
    if (!read.ok) return { status: 'refused', revision: read.revision, problems: read.problems };
    const { leaves, people } = read;
    const workshopId = leaves[0]!.workshop.id;
    await writePeople(people);

    let outcome: Received | undefined;
    const apply = (local: Workshop | undefined): Workshop => {
      const own = ownLeaf(leaves, local, input.ownRevision);
      const merge = mergeOf(leaves, local, own, {});
      const plan = mergedInto(local, merge, behindTheHub(leaves, local, own) ? 'take-theirs' : 'keep-mine');
      const pending: HubPending | undefined =
        merge.decisions.length > 0 ? { receivedAt: clock.now().toISOString(), ...(own === undefined ? {} : { ownRevision: own }), leaves } : undefined;
      const pendingChanged = !sameContent(
        local?.hubPending?.leaves.map((leaf) => leaf.revision),
        pending?.leaves.map((leaf) => leaf.revision),
      );
      let workshop = withPending(plan.workshop, pending);
      if (plan.workshopChanged)
        workshop = { ...workshop, audit: [...workshop.audit, { at: clock.now().toISOString(), kind: 'received', from: 'program-hub' }] };
      outcome = {
        status: 'applied',
        workshopId,
        changed: people.additions.length > 0 || people.recoded.length > 0 || plan.workshopChanged || pendingChanged,
        decisions: merge.decisions.length,
        winner: merge.winner,
        settled: hubLeavesOnly(merge.settled),
        kept: hubLeavesOnly(merge.kept),
        winnerHoldsAll: merge.winnerHoldsAll,
      };
      return plan.workshopChanged || pendingChanged ? workshop : (local ?? workshop);
    };

    const local = await store.workshops.get(workshopId);
    const first = apply(local);
    if (local === undefined) {
      if ((await store.workshops.get(workshopId)) === undefined) await store.workshops.save(first);
      else await store.workshops.update(workshopId, apply);
    } else if (first !== local) {
      // Applied again to the workshop as committed when the write runs (a mark may have been made meanwhile).
      await store.workshops.update(workshopId, apply);
    }
    return outcome!;
  }

  /**
   * Adds the people the documents name (codes only) to the registry, and takes the codes they set
   * later, in one durable write: what `receive` would do one workshop at a time (a first sync brings
   * thousands). A body that does not read adds nobody; `receive` refuses it on its own.
   */
  async function addPeopleOf(documents: readonly { documentId: string; body: unknown }[]): Promise<void> {
    // Each matched against the registry as stored (indexed once); someone two of them add is added once.
    const file = store.participants.get();
    const registry = file.participants;
    const known = aliasesOf(file.aliases);
    const additions = new Map<string, Participant>();
    const addedCodes = new Set<string>();
    const recoded = new Map<string, Participant>();
    const clashes = new Map<string, CodeClash>();
    const aliases: ParticipantAlias[] = [];
    for (const document of documents) {
      const read = readWorkshopValue(document.documentId, document.body);
      if (typeof document.body === 'object' && document.body !== null) reads.set(document.body, { documentId: document.documentId, read });
      if (!read.ok) continue;
      const plan = planParticipants({ registry, bundle: read.bundle, allowFullNames: false, listAdditions: false, aliases: known });
      aliases.push(...plan.aliases);
      for (const person of plan.additions) {
        const added = additions.get(person.id);
        // Added once; two documents carrying different codes for them: the code set later.
        if (added !== undefined && !incomingCodeWins(added, person)) continue;
        if (addedCodes.has(codeKey(person.code))) continue;
        if (added !== undefined) addedCodes.delete(codeKey(added.code));
        additions.set(person.id, person);
        addedCodes.add(codeKey(person.code));
      }
      // Two documents carrying different codes for one person: the code set later, as one at a time would.
      for (const person of plan.updates) {
        const earlier = recoded.get(person.id);
        recoded.set(person.id, earlier === undefined || incomingCodeWins(earlier, person) ? person : earlier);
      }
      for (const clash of plan.clashes) clashes.set(clash.participantId, clash);
    }
    await writePeople({ additions: [...additions.values()], recoded: [...recoded.values()], clashes: [...clashes.values()], aliases });
  }

  /** The decisions waiting for a person in these workshops (those shared with the program). */
  async function pendingDecisions(workshopIds: readonly string[]): Promise<PendingDecision[]> {
    const listed: PendingDecision[] = [];
    for (const workshopId of workshopIds) {
      const workshop = await store.workshops.get(workshopId);
      const pending = workshop?.hubPending;
      if (!workshop || !pending) continue;
      const here = pending.ownRevision ?? HERE_REVISION;
      for (const decision of mergeOf(pending.leaves, workshop, pending.ownRevision, {}).decisions) {
        const side = decision.kept.revision === here ? 'kept' : decision.other.revision === here ? 'other' : undefined;
        listed.push({ ...decision, workshopId, workshopTitle: workshop.title, ...(side ? { here: side } : {}) });
      }
    }
    return listed;
  }

  /**
   * Applies a person's choices (for each decision id, the revision whose value to keep; every open
   * decision needs one) and clears the workshop's pending copies, in one durable write.
   */
  async function decide(input: { workshopId: string; choices: LeafChoices }): Promise<Decided> {
    let decided: Decided | undefined;
    await store.workshops.update(input.workshopId, (current) => {
      const pending = current.hubPending;
      if (!pending) throw new AppFailure('not-found', { code: 'hub-decisions-none' });
      const merge = mergeOf(pending.leaves, current, pending.ownRevision, input.choices);
      if (merge.decisions.length > 0) throw new AppFailure('invalid-input', { code: 'hub-decisions-open', params: { count: merge.decisions.length } });
      decided = { winner: merge.winner, settled: hubLeavesOnly([...merge.settled, ...merge.kept]) };
      // The merged body already holds this laptop's copy and the chosen sides: it is taken wherever they differ.
      return withPending(mergedInto(current, merge, 'take-theirs').workshop, undefined);
    });
    return decided!;
  }

  return { receive, addPeopleOf, pendingDecisions, decide };
}

export type HubIncoming = ReturnType<typeof createHubIncoming>;
