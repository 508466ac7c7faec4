import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../core/domain/participants';
import { fileLabels } from '../../../core/domain/exports/fileLabels';
import { outcomesReport, type InstrumentOutcome } from '../../../core/domain/reports/outcomes';
import { outcomesTables } from '../../../core/domain/reports/outcomesCsv';
import type { Workshop, WorkshopSite } from '../../../core/domain/workshop';
import { custodySeries, enrol, participant } from '../progress/helpers';
import { answersFor, survey, withSurvey } from './outcomesHelpers';

/* The custody series meets Tuesdays and Thursdays from 2027-03-02 to 2027-04-01. */
const RANGE = { from: '2027-03-01', to: '2027-04-30' };
const eastlake: WorkshopSite = { siteId: randomUUID(), name: 'Eastlake Juvenile Hall', kind: 'detention' };
const roosevelt: WorkshopSite = { siteId: randomUUID(), name: 'Roosevelt Middle School', kind: 'school' };

let code = 0;
/**
 * A group at `site` whose young people each took the pre and post: `improved` of them moved from 50
 * to 100 on tactics, `same` stayed at 50, `worse` fell from 50 to 0. Help: 25 → 75 for everyone.
 */
function group(site: WorkshopSite | undefined, { improved = 0, same = 0, worse = 0 }: { improved?: number; same?: number; worse?: number }): Workshop {
  const plan: (0 | 50 | 100)[] = [...Array<100>(improved).fill(100), ...Array<50>(same).fill(50), ...Array<0>(worse).fill(0)];
  const youth: Participant[] = plan.map(() => participant(`Y-${String(++code).padStart(3, '0')}`));
  let workshop = youth.reduce((one, person) => enrol(one, person), withSurvey({ ...custodySeries(), ...(site ? { site } : {}) }));
  youth.forEach((person, index) => {
    workshop = survey(workshop, person, 'pre', answersFor(50, 2));
    workshop = survey(workshop, person, 'post', answersFor(plan[index]!, 4));
  });
  return workshop;
}

function only(workshops: readonly Workshop[]): InstrumentOutcome {
  const { instruments } = outcomesReport(workshops, RANGE);
  expect(instruments).toHaveLength(1);
  return instruments[0]!;
}

/** "site: pairs, improved, same, worse, mean change" for the tactics scale of each site. */
function tacticsBySite(outcome: InstrumentOutcome): string[] {
  return outcome.bySite.map((site) => {
    const tactics = site.scales.find((scale) => scale.scaleId === 'tactics')!;
    return `${site.label ?? '(no site)'} ×${site.workshops}: ${tactics.paired} paired, ${tactics.improved.count}/${tactics.same.count}/${tactics.worse.count}, change ${tactics.meanChange ?? '–'}`;
  });
}

describe('outcomesReport: by site', () => {
  it('gives each site its own change per scale, its pairs adding up to the whole, sites by name and no site last', () => {
    const outcome = only([
      group(roosevelt, { improved: 5, same: 5 }),
      group(undefined, { improved: 5, same: 5 }),
      group(eastlake, { improved: 10 }),
      group(eastlake, { same: 5, worse: 5 }),
    ]);
    expect(outcome.scales[0]).toMatchObject({ scaleId: 'tactics', paired: 40, improved: { count: 20 }, same: { count: 15 }, worse: { count: 5 } });
    expect(tacticsBySite(outcome)).toEqual([
      'Eastlake Juvenile Hall ×2: 20 paired, 10/5/5, change 12.5',
      'Roosevelt Middle School ×1: 10 paired, 5/5/0, change 25',
      '(no site) ×1: 10 paired, 5/5/0, change 25',
    ]);
    const help = outcome.bySite[0]!.scales.find((scale) => scale.scaleId === 'help')!;
    expect(help).toMatchObject({ paired: 20, meanPre: 25, meanPost: 75, meanChange: 50, improved: { count: 20, share: 1 } });
  });

  it('has no breakdown when every workshop counted is at one site, or nobody took both surveys', () => {
    expect(only([group(eastlake, { improved: 6 }), group(eastlake, { same: 6 })]).bySite).toEqual([]);
    expect(only([group(eastlake, {}), group(roosevelt, {})]).bySite).toEqual([]);
  });

  it('shows a site’s small count as "<5" and hides enough else that it cannot be worked out from the totals', () => {
    // Roosevelt: 3 pairs. The total (13) less Eastlake (10) would give it away, so one of them is hidden too.
    const outcome = only([group(eastlake, { improved: 10 }), group(roosevelt, { improved: 3 })]);
    const [hall, school] = outcome.bySite.map((site) => site.scales.find((scale) => scale.scaleId === 'tactics')!);
    expect(school!.paired).toBe('<5');
    expect(school!.improved.count).toBe('<5');
    expect(school!.meanChange).toBeUndefined();
    const total = outcome.scales.find((scale) => scale.scaleId === 'tactics')!;
    expect([total.paired, hall!.paired]).toContain('hidden');
    expect([total.improved.count, hall!.improved.count]).toContain('hidden');
    // No number shown for a site is about fewer than five people.
    for (const site of outcome.bySite) {
      for (const scale of site.scales) {
        for (const count of [scale.paired, scale.improved.count, scale.same.count, scale.worse.count]) {
          if (typeof count === 'number') expect(count === 0 || count >= 5).toBe(true);
        }
      }
    }
  });

  it('groups the sites of workshops that are a site together under its latest name', () => {
    const older = { ...group(eastlake, { improved: 5 }), updatedAt: '2027-02-01T00:00:00.000Z' };
    const renamed = { ...group({ ...eastlake, name: 'Eastlake Hall (Unit B)' }, { improved: 5 }), updatedAt: '2027-03-01T00:00:00.000Z' };
    const outcome = only([older, renamed, group(roosevelt, { same: 5 })]);
    expect(tacticsBySite(outcome)).toEqual([
      'Eastlake Hall (Unit B) ×2: 10 paired, 10/0/0, change 50',
      'Roosevelt Middle School ×1: 5 paired, 0/5/0, change 0',
    ]);
  });
});

describe('outcomesTables: change by site', () => {
  it('adds a "Change by site" table to the files, a row per site and scale, and none when there is one site', () => {
    const report = outcomesReport([group(eastlake, { improved: 10 }), group(roosevelt, { improved: 3 }), group(undefined, { same: 5 })], RANGE);
    const tables = outcomesTables(report, fileLabels.en);
    const bySite = tables.find((table) => table.heading === 'Change by site')!;
    expect(bySite.header.slice(0, 5)).toEqual(['Module', 'Survey', 'Site', 'Scale', 'Pairs']);
    expect(bySite.rows.map((row) => row.slice(2, 4))).toEqual([
      ['Eastlake Juvenile Hall', 'Recognises recruitment tactics'],
      ['Eastlake Juvenile Hall', 'Knows where to get help'],
      ['Roosevelt Middle School', 'Recognises recruitment tactics'],
      ['Roosevelt Middle School', 'Knows where to get help'],
      ['No site given', 'Recognises recruitment tactics'],
      ['No site given', 'Knows where to get help'],
    ]);
    // Roosevelt's three pairs are "<5", and with the totals above, some other site's pairs are hidden.
    expect(bySite.rows.map((row) => row[4])).toEqual(expect.arrayContaining(['<5', 'hidden']));
    expect(bySite.rows[2]![4]).toBe('<5');
    const spanish = outcomesTables(report, fileLabels.es).find((table) => table.heading === 'Cambio por lugar')!;
    expect(spanish.rows[4]![2]).toBe('Sin lugar indicado');

    const oneSite = outcomesReport([group(eastlake, { improved: 10 })], RANGE);
    expect(outcomesTables(oneSite, fileLabels.en).map((table) => table.heading)).not.toContain('Change by site');
  });
});
