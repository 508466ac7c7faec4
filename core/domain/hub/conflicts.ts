/**
 * Settling a workshop's document when the program hub holds two or more revisions of it (CouchDB
 * conflict leaves: laptops that changed it while apart). The leaves are merged by the same function
 * as a bundle import (mergeWorkshopCopy), in CouchDB's own order of revisions, so every laptop that
 * holds the same leaves and the same choices makes the same body. What merges silently (marks on
 * different people, a mark changed on one side only) is merged; what only a person can decide is
 * listed, the winning leaf's side kept meanwhile, and a leaf with an open decision stays on the hub.
 */
import { mergeWorkshopCopy, withParticipants, type MergeWords, type Resolutions } from '../bundles/merge';
import type { BundleChange } from '../bundles/views';
import type { Bundle } from '../bundles/format';
import type { AttendanceMark, AuditEntry } from '../attendance';
import type { Message } from '../messages';
import { referencedParticipantIds } from '../workshop';
import { sameVersion } from '../markHistory';

export interface ConflictLeaf {
  /** The leaf's CouchDB revision, `<generation>-<hash>`. */
  revision: string;
  body: Bundle;
}

/** One side of a decision: the leaf it comes from and its value in words. */
export interface DecisionSide {
  revision: string;
  value: Message;
}

/** A change only a person can decide: the same record holding different values in two leaves. */
export interface LeafDecision {
  /** Stable while the leaves stay: the merge's change id and the revision of the leaf it came with. */
  id: string;
  label: Message;
  /** The side the merged body keeps until decided (the winning leaf's, or one merged into it), then the other leaf's. */
  kept: DecisionSide;
  other: DecisionSide;
  /** The revision of the side changed last. */
  newer: string;
}

/** A decision waiting for a person, as the decisions list shows it. */
export interface PendingDecision extends LeafDecision {
  workshopId: string;
  workshopTitle: string;
  /** The side this laptop's copy holds, when it holds one of them. */
  here?: 'kept' | 'other';
}

/** For each decision id: the revision whose value to keep. */
export type LeafChoices = Readonly<Record<string, string>>;

export interface LeafMerge {
  /** CouchDB's winning revision: the body is written on top of it. */
  winner: string;
  /** The merged body: everything that merges silently, the chosen sides, the winner's side of what is undecided. */
  body: Bundle;
  decisions: LeafDecision[];
  /** Losing leaves whose content is all in the body: removable from the hub. */
  settled: string[];
  /** Losing leaves with a decision still open: kept on the hub until decided. */
  kept: string[];
  /**
   * The winning leaf already holds everything the others hold: removing the settled leaves is enough.
   * When false the merged body must be written over the winner first, or what only a losing leaf
   * held (a mark made on a laptop whose revision lost) would leave the hub with it.
   */
  winnerHoldsAll: boolean;
}

function generationOf(revision: string): number {
  const generation = Number.parseInt(revision.slice(0, revision.indexOf('-')), 10);
  return Number.isFinite(generation) ? generation : 0;
}

/** CouchDB's order of leaves: the longest history first, then the greater revision id; the first wins. */
export function byWinningOrder(a: { revision: string }, b: { revision: string }): number {
  return generationOf(b.revision) - generationOf(a.revision) || (a.revision < b.revision ? 1 : a.revision > b.revision ? -1 : 0);
}

const decisionId = (changeId: string, revision: string) => `${changeId}@${revision}`;

/** The person's choices for the decisions met when `revision` is merged, as the merge's sides. */
function resolutionsFor(choices: LeafChoices, revision: string): Resolutions {
  const suffix = `@${revision}`;
  return Object.fromEntries(
    Object.entries(choices)
      .filter(([id]) => id.endsWith(suffix))
      .map(([id, chosen]) => [id.slice(0, -suffix.length), chosen === revision ? 'theirs' : 'mine']),
  );
}

const markKey = (mark: Pick<AttendanceMark, 'meetingId' | 'participantId'>) => `mark:${mark.meetingId}:${mark.participantId}`;

/**
 * The value a decided mark conflict did not keep, as an entry of the audit log (from the lost status
 * to the kept one): the mark's history then holds both sides once the losing leaf is gone.
 */
function lostMarks(
  decided: readonly BundleChange[],
  before: readonly AttendanceMark[],
  other: readonly AttendanceMark[],
  after: readonly AttendanceMark[],
  at: string,
): AuditEntry[] {
  const byKey = (marks: readonly AttendanceMark[]) => new Map(marks.map((mark) => [markKey(mark), mark]));
  const [was, theirs, now] = [byKey(before), byKey(other), byKey(after)];
  return decided.flatMap((change): AuditEntry[] => {
    const kept = now.get(change.id);
    const before = was.get(change.id);
    const lost = kept && before && sameVersion(kept, before) ? theirs.get(change.id) : before;
    if (!kept || !lost) return [];
    return [{ at, kind: 'attendance-changed', meetingId: kept.meetingId, participantId: kept.participantId, from: lost.statusId, to: kept.statusId }];
  });
}

/**
 * Merges the leaves of one workshop document (two or more; their participant ids as carried) with
 * the person's choices. `decidedAt` dates the audit entries of the marks decided.
 */
export function mergeLeaves(options: { leaves: readonly ConflictLeaf[]; choices: LeafChoices; words: MergeWords; decidedAt: string }): LeafMerge {
  const { choices, words, decidedAt } = options;
  const [first, ...rest] = [...options.leaves].sort(byWinningOrder);
  if (!first) throw new Error('mergeLeaves needs at least one leaf');
  // The latest of the leaves, not the clock: laptops merging the same leaves make the same body.
  const now = options.leaves.map((leaf) => leaf.body.workshop.updatedAt).reduce((a, b) => (a > b ? a : b));
  let body = first.body;
  const decisions: LeafDecision[] = [];
  const settled: string[] = [];
  const kept: string[] = [];
  let winnerHoldsAll = true;
  for (const leaf of rest) {
    const merge = mergeWorkshopCopy({
      registry: body.participants,
      local: body.workshop,
      incoming: leaf.body,
      allowFullNames: false,
      resolutions: resolutionsFor(choices, leaf.revision),
      undecided: 'keep-mine',
      words,
      now,
    });
    const open = merge.decisions.filter((change) => choices[decisionId(change.id, leaf.revision)] === undefined);
    const decided = merge.decisions.filter((change) => choices[decisionId(change.id, leaf.revision)] !== undefined);
    for (const change of open) {
      decisions.push({
        id: decisionId(change.id, leaf.revision),
        label: change.label,
        kept: { revision: first.revision, value: change.mine ?? change.label },
        other: { revision: leaf.revision, value: change.theirs ?? change.label },
        newer: change.newer === 'theirs' ? leaf.revision : first.revision,
      });
    }
    (open.length > 0 ? kept : settled).push(leaf.revision);
    const broughtSomething = merge.workshopChanged || merge.participants.additions.length > 0 || merge.participants.updates.length > 0;
    if (open.length === 0 && broughtSomething) winnerHoldsAll = false;
    const history = lostMarks(decided, body.workshop.attendance, leaf.body.workshop.attendance, merge.workshop.attendance, decidedAt);
    const workshop = history.length > 0 ? { ...merge.workshop, audit: [...merge.workshop.audit, ...history] } : merge.workshop;
    const registry = withParticipants(body.participants, merge.participants.updates, merge.participants.additions);
    const wanted = referencedParticipantIds(workshop);
    body = { ...body, workshop, participants: registry.filter((participant) => wanted.has(participant.id)) };
  }
  return { winner: first.revision, body, decisions, settled, kept, winnerHoldsAll };
}
