/**
 * Which of two versions of one record was changed last, when two computers merge their copies. On
 * the same recorded time (imported copies, clocks set by hand or alike) the version with the greater
 * canonical text counts as newer: every computer picks the same one, whichever side it holds and
 * whatever order the copies arrive in, so their records converge instead of each keeping its own.
 */
import { canonical } from './canonical';

export type Side = 'mine' | 'theirs';

export function newerSide(mineAt: string, theirsAt: string, mineValue: unknown, theirsValue: unknown): Side {
  if (mineAt !== theirsAt) return theirsAt > mineAt ? 'theirs' : 'mine';
  return canonical(theirsValue) > canonical(mineValue) ? 'theirs' : 'mine';
}
