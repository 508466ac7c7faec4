/**
 * Small counts in tables whose cells add up: a count of one to four people shows as "<5" (the funder
 * report's rule), and then enough other cells are hidden that no hidden count can be worked out from
 * the published numbers and the sums the table states ("complementary suppression").
 *
 * A reader who knows this rule knows more than the sums: a "<5" is 1–4, and a cell hidden to protect
 * another was shown before, so it is 0 or at least 5. So after the usual step (a sum with exactly one
 * hidden cell gets its next smallest cell hidden too) each hidden cell's possible values are narrowed
 * through every sum, as such a reader would, and while any "<5" is left with one possible value, one
 * more cell of a sum it is in is hidden.
 */
import { SMALLEST_SHOWN_GROUP } from './funder';

/** A count as an outcomes table shows it: the number, "<5", or hidden so that a "<5" cannot be worked out. */
export type ProtectedCount = number | '<5' | 'hidden';

/** `total` = the sum of `parts`, each named by its key in the table. */
export interface SumRelation {
  total: string;
  parts: readonly string[];
}

type Interval = readonly [number, number];
/** The values a cell may still have: sorted, separate intervals. */
type Domain = readonly Interval[];

const UNBOUNDED = Number.MAX_SAFE_INTEGER;
const SMALL: Domain = [[1, SMALLEST_SHOWN_GROUP - 1]];
const SHOWN_BEFORE: Domain = [
  [0, 0],
  [SMALLEST_SHOWN_GROUP, UNBOUNDED],
];

function merged(intervals: readonly Interval[]): Domain {
  const sorted = intervals.filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function add(a: Domain, b: Domain): Domain {
  return merged(a.flatMap(([alo, ahi]) => b.map(([blo, bhi]): Interval => [Math.max(-UNBOUNDED, alo + blo), Math.min(UNBOUNDED, ahi + bhi)])));
}

function negate(domain: Domain): Domain {
  return merged(domain.map(([lo, hi]): Interval => [-hi, -lo]));
}

function intersect(a: Domain, b: Domain): Domain {
  const out: Interval[] = [];
  for (const [alo, ahi] of a) for (const [blo, bhi] of b) out.push([Math.max(alo, blo), Math.min(ahi, bhi)]);
  return merged(out);
}

function sameDomain(a: Domain, b: Domain): boolean {
  return a.length === b.length && a.every(([lo, hi], index) => lo === b[index]![0] && hi === b[index]![1]);
}

function isSingleValue(domain: Domain): boolean {
  return domain.length === 1 && domain[0]![0] === domain[0]![1];
}

/** Each cell of a sum with its sign: total − parts = 0. */
function signed(relation: SumRelation): [string, 1 | -1][] {
  return [[relation.total, 1], ...relation.parts.map((part): [string, 1 | -1] => [part, -1])];
}

/**
 * What a reader who knows the rule can narrow each hidden cell to, through every sum, until nothing
 * narrows further. Shown cells are their value; unpublished ones anything from 0.
 */
function narrowed(
  values: Readonly<Record<string, number>>,
  hidden: ReadonlySet<string>,
  primary: ReadonlySet<string>,
  unpublished: ReadonlySet<string>,
  relations: readonly SumRelation[],
) {
  const domains = new Map<string, Domain>();
  for (const key of Object.keys(values)) {
    const start: Domain = unpublished.has(key) ? [[0, UNBOUNDED]] : primary.has(key) ? SMALL : SHOWN_BEFORE;
    domains.set(key, hidden.has(key) ? start : [[values[key]!, values[key]!]]);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of relations) {
      const cells = signed(relation);
      for (const [key, sign] of cells) {
        if (!hidden.has(key)) continue;
        // sign·x = −Σ others' sign·value
        let others: Domain = [[0, 0]];
        for (const [other, otherSign] of cells) {
          if (other === key) continue;
          const domain = domains.get(other)!;
          others = add(others, otherSign === 1 ? domain : negate(domain));
        }
        const possible = sign === 1 ? negate(others) : others;
        const before = domains.get(key)!;
        const after = intersect(before, possible);
        if (!sameDomain(before, after)) {
          domains.set(key, after);
          changed = true;
        }
      }
    }
  }
  return domains;
}

function cellsOf(relation: SumRelation): string[] {
  return [relation.total, ...relation.parts];
}

/** The shown cell of a sum to hide next: its smallest shown part, else its total. */
function nextToHide(relation: SumRelation, values: Readonly<Record<string, number>>, hidden: ReadonlySet<string>): string | undefined {
  const shownParts = relation.parts.filter((part) => !hidden.has(part)).sort((a, b) => values[a]! - values[b]!);
  if (shownParts.length > 0) return shownParts[0];
  return hidden.has(relation.total) ? undefined : relation.total;
}

/**
 * The cell to hide when `key` is given away: the next of a sum it is in; when those are all hidden,
 * the smallest shown cell of a sum reached from it through hidden cells, nearest first.
 */
function protectorOf(
  key: string,
  values: Readonly<Record<string, number>>,
  hidden: ReadonlySet<string>,
  relations: readonly SumRelation[],
): string | undefined {
  const reached = new Set([key]);
  let layer = [key];
  while (layer.length > 0) {
    const sums = relations.filter((relation) => cellsOf(relation).some((cell) => layer.includes(cell)));
    for (const relation of sums) {
      const next = nextToHide(relation, values, hidden);
      if (next !== undefined) return next;
    }
    layer = sums.flatMap(cellsOf).filter((cell) => !reached.has(cell));
    for (const cell of layer) reached.add(cell);
  }
  return undefined;
}

/**
 * The counts of a table as it may be published. `values` holds every cell by key (all of them
 * counts of people); `relations` are the sums the table states or implies. A cell from one to four
 * becomes "<5"; cells hidden to protect one become "hidden". `unpublished` cells are part of a sum
 * but never shown (how many did not answer a scale): they carry what a reader knows, that a count
 * is at least another (pairs with a score for a scale are at most all pairs), and are left out of
 * the result.
 */
export function protectCounts(
  values: Readonly<Record<string, number>>,
  relations: readonly SumRelation[],
  unpublished: readonly string[] = [],
): Record<string, ProtectedCount> {
  const secret = new Set(unpublished);
  const primary = new Set(Object.keys(values).filter((key) => !secret.has(key) && values[key]! > 0 && values[key]! < SMALLEST_SHOWN_GROUP));
  const hidden = new Set([...primary, ...secret]);

  for (let changed = true; changed;) {
    changed = false;
    // The usual step: a sum of published cells with one hidden cell gives it away.
    for (const relation of relations) {
      const cells = cellsOf(relation);
      if (cells.some((key) => secret.has(key)) || cells.filter((key) => hidden.has(key)).length !== 1) continue;
      const next = nextToHide(relation, values, hidden);
      if (next !== undefined) {
        hidden.add(next);
        changed = true;
      }
    }
    if (changed) continue;
    // Then as a reader who knows the rule: a small count left with one possible value is given away.
    // (A cell hidden only to protect another may be narrowed to its value: it was no small count.)
    const domains = narrowed(values, hidden, primary, secret, relations);
    const givenAway = [...primary].find((key) => isSingleValue(domains.get(key)!));
    if (givenAway === undefined) break;
    const next = protectorOf(givenAway, values, hidden, relations);
    // Everything it is tied to is hidden already: nothing more can be hidden.
    if (next === undefined) break;
    hidden.add(next);
    changed = true;
  }

  const shown: Record<string, ProtectedCount> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!secret.has(key)) shown[key] = !hidden.has(key) ? value : primary.has(key) ? '<5' : 'hidden';
  }
  return shown;
}
