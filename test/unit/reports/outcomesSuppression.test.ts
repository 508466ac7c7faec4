import { describe, expect, it } from 'vitest';
import { protectCounts, type ProtectedCount, type SumRelation } from '../../../core/domain/reports/outcomesSuppression';

/**
 * A reader trying to get hidden counts back. They know the table's sums and the rule: "<5" is 1 to
 * 4, and a cell hidden to protect another was shown before, so it is 0 or at least 5. They try every
 * value of the free cells (the others follow from the sums) and keep the ones that fit everything
 * published. A hidden cell with one value left is recovered.
 */
interface TableModel {
  /** The cells every other cell follows from, in the order they are tried. */
  free: readonly string[];
  /** Every cell that follows from the free cells chosen so far. */
  cells(free: Readonly<Record<string, number>>): Record<string, number>;
  relations: readonly SumRelation[];
}

const LARGEST_TRIED = 16;

/** `shown` is undefined for a cell the table never publishes: any count fits. */
function fits(value: number, shown: ProtectedCount | undefined): boolean {
  if (shown === undefined) return true;
  if (shown === '<5') return value >= 1 && value <= 4;
  if (shown === 'hidden') return value === 0 || value >= 5;
  return value === shown;
}

function candidates(shown: ProtectedCount | undefined): number[] {
  if (typeof shown === 'number') return [shown];
  return Array.from({ length: LARGEST_TRIED + 1 }, (_, value) => value).filter((value) => fits(value, shown));
}

/** The values each hidden cell can still have, given what is published. */
function whatAReaderCanTell(model: TableModel, published: Readonly<Record<string, ProtectedCount>>): Map<string, Set<number>> {
  const possible = new Map<string, Set<number>>(
    Object.keys(published)
      .filter((key) => typeof published[key] !== 'number')
      .map((key) => [key, new Set()]),
  );
  const tryFrom = (index: number, chosen: Record<string, number>) => {
    const cells = model.cells(chosen);
    if (!Object.entries(cells).every(([key, value]) => value >= 0 && fits(value, published[key]))) return;
    if (index === model.free.length) {
      for (const [key, values] of possible) values.add(cells[key]!);
      return;
    }
    const key = model.free[index]!;
    for (const value of candidates(published[key])) tryFrom(index + 1, { ...chosen, [key]: value });
  };
  tryFrom(0, {});
  return possible;
}

/** The cells of `formulas` whose inputs are all chosen, with the chosen cells themselves. */
function following(chosen: Readonly<Record<string, number>>, formulas: Record<string, [readonly string[], (...inputs: number[]) => number]>) {
  const cells: Record<string, number> = { ...chosen };
  for (const [key, [inputs, formula]] of Object.entries(formulas)) {
    if (inputs.every((input) => cells[input] !== undefined)) cells[key] = formula(...inputs.map((input) => cells[input]!));
  }
  return cells;
}

/** A scale's change: pairs = improved + same + worse. */
const changeTable: TableModel = {
  free: ['improved', 'same', 'worse'],
  cells: (chosen) => following(chosen, { paired: [['improved', 'same', 'worse'], (improved, same, worse) => improved! + same! + worse!] }),
  relations: [{ total: 'paired', parts: ['improved', 'same', 'worse'] }],
};

/** Completion and pairing of a pre/post survey, as the outcomes report states them. */
const completionTable: TableModel = {
  free: ['paired', 'preWithoutPost', 'pre.unlinked', 'pre.complete', 'postWithoutPre', 'post.unlinked', 'post.complete'],
  cells: (chosen) =>
    following(chosen, {
      'pre.given': [['paired', 'preWithoutPost', 'pre.unlinked'], (paired, only, unlinked) => paired! + only! + unlinked!],
      'post.given': [['paired', 'postWithoutPre', 'post.unlinked'], (paired, only, unlinked) => paired! + only! + unlinked!],
      'pre.partial': [
        ['paired', 'preWithoutPost', 'pre.unlinked', 'pre.complete'],
        (paired, only, unlinked, complete) => paired! + only! + unlinked! - complete!,
      ],
      'post.partial': [
        ['paired', 'postWithoutPre', 'post.unlinked', 'post.complete'],
        (paired, only, unlinked, complete) => paired! + only! + unlinked! - complete!,
      ],
    }),
  relations: [
    { total: 'pre.given', parts: ['pre.complete', 'pre.partial'] },
    { total: 'post.given', parts: ['post.complete', 'post.partial'] },
    { total: 'pre.given', parts: ['paired', 'preWithoutPost', 'pre.unlinked'] },
    { total: 'post.given', parts: ['paired', 'postWithoutPre', 'post.unlinked'] },
  ],
};

/** Completion and pairing with one scale's change: its pairs are at most all pairs (some did not answer enough of it). */
const completionWithScale: TableModel = {
  free: [
    'paired',
    'preWithoutPost',
    'pre.unlinked',
    'pre.complete',
    'postWithoutPre',
    'post.unlinked',
    'post.complete',
    'scale.unscored',
    'scale.improved',
    'scale.same',
  ],
  cells: (chosen) => ({
    ...completionTable.cells(chosen),
    ...following(completionTable.cells(chosen), {
      'scale.paired': [['paired', 'scale.unscored'], (paired, unscored) => paired! - unscored!],
      'scale.worse': [
        ['paired', 'scale.unscored', 'scale.improved', 'scale.same'],
        (paired, unscored, improved, same) => paired! - unscored! - improved! - same!,
      ],
    }),
  }),
  relations: [
    ...completionTable.relations,
    { total: 'scale.paired', parts: ['scale.improved', 'scale.same', 'scale.worse'] },
    { total: 'paired', parts: ['scale.paired', 'scale.unscored'] },
  ],
};

/** Checks a published table: shown cells are true, "<5" is true, and no hidden cell can be recovered. */
function expectSafe(model: TableModel, truth: Record<string, number>, unpublished: readonly string[] = []) {
  const published = protectCounts(truth, model.relations, unpublished);
  for (const [key, shown] of Object.entries(published)) {
    expect(unpublished, key).not.toContain(key);
    if (typeof shown === 'number') expect(shown, key).toBe(truth[key]);
    else if (shown === '<5') expect(truth[key]!, key).toBeGreaterThanOrEqual(1);
    if (truth[key]! >= 1 && truth[key]! <= 4) expect(shown, `${key} is ${truth[key]}`).toBe('<5');
  }
  const told = whatAReaderCanTell(model, published);
  for (const key of unpublished) told.delete(key);
  for (const [key, values] of told) {
    expect(values.has(truth[key]!), `${key}: the truth fits what is published`).toBe(true);
    // A cell hidden only to protect another may be worked out: it is no small count. A "<5" may not.
    if (published[key] === '<5') {
      expect([...values].length, `${key} (really ${truth[key]}) cannot be worked out from ${JSON.stringify(published)}`).toBeGreaterThan(1);
    }
  }
  return published;
}

/** A small deterministic generator (no test depends on chance from run to run). */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

describe('protectCounts: small counts and the cells that would give them away', () => {
  it('shows a count of one to four as "<5", and zero and five or more as numbers', () => {
    expect(protectCounts({ paired: 30, improved: 15, same: 0, worse: 15 }, changeTable.relations)).toEqual({ paired: 30, improved: 15, same: 0, worse: 15 });
    expect(protectCounts({ paired: 3, improved: 3, same: 0, worse: 0 }, changeTable.relations).paired).toBe('<5');
  });

  it('hides the next smallest cell of a sum when one cell of it is hidden', () => {
    // Shown alone, "worse: <5" would be 22 − 12 − 8 = 2.
    const published = expectSafe(changeTable, { paired: 22, improved: 12, same: 8, worse: 2 });
    expect(published).toEqual({ paired: 22, improved: 12, same: 'hidden', worse: '<5' });
  });

  it('hides more when a reader who knows the rule could still work a count out', () => {
    // 4 + 4 = 8 with both "<5" leaves only 4 and 4; hiding the zero too leaves many answers.
    const published = expectSafe(changeTable, { paired: 8, improved: 4, same: 4, worse: 0 });
    expect(published.improved).toBe('<5');
    expect(published.same).toBe('<5');
    expect(published.worse).toBe('hidden');
  });

  it('leaves nothing recoverable in any change table up to 20 pairs', () => {
    for (let improved = 0; improved <= 8; improved++) {
      for (let same = 0; same <= 8; same++) {
        for (let worse = 0; worse <= 4; worse++) expectSafe(changeTable, changeTable.cells({ improved, same, worse }));
      }
    }
  });

  it('counts what a reader sees across tables: a scale’s pairs are at most all pairs', () => {
    // Twelve took the pre-survey, eleven the post: shown alone, "11 pairs" on a scale and 12 given
    // would leave "pre without post: <5" only 1.
    const truth = completionWithScale.cells({
      paired: 11,
      preWithoutPost: 1,
      'pre.unlinked': 0,
      'pre.complete': 12,
      postWithoutPre: 0,
      'post.unlinked': 0,
      'post.complete': 11,
      'scale.unscored': 0,
      'scale.improved': 9,
      'scale.same': 2,
    });
    const published = expectSafe(completionWithScale, truth, ['scale.unscored']);
    expect(published.preWithoutPost).toBe('<5');
    expect(published['scale.same']).toBe('<5');
  });

  it('leaves nothing recoverable in completion tables, where one count is in two sums', () => {
    const next = numbers(20270301);
    const small = () => (next(3) === 0 ? next(3) : next(5) === 0 ? 5 + next(5) : next(5));
    for (let table = 0; table < 40; table++) {
      const free = {
        paired: small() + (next(2) ? 5 : 0),
        preWithoutPost: small(),
        postWithoutPre: small(),
        'pre.unlinked': small(),
        'post.unlinked': small(),
      };
      const preGiven = free.paired + free.preWithoutPost + free['pre.unlinked'];
      const postGiven = free.paired + free.postWithoutPre + free['post.unlinked'];
      const truth = completionTable.cells({ ...free, 'pre.complete': next(preGiven + 1), 'post.complete': next(postGiven + 1) });
      expect(Object.keys(truth)).toHaveLength(11);
      expectSafe(completionTable, truth);
    }
  });
});
