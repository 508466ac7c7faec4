/**
 * The program's shared lists (the hub document `lists`, sealed like every other): the sites,
 * facilitators and local resources of Settings, and the modules the program's workshops use.
 *
 * Laptops edit the lists offline, so the hub may hold several leaves of the document at once. They
 * never need a person: each entry carries the time it last changed, a removal travels as a
 * tombstone (or the entry would come back from the next leaf that still has it), and the merge of
 * any number of leaves takes, for each id, the latest change. The merge depends only on the leaves,
 * never their order, so every laptop that merges the same leaves writes the same body.
 *
 * Modules in use are a union: a module version stays listed once a shared workshop used it (the
 * workshops themselves stay on every laptop that received them).
 */
import { z } from 'zod';
import { canonical, sameContent } from '../bundles/merge';
import { newerSide } from '../newerSide';
import { issuesOf } from '../issues';
import type { Message } from '../messages';
import { facilitatorSchema, resourceSchema, siteSchema, type Facilitator, type Resource, type Settings, type Site } from '../settings';
import { recordId, requiredText } from '../text';

export const PROGRAM_LISTS_KIND = 'facilitator-program-lists';
export const PROGRAM_LISTS_VERSION = 1;
/** More entries (tombstones included) than any program keeps in one list. */
const MAX_ENTRIES = 5_000;

const changedAt = z.iso.datetime();
const removedSchema = z.strictObject({ id: recordId, changedAt, removed: z.literal(true) });

const tracked = <T extends z.ZodType>(entry: T) => z.array(z.union([entry, removedSchema])).max(MAX_ENTRIES);

export const moduleInUseSchema = z.strictObject({
  id: z.string().min(1).max(40),
  version: z.number().int().min(1),
  title: requiredText(200),
});

export const programListsSchema = z.strictObject({
  kind: z.literal(PROGRAM_LISTS_KIND),
  version: z.literal(PROGRAM_LISTS_VERSION),
  sites: tracked(siteSchema.extend({ changedAt })),
  facilitators: tracked(facilitatorSchema.extend({ changedAt })),
  resources: tracked(resourceSchema.extend({ changedAt })),
  modules: z.array(moduleInUseSchema).max(MAX_ENTRIES),
});

export type ModuleInUse = z.infer<typeof moduleInUseSchema>;
export type Removed = z.infer<typeof removedSchema>;
/** An entry as the lists carry it: the record with the time it last changed, or a removal. */
export type Tracked<T> = (T & { changedAt: string }) | Removed;
export type ProgramLists = z.infer<typeof programListsSchema>;

/** The lists that travel, by their name in Settings. */
export const SHARED_LISTS = ['sites', 'facilitators', 'resources'] as const;
export type SharedListName = (typeof SHARED_LISTS)[number];
export type SharedRecords = { sites: readonly Site[]; facilitators: readonly Facilitator[]; resources: readonly Resource[] };

export function emptyProgramLists(): ProgramLists {
  return { kind: PROGRAM_LISTS_KIND, version: PROGRAM_LISTS_VERSION, sites: [], facilitators: [], resources: [], modules: [] };
}

export function isRemoved<T>(entry: Tracked<T>): entry is Removed {
  return 'removed' in entry;
}

/** The record an entry carries, without its change time. */
function recordOf<T extends { id: string }>(entry: T & { changedAt: string }): T {
  const { changedAt: _time, ...record } = entry;
  return record as unknown as T;
}

/** The records of a list that are not removed. */
export function liveRecords<T extends { id: string }>(list: readonly Tracked<T>[]): T[] {
  return list.flatMap((entry) => (isRemoved(entry) ? [] : [recordOf(entry)]));
}

export type ProgramListsRead = { ok: true; lists: ProgramLists } | { ok: false; problems: Message[] };

/** Reads an opened body: refused whole, with what is wrong and where, unless it is lists this app writes. */
export function readProgramLists(body: unknown): ProgramListsRead {
  const tagged = typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === PROGRAM_LISTS_KIND;
  if (!tagged) return { ok: false, problems: [{ code: 'hub-lists-not-lists' }] };
  const version = (body as { version?: unknown }).version;
  if (version !== PROGRAM_LISTS_VERSION) return { ok: false, problems: [{ code: 'hub-lists-version', params: { found: String(version) } }] };
  const parsed = programListsSchema.safeParse(body);
  if (parsed.success) return { ok: true, lists: parsed.data };
  return { ok: false, problems: issuesOf(parsed.error).map((issue) => ({ code: 'hub-lists-field', params: { path: issue.path, rule: issue } })) };
}

/**
 * Which of two versions of one entry the program keeps: the later change; on the same instant a
 * removal, then the greater content, so the choice never depends on which laptop merges.
 */
function later<T>(a: Tracked<T>, b: Tracked<T>): Tracked<T> {
  if (a.changedAt === b.changedAt && isRemoved(a) !== isRemoved(b)) return isRemoved(a) ? a : b;
  return newerSide(a.changedAt, b.changedAt, a, b) === 'theirs' ? b : a;
}

function mergeList<T extends { id: string }>(lists: readonly (readonly Tracked<T>[])[]): Tracked<T>[] {
  const byId = new Map<string, Tracked<T>>();
  for (const entry of lists.flat()) {
    const held = byId.get(entry.id);
    byId.set(entry.id, held === undefined ? entry : later(held, entry));
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const moduleKey = (module: ModuleInUse) => `${module.id}@${String(module.version).padStart(6, '0')}`;

function mergeModules(lists: readonly (readonly ModuleInUse[])[]): ModuleInUse[] {
  const byKey = new Map<string, ModuleInUse>();
  for (const module of lists.flat()) {
    const held = byKey.get(moduleKey(module));
    byKey.set(moduleKey(module), held === undefined || canonical(module) > canonical(held) ? module : held);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, module]) => module);
}

/** The program's lists from any number of leaves (and this laptop's own): the same whatever their order. */
export function mergeProgramLists(leaves: readonly ProgramLists[]): ProgramLists {
  return {
    ...emptyProgramLists(),
    sites: mergeList(leaves.map((leaf) => leaf.sites)),
    facilitators: mergeList(leaves.map((leaf) => leaf.facilitators)),
    resources: mergeList(leaves.map((leaf) => leaf.resources)),
    modules: mergeModules(leaves.map((leaf) => leaf.modules)),
  };
}

export function sameProgramLists(a: ProgramLists, b: ProgramLists): boolean {
  return sameContent(mergeProgramLists([a]), mergeProgramLists([b]));
}

/**
 * When a change made here is dated: now, or just after the version it replaces when this computer's
 * clock is behind that version's (a clock set back, or another laptop's ahead): a change made here
 * never loses to the very version it changed.
 */
function changedAfter(now: string, replaced: { changedAt: string } | undefined): string {
  if (replaced === undefined || now > replaced.changedAt) return now;
  return new Date(Date.parse(replaced.changedAt) + 1).toISOString();
}

/**
 * One list as this laptop holds it, tracked against the program's as last shared or received here
 * (`last`): an entry unchanged keeps its time, one new or changed here is dated `now`, one gone from
 * here is removed at `now`. An entry the program removed that this laptop kept (`keptHere`: a
 * workshop here names it) stays removed on the program.
 */
function trackList<T extends { id: string }>(records: readonly T[], last: readonly Tracked<T>[], keptHere: ReadonlySet<string>, now: string): Tracked<T>[] {
  const lastById = new Map(last.map((entry) => [entry.id, entry]));
  const here = new Set(records.map((record) => record.id));
  const tracked: Tracked<T>[] = records.map((record) => {
    const known = lastById.get(record.id);
    if (known !== undefined && isRemoved(known) && keptHere.has(record.id)) return known;
    if (known !== undefined && !isRemoved(known) && sameContent(recordOf(known), record)) return known;
    return { ...record, changedAt: changedAfter(now, known) };
  });
  for (const entry of last) {
    if (here.has(entry.id)) continue;
    tracked.push(isRemoved(entry) ? entry : { id: entry.id, changedAt: changedAfter(now, entry), removed: true });
  }
  return mergeList([tracked]);
}

/** This laptop's lists as they would travel now: Settings' records dated against what the program last had. */
export function programListsOf(options: {
  records: SharedRecords;
  modules: readonly ModuleInUse[];
  last: ProgramLists;
  keptHere: readonly string[];
  now: string;
}): ProgramLists {
  const { records, last, now } = options;
  const kept = new Set(options.keptHere);
  return {
    ...emptyProgramLists(),
    sites: trackList(records.sites, last.sites, kept, now),
    facilitators: trackList(records.facilitators, last.facilitators, kept, now),
    resources: trackList(records.resources, last.resources, kept, now),
    modules: mergeModules([last.modules, options.modules]),
  };
}

/**
 * One list of Settings after the program's: entries in this laptop's order, changed as the program
 * has them, new ones after them; an entry the program removed goes unless a workshop here names it.
 */
function applyList<T extends { id: string }>(here: readonly T[], program: readonly Tracked<T>[], named: ReadonlySet<string>, kept: string[]): T[] {
  const byId = new Map(program.map((entry) => [entry.id, entry]));
  const result: T[] = [];
  for (const record of here) {
    const entry = byId.get(record.id);
    if (entry === undefined) result.push(record);
    else if (!isRemoved(entry)) result.push(recordOf(entry));
    else if (named.has(record.id)) {
      result.push(record);
      kept.push(record.id);
    }
  }
  const known = new Set(here.map((record) => record.id));
  for (const record of liveRecords(program)) if (!known.has(record.id)) result.push(record);
  return result;
}

/** Settings with the program's lists in them, and the removed entries kept here because a workshop names them. */
export function settingsWithProgramLists(settings: Settings, program: ProgramLists, named: ReadonlySet<string>): { settings: Settings; keptHere: string[] } {
  const keptHere: string[] = [];
  return {
    settings: {
      ...settings,
      sites: applyList(settings.sites, program.sites, named, keptHere),
      facilitators: applyList(settings.facilitators, program.facilitators, named, keptHere),
      resources: applyList(settings.resources, program.resources, named, keptHere),
    },
    keptHere,
  };
}

/** Whether two settings hold the same shared lists (a save that changed none of them shares nothing). */
export function sameSharedRecords(a: SharedRecords, b: SharedRecords): boolean {
  return SHARED_LISTS.every((name) => sameContent(a[name], b[name]));
}
