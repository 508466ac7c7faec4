import { describe, expect, it } from 'vitest';
import { generationsToKeep } from '../../../electron/storage/backups';
import { fileTimestamp } from '../../../electron/storage/layout';

const at = (iso: string) => fileTimestamp(new Date(iso));

/** 2027-01-01 (a Friday) plus `n - 1` days, at `time` UTC. */
function dayOf2027(n: number, time = '09:00'): string {
  const date = new Date(Date.UTC(2027, 0, n));
  return at(`${date.toISOString().slice(0, 10)}T${time}:00Z`);
}

describe('the rule for keeping backup generations', () => {
  // Sixty days of use, 1 January to 1 March 2027, one generation each morning; more on some days
  // (made before imports); "now" is the evening of 1 March.
  const now = new Date('2027-03-01T18:00:00Z');
  const history = [
    ...Array.from({ length: 60 }, (_, i) => dayOf2027(i + 1)),
    at('2027-03-01T12:00:00Z'),
    at('2027-03-01T17:30:00Z'),
    at('2027-02-28T20:00:00Z'),
    at('2027-02-22T15:00:00Z'),
  ];

  it('keeps the newest of each of the last 7 days, the newest of each of the 4 weeks before them, and all of the last 24 hours', () => {
    const kept = [...generationsToKeep(history, now, 'UTC')].sort();
    expect(kept).toEqual(
      [
        // Weekly, newest first going back: the week of Monday 22 February (only the 22nd is older than
        // the daily days), then the weeks of 15, 8 and 1 February.
        at('2027-02-07T09:00:00Z'),
        at('2027-02-14T09:00:00Z'),
        at('2027-02-21T09:00:00Z'),
        at('2027-02-22T15:00:00Z'),
        // Daily: 23 February to 1 March, the newest of each day.
        at('2027-02-23T09:00:00Z'),
        at('2027-02-24T09:00:00Z'),
        at('2027-02-25T09:00:00Z'),
        at('2027-02-26T09:00:00Z'),
        at('2027-02-27T09:00:00Z'),
        at('2027-02-28T20:00:00Z'),
        // The last 24 hours: every generation, the safety ones made before imports included.
        at('2027-03-01T09:00:00Z'),
        at('2027-03-01T12:00:00Z'),
        at('2027-03-01T17:30:00Z'),
      ].sort(),
    );
    expect(kept).not.toContain(at('2027-02-28T09:00:00Z'));
    expect(kept).not.toContain(at('2027-02-22T09:00:00Z'));
    expect(kept).not.toContain(at('2027-01-31T09:00:00Z'));
  });

  it('never drops a generation made moments ago, however many were made that day', () => {
    const burst = Array.from({ length: 30 }, (_, i) => at(new Date(now.getTime() - (30 - i) * 60_000).toISOString()));
    const kept = generationsToKeep([...history, ...burst], now, 'UTC');
    for (const name of burst) expect(kept.has(name)).toBe(true);
  });

  it('keeps everything while there are fewer than 7 days of use', () => {
    const few = [dayOf2027(1), dayOf2027(5), dayOf2027(20), dayOf2027(40)];
    expect([...generationsToKeep(few, new Date('2027-06-01T00:00:00Z'), 'UTC')].sort()).toEqual([...few].sort());
  });

  it('counts days in the time zone it is given', () => {
    // 20:00 UTC on 28 February and 02:00 UTC on 1 March are both 28 February in Los Angeles.
    const evening = at('2027-02-28T20:00:00Z');
    const night = at('2027-03-01T02:00:00Z');
    const later = new Date('2027-03-10T00:00:00Z');
    expect([...generationsToKeep([evening, night], later, 'UTC')].sort()).toEqual([evening, night]);
    expect([...generationsToKeep([evening, night], later, 'America/Los_Angeles')]).toEqual([night]);
  });

  it('ignores names that are not generations', () => {
    expect([...generationsToKeep(['my notes', '.half-made.tmp', dayOf2027(3)], now, 'UTC')]).toEqual([dayOf2027(3)]);
  });
});
