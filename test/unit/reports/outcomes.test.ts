import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../core/domain/participants';
import { outcomesReport, type InstrumentOutcome } from '../../../core/domain/reports/outcomes';
import type { Workshop } from '../../../core/domain/workshop';
import { custodySeries, enrol, participant } from '../progress/helpers';
import { answersFor, knowledgeSurvey, survey, withSurvey } from './outcomesHelpers';

/* The custody series meets Tuesdays and Thursdays from 2027-03-02 to 2027-04-01. */
const RANGE = { from: '2027-03-01', to: '2027-04-30' };

function people(prefix: string, count: number): Participant[] {
  return Array.from({ length: count }, (_, index) => participant(`${prefix}-${String(index + 1).padStart(3, '0')}`));
}

function group(who: readonly Participant[]): Workshop {
  return who.reduce((workshop, person) => enrol(workshop, person), withSurvey(custodySeries()));
}

function only(workshops: readonly Workshop[], range = RANGE): InstrumentOutcome {
  const { instruments } = outcomesReport(workshops, range);
  expect(instruments).toHaveLength(1);
  return instruments[0]!;
}

describe('outcomesReport: pairing and change', () => {
  it('pairs each young person’s pre and post, and gives the mean change and who improved, per scale', () => {
    const youth = people('A', 10);
    let workshop = group(youth);
    youth.forEach((person, index) => {
      workshop = survey(workshop, person, 'pre', answersFor(50, 2));
      // Five move from 50 to 100 on tactics; five stay at 50. Help goes from 25 to 75 for everyone.
      workshop = survey(workshop, person, 'post', answersFor(index < 5 ? 100 : 50, 4));
    });
    const outcome = only([workshop]);
    expect(outcome).toMatchObject({
      instrumentId: 'knowledge',
      title: 'What I know about staying safe',
      moduleTitle: 'Custody Series (test module)',
      workshops: 1,
    });
    expect(outcome.pairing).toEqual({ paired: 10, preWithoutPost: 0, postWithoutPre: 0, secondPre: 0 });
    const [tactics, help] = outcome.scales;
    expect(tactics).toEqual({
      scaleId: 'tactics',
      title: 'Recognises recruitment tactics',
      paired: 10,
      meanPre: 50,
      meanPost: 75,
      meanChange: 25,
      improved: { count: 5, share: 0.5 },
      same: { count: 5, share: 0.5 },
      worse: { count: 0, share: 0 },
    });
    expect(help).toMatchObject({ paired: 10, meanPre: 25, meanPost: 75, meanChange: 50, improved: { count: 10, share: 1 } });
  });

  it('counts a post without a pre, never pairing it, and a pre without a post', () => {
    const youth = people('A', 12);
    let workshop = group(youth);
    youth.forEach((person, index) => {
      if (index < 6) workshop = survey(workshop, person, 'pre', answersFor(0));
      workshop = survey(workshop, person, 'post', answersFor(100));
    });
    const outcome = only([workshop]);
    expect(outcome.pairing).toMatchObject({ paired: 6, postWithoutPre: 6, preWithoutPost: 0 });
    expect(outcome.scales[0]).toMatchObject({ paired: 6, meanPre: 0, meanPost: 100 });
  });

  it('uses the earliest of two pre-surveys for one young person, and counts them', () => {
    const youth = people('A', 6);
    let workshop = group(youth);
    for (const person of youth) {
      workshop = survey(workshop, person, 'pre', answersFor(100), '2027-03-02T16:00:00.000Z');
      workshop = survey(workshop, person, 'post', answersFor(100), '2027-04-01T16:00:00.000Z');
    }
    // A second pre entered later (a merged bundle) with a lower score: were it used, all would have improved.
    for (const person of youth) workshop = survey(workshop, person, 'pre', answersFor(0), '2027-03-03T16:00:00.000Z');
    const outcome = only([workshop]);
    expect(outcome.pairing).toMatchObject({ paired: 6, secondPre: 6 });
    expect(outcome.scales[0]).toMatchObject({ meanChange: 0, same: { count: 6, share: 1 }, improved: { count: 0 } });
  });

  it('leaves a scale out of a pair when fewer than half its items were answered, but still pairs the surveys', () => {
    const youth = people('A', 5);
    let workshop = group(youth);
    for (const person of youth) {
      workshop = survey(workshop, person, 'pre', { h1: 2, h2: 2 });
      workshop = survey(workshop, person, 'post', answersFor(100, 5));
    }
    const outcome = only([workshop]);
    expect(outcome.pairing.paired).toBe(5);
    expect(outcome.scales.find((scale) => scale.scaleId === 'tactics')).toMatchObject({ paired: 0, improved: { count: 0 } });
    expect(outcome.scales.find((scale) => scale.scaleId === 'tactics')!.meanChange).toBeUndefined();
    expect(outcome.scales.find((scale) => scale.scaleId === 'help')).toMatchObject({ paired: 5, meanPre: 25, meanPost: 100 });
  });

  it('pairs within each workshop and adds the workshops of one module together', () => {
    const first = people('A', 3);
    const second = people('B', 3);
    let one = group(first);
    let two = group(second);
    for (const person of first) one = survey(survey(one, person, 'pre', answersFor(0)), person, 'post', answersFor(100));
    for (const person of second) two = survey(survey(two, person, 'pre', answersFor(0)), person, 'post', answersFor(100));
    const outcome = only([one, two]);
    expect(outcome.workshops).toBe(2);
    expect(outcome.scales[0]).toMatchObject({ paired: 6, meanChange: 100, improved: { count: 6, share: 1 } });
  });
});

describe('outcomesReport: completion', () => {
  it('counts surveys given, complete and partial per occasion, of everyone enrolled', () => {
    const youth = people('A', 20);
    let workshop = group(youth);
    youth.forEach((person, index) => {
      if (index < 15) workshop = survey(workshop, person, 'pre', index < 10 ? answersFor(50) : { t1: true });
      if (index < 10) workshop = survey(workshop, person, 'post', answersFor(100));
    });
    for (const formNumber of [101, 102, 103, 104, 105]) workshop = survey(workshop, { formNumber }, 'post', answersFor(100));
    const outcome = only([workshop]);
    expect(outcome.completion).toEqual([
      { occasion: 'pre', enrolled: 20, given: 15, complete: 10, partial: 5, unlinked: 0, givenRate: 0.75 },
      { occasion: 'post', enrolled: 20, given: 15, complete: 15, partial: 0, unlinked: 5, givenRate: 0.75 },
    ]);
    expect(outcome.pairing).toEqual({ paired: 10, preWithoutPost: 5, postWithoutPre: 0, secondPre: 0 });
  });

  it('leaves out surveys of workshops with no meeting in the range', () => {
    const youth = people('A', 5);
    let workshop = group(youth);
    for (const person of youth) workshop = survey(workshop, person, 'pre', answersFor(0));
    expect(outcomesReport([workshop], { from: '2027-05-01', to: '2027-05-31' })).toEqual({ instruments: [] });
  });

  it('names every version of a module’s survey under the newest version’s titles', () => {
    const older = group(people('A', 5));
    const newer = withSurvey(group(people('B', 5)), knowledgeSurvey({ title: 'What I know (2nd edition)' }));
    const bumped = { ...newer, module: { ...newer.module, version: newer.module.version + 1 } };
    expect(only([older, bumped])).toMatchObject({ title: 'What I know (2nd edition)', workshops: 2, completion: [{ enrolled: 10 }, { enrolled: 10 }] });
  });
});

describe('outcomesReport: small counts', () => {
  it('shows fewer than five as "<5" and gives no mean or share about them', () => {
    const youth = people('A', 3);
    let workshop = group(youth);
    for (const person of youth) workshop = survey(survey(workshop, person, 'pre', answersFor(0)), person, 'post', answersFor(100));
    const outcome = only([workshop]);
    expect(outcome.scales[0]).toEqual({
      scaleId: 'tactics',
      title: 'Recognises recruitment tactics',
      paired: '<5',
      improved: { count: '<5' },
      same: { count: 0 },
      worse: { count: 0 },
    });
    expect(outcome.completion[0]).toEqual({ occasion: 'pre', enrolled: '<5', given: '<5', complete: '<5', partial: 0, unlinked: 0 });
  });

  it('hides a second cell so a "<5" cannot be worked out from its total', () => {
    const youth = people('A', 9);
    let workshop = group(youth);
    // Seven improve, two get worse: "worse <5" with 9 − 7 would give 2 back.
    youth.forEach((person, index) => {
      workshop = survey(workshop, person, 'pre', answersFor(50));
      workshop = survey(workshop, person, 'post', answersFor(index < 7 ? 100 : 0));
    });
    const tactics = only([workshop]).scales[0]!;
    expect(tactics.paired).toBe(9);
    expect(tactics.worse).toEqual({ count: '<5' });
    expect(tactics.same).toEqual({ count: 'hidden' });
    expect(tactics.improved).toEqual({ count: 'hidden' });
    expect(JSON.stringify(tactics)).not.toMatch(/"count":[27]\b/);
  });
});
