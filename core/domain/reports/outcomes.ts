/**
 * Outcomes: what changed between each young person's pre- and post-survey, per scale of each
 * instrument, and how many surveys were given and completed. Pure: the screen and the files only lay
 * these out. The definitions (the report's notes repeat them):
 *
 * - The workshops counted are those given (the report's filters), and of them the surveys of every
 *   workshop with a meeting in the range: a survey belongs to its workshop, not to a day.
 * - An instrument is one module's survey: every version of a module is one, under the newest
 *   version's titles. Each survey is scored with the instrument of its own workshop (`scoreResponse`).
 * - Pairing, per workshop: a young person's pre and post of the same instrument. Two pre-surveys for
 *   one young person (possible only after merging bundles) are counted, and the earliest is used; so
 *   is the earliest of two posts. A post without a pre is counted, never paired. Anonymous forms not
 *   yet linked to a code are counted as given and never paired.
 * - Per scale: the pairs where both surveys have a score for it (at least half its items answered).
 *   Change is post minus pre, in points of 0–100; improved means post above pre, same equal, worse below.
 * - Completion per occasion: surveys given (one per young person, plus unlinked forms), complete
 *   (every scored item answered) and partial; of the people enrolled in those workshops.
 * - By site: when the workshops counted meet at more than one site and anyone took both surveys,
 *   each scale's change per site too (sites as the funder report groups them, `bySite`). A site's
 *   pairs are its workshops' pairs, so the sites' counts add up to the instrument's, and they are
 *   protected together with it.
 * - Privacy: every count of people from one to four shows as "<5", and cells that would let one be
 *   worked out from the table's sums are hidden too (`protectCounts`). A mean or share about fewer than
 *   five people is left out.
 */
import type { CivilDate } from '../calendar/civil';
import type { Instrument, SurveyOccasion } from '../surveys/instrument';
import type { SurveyResponse } from '../surveys/response';
import { scoreResponse } from '../surveys/scoring';
import type { Workshop } from '../workshop';
import { bySite, groupedBy, SMALLEST_SHOWN_GROUP as SMALLEST_GROUP } from './funder';
import { protectCounts, type ProtectedCount, type SumRelation } from './outcomesSuppression';

export type { ProtectedCount } from './outcomesSuppression';

export interface OutcomesContext {
  from: CivilDate;
  to: CivilDate;
}

/** A count of people and, when it can be shown about five or more, its share of the pairs. */
export interface CountAndShare {
  count: ProtectedCount;
  /** 0–1; absent when the count is not shown or the pairs are fewer than five. */
  share?: number;
}

export interface ScaleOutcome {
  scaleId: string;
  title: string;
  description?: string;
  /** Pairs with a score for this scale on both surveys. */
  paired: ProtectedCount;
  /** Means over the pairs, 0–100; absent when fewer than five. */
  meanPre?: number;
  meanPost?: number;
  /** Mean of post minus pre, in points. */
  meanChange?: number;
  improved: CountAndShare;
  same: CountAndShare;
  worse: CountAndShare;
}

export interface OccasionCompletion {
  occasion: SurveyOccasion;
  /** People enrolled in the workshops counted. */
  enrolled: ProtectedCount;
  /** Surveys given: one per young person (the earliest), plus anonymous forms not linked to a code. */
  given: ProtectedCount;
  complete: ProtectedCount;
  partial: ProtectedCount;
  /** Anonymous forms not (yet) linked to a code: counted as given, never paired. */
  unlinked: ProtectedCount;
  /** given ÷ enrolled, 0–1; absent when either is not shown or enrolled is fewer than five. */
  givenRate?: number;
}

export interface PairingCounts {
  /** Young people with both a pre- and a post-survey. */
  paired: ProtectedCount;
  preWithoutPost: ProtectedCount;
  /** Reported, never paired. */
  postWithoutPre: ProtectedCount;
  /** Young people with more than one pre-survey (after merging bundles); the earliest was used. */
  secondPre: ProtectedCount;
}

/** One site's change per scale, for an instrument given at more than one site. */
export interface SiteOutcome {
  /** The site's name; absent for the workshops that gave no site. */
  label?: string;
  /** Workshops counted at this site that carry the instrument. */
  workshops: number;
  scales: ScaleOutcome[];
}

export interface InstrumentOutcome {
  moduleId: string;
  moduleTitle: string;
  instrumentId: string;
  title: string;
  /** Workshops counted that carry this instrument. */
  workshops: number;
  pairing: PairingCounts;
  completion: OccasionCompletion[];
  scales: ScaleOutcome[];
  /** Per site, when its workshops meet at more than one; else empty. */
  bySite: SiteOutcome[];
}

export interface OutcomesReport {
  instruments: InstrumentOutcome[];
}

/** One scale's raw tallies over the pairs. */
interface ScaleTally {
  pre: number[];
  post: number[];
}

interface OccasionTally {
  given: number;
  complete: number;
  unlinked: number;
}

/** An instrument's raw tallies, before anything is hidden. */
interface InstrumentTally {
  moduleId: string;
  instrumentId: string;
  /** The newest version's instrument and module title. */
  newest: { version: number; instrument: Instrument; moduleTitle: string };
  workshops: number;
  enrolled: number;
  paired: number;
  preWithoutPost: number;
  postWithoutPre: number;
  secondPre: number;
  occasions: Map<SurveyOccasion, OccasionTally>;
  scales: Map<string, ScaleTally>;
  /** The same scale tallies for each workshop on its own, to be grouped by site. */
  byWorkshop: WorkshopScales[];
}

interface WorkshopScales {
  workshop: Workshop;
  scales: Map<string, ScaleTally>;
}

const SAME_SCORE = 1e-9;

function inRange(date: CivilDate, { from, to }: OutcomesContext): boolean {
  return date >= from && date <= to;
}

function byEntry(a: SurveyResponse, b: SurveyResponse): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each young person's surveys of one occasion, earliest first. */
function byParticipant(responses: readonly SurveyResponse[]): Map<string, SurveyResponse[]> {
  const found = new Map<string, SurveyResponse[]>();
  for (const response of [...responses].sort(byEntry)) {
    if (response.participantId === undefined) continue;
    const list = found.get(response.participantId);
    if (list) list.push(response);
    else found.set(response.participantId, [response]);
  }
  return found;
}

function occasionTally(tally: InstrumentTally, occasion: SurveyOccasion): OccasionTally {
  let found = tally.occasions.get(occasion);
  if (!found) {
    found = { given: 0, complete: 0, unlinked: 0 };
    tally.occasions.set(occasion, found);
  }
  return found;
}

function addScore(scales: Map<string, ScaleTally>, scaleId: string, pre: number, post: number): void {
  let scaleTally = scales.get(scaleId);
  if (!scaleTally) {
    scaleTally = { pre: [], post: [] };
    scales.set(scaleId, scaleTally);
  }
  scaleTally.pre.push(pre);
  scaleTally.post.push(post);
}

function tallyWorkshop(tally: InstrumentTally, workshop: Workshop, instrument: Instrument): void {
  tally.workshops += 1;
  const own: WorkshopScales = { workshop, scales: new Map() };
  tally.byWorkshop.push(own);
  tally.enrolled += new Set(workshop.roster.map((entry) => entry.participantId)).size;
  const responses = (workshop.surveys ?? []).filter((response) => response.instrumentId === instrument.id);
  const firstOf = new Map<SurveyOccasion, Map<string, SurveyResponse[]>>();

  for (const occasion of ['pre', 'post', 'follow-up'] as const) {
    const ofOccasion = responses.filter((response) => response.occasion === occasion);
    const people = byParticipant(ofOccasion);
    firstOf.set(occasion, people);
    const counted = [...[...people.values()].map((list) => list[0]!), ...ofOccasion.filter((response) => response.participantId === undefined)];
    if (counted.length === 0) continue;
    const occasionCounts = occasionTally(tally, occasion);
    occasionCounts.given += counted.length;
    occasionCounts.unlinked += counted.length - people.size;
    occasionCounts.complete += counted.filter((response) => scoreResponse(instrument, response.answers).complete).length;
  }

  const pres = firstOf.get('pre')!;
  const posts = firstOf.get('post')!;
  for (const list of pres.values()) if (list.length > 1) tally.secondPre += 1;
  for (const [participantId, preList] of pres) {
    const postList = posts.get(participantId);
    if (!postList) {
      tally.preWithoutPost += 1;
      continue;
    }
    tally.paired += 1;
    const before = scoreResponse(instrument, preList[0]!.answers);
    const after = scoreResponse(instrument, postList[0]!.answers);
    for (const scale of instrument.scales) {
      const pre = before.scales[scale.id]?.score;
      const post = after.scales[scale.id]?.score;
      if (pre === undefined || post === undefined) continue;
      addScore(tally.scales, scale.id, pre, post);
      addScore(own.scales, scale.id, pre, post);
    }
  }
  for (const participantId of posts.keys()) if (!pres.has(participantId)) tally.postWithoutPre += 1;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

type ScaleCell = 'paired' | 'improved' | 'same' | 'worse' | 'unscored';
const changeCells = ['improved', 'same', 'worse'] as const;

/**
 * A scale's cell in the table `protectCounts` sees, apart from the instrument's own cells whatever the
 * scale's id; `site` (the site's place in the breakdown) for a site's cells.
 */
function scaleKey(scaleId: string, cell: ScaleCell, site?: number): string {
  return `${site === undefined ? '' : `site:${site}/`}scale:${scaleId}.${cell}`;
}

/** A scale's pairs and how many improved, stayed the same or got worse: the raw counts, keyed for `protectCounts`. */
function scaleCounts(scaleId: string, tally: ScaleTally | undefined, site?: number): Record<string, number> {
  const changes = changesOf(tally);
  return {
    [scaleKey(scaleId, 'paired', site)]: changes.length,
    [scaleKey(scaleId, 'improved', site)]: changes.filter((change) => change > SAME_SCORE).length,
    [scaleKey(scaleId, 'same', site)]: changes.filter((change) => Math.abs(change) <= SAME_SCORE).length,
    [scaleKey(scaleId, 'worse', site)]: changes.filter((change) => change < -SAME_SCORE).length,
  };
}

function changesOf(tally: ScaleTally | undefined): number[] {
  return (tally?.pre ?? []).map((before, index) => tally!.post[index]! - before);
}

function scaleOutcome(
  instrument: Instrument,
  scaleId: string,
  tally: ScaleTally | undefined,
  shown: Readonly<Record<string, ProtectedCount>>,
  site?: number,
): ScaleOutcome {
  const scale = instrument.scales.find((one) => one.id === scaleId)!;
  const changes = changesOf(tally);
  const enough = changes.length >= SMALLEST_GROUP;
  const part = (key: 'improved' | 'same' | 'worse'): CountAndShare => {
    const count = shown[scaleKey(scaleId, key, site)]!;
    return enough && typeof count === 'number' ? { count, share: count / changes.length } : { count };
  };
  return {
    scaleId,
    title: scale.title,
    ...(scale.description === undefined ? {} : { description: scale.description }),
    paired: shown[scaleKey(scaleId, 'paired', site)]!,
    ...(enough ? { meanPre: mean(tally!.pre), meanPost: mean(tally!.post), meanChange: mean(changes) } : {}),
    improved: part('improved'),
    same: part('same'),
    worse: part('worse'),
  };
}

/**
 * The tallies with every count protected, in one go: the sums the tables state (given = complete +
 * partial; pre given = pairs + pre without post + unlinked; the same for post; a scale's pairs =
 * improved + same + worse) and the bounds a reader can see (a scale's pairs are at most all pairs,
 * surveys given at most the people enrolled) are all protected against together.
 */
function instrumentOutcome(tally: InstrumentTally): InstrumentOutcome {
  const { instrument, moduleTitle } = tally.newest;
  const occasions = instrument.given.map((timing) => timing.occasion);
  for (const occasion of tally.occasions.keys()) if (!occasions.includes(occasion)) occasions.push(occasion);

  const values: Record<string, number> = {
    enrolled: tally.enrolled,
    paired: tally.paired,
    preWithoutPost: tally.preWithoutPost,
    postWithoutPre: tally.postWithoutPre,
    secondPre: tally.secondPre,
  };
  const relations: SumRelation[] = [];
  const unpublished: string[] = [];
  for (const occasion of occasions) {
    const counts = tally.occasions.get(occasion) ?? { given: 0, complete: 0, unlinked: 0 };
    values[`${occasion}.given`] = counts.given;
    values[`${occasion}.complete`] = counts.complete;
    values[`${occasion}.partial`] = counts.given - counts.complete;
    values[`${occasion}.unlinked`] = counts.unlinked;
    relations.push({ total: `${occasion}.given`, parts: [`${occasion}.complete`, `${occasion}.partial`] });
    // Unlinked forms may come from people no longer on a roster: only a bound when it holds.
    if (counts.given <= tally.enrolled) {
      values[`${occasion}.notGiven`] = tally.enrolled - counts.given;
      unpublished.push(`${occasion}.notGiven`);
      relations.push({ total: 'enrolled', parts: [`${occasion}.given`, `${occasion}.notGiven`] });
    }
  }
  if (occasions.includes('pre')) relations.push({ total: 'pre.given', parts: ['paired', 'preWithoutPost', 'pre.unlinked'] });
  if (occasions.includes('post')) relations.push({ total: 'post.given', parts: ['paired', 'postWithoutPre', 'post.unlinked'] });
  for (const scale of instrument.scales) {
    const counts = scaleCounts(scale.id, tally.scales.get(scale.id));
    Object.assign(values, counts);
    values[scaleKey(scale.id, 'unscored')] = tally.paired - counts[scaleKey(scale.id, 'paired')]!;
    unpublished.push(scaleKey(scale.id, 'unscored'));
    relations.push({ total: scaleKey(scale.id, 'paired'), parts: [scaleKey(scale.id, 'improved'), scaleKey(scale.id, 'same'), scaleKey(scale.id, 'worse')] });
    relations.push({ total: 'paired', parts: [scaleKey(scale.id, 'paired'), scaleKey(scale.id, 'unscored')] });
  }
  const sites = siteTallies(tally, instrument);
  sites.forEach((site, index) => {
    for (const scale of instrument.scales) {
      Object.assign(values, scaleCounts(scale.id, site.scales.get(scale.id), index));
      relations.push({ total: scaleKey(scale.id, 'paired', index), parts: changeCells.map((cell) => scaleKey(scale.id, cell, index)) });
    }
  });
  // Each workshop is at one site, so the sites' counts add up to the instrument's.
  if (sites.length > 0) {
    for (const scale of instrument.scales) {
      for (const cell of ['paired', ...changeCells] as const) {
        relations.push({ total: scaleKey(scale.id, cell), parts: sites.map((_, index) => scaleKey(scale.id, cell, index)) });
      }
    }
  }
  const shown = protectCounts(values, relations, unpublished);

  const completion = occasions.map((occasion): OccasionCompletion => {
    const given = shown[`${occasion}.given`]!;
    const enrolled = shown.enrolled!;
    const row: OccasionCompletion = {
      occasion,
      enrolled,
      given,
      complete: shown[`${occasion}.complete`]!,
      partial: shown[`${occasion}.partial`]!,
      unlinked: shown[`${occasion}.unlinked`]!,
    };
    if (typeof given === 'number' && typeof enrolled === 'number' && enrolled >= SMALLEST_GROUP) row.givenRate = given / enrolled;
    return row;
  });

  return {
    moduleId: tally.moduleId,
    moduleTitle,
    instrumentId: tally.instrumentId,
    title: instrument.title,
    workshops: tally.workshops,
    pairing: { paired: shown.paired!, preWithoutPost: shown.preWithoutPost!, postWithoutPre: shown.postWithoutPre!, secondPre: shown.secondPre! },
    completion,
    scales: instrument.scales.map((scale) => scaleOutcome(instrument, scale.id, tally.scales.get(scale.id), shown)),
    bySite: sites.map((site, index) => ({
      ...(site.label === undefined ? {} : { label: site.label }),
      workshops: site.workshops,
      scales: instrument.scales.map((scale) => scaleOutcome(instrument, scale.id, site.scales.get(scale.id), shown, index)),
    })),
  };
}

interface SiteTally {
  label?: string;
  workshops: number;
  scales: Map<string, ScaleTally>;
}

/**
 * The instrument's scale tallies per site, in the funder report's order; none when its workshops are
 * all at one site, or nobody took both surveys (there is no change to break down).
 */
function siteTallies(tally: InstrumentTally, instrument: Instrument): SiteTally[] {
  const groups = groupedBy(tally.byWorkshop, (one) => one.workshop, bySite);
  if (groups.length < 2 || tally.paired === 0) return [];
  return groups.map(({ label, members }) => {
    const scales = new Map<string, ScaleTally>();
    for (const scale of instrument.scales) {
      const pre = members.flatMap((one) => one.scales.get(scale.id)?.pre ?? []);
      const post = members.flatMap((one) => one.scales.get(scale.id)?.post ?? []);
      scales.set(scale.id, { pre, post });
    }
    return { ...(label === undefined ? {} : { label }), workshops: members.length, scales };
  });
}

const byTitle = new Intl.Collator('en');

/** The outcomes over `workshops` (already filtered) for the range. See the definitions at the top of this file. */
export function outcomesReport(workshops: readonly Workshop[], context: OutcomesContext): OutcomesReport {
  const tallies = new Map<string, InstrumentTally>();
  for (const workshop of workshops) {
    if (!workshop.meetings.some((meeting) => inRange(meeting.date, context))) continue;
    for (const instrument of workshop.module.instruments) {
      const key = JSON.stringify([workshop.module.id, instrument.id]);
      let tally = tallies.get(key);
      if (!tally) {
        tally = {
          moduleId: workshop.module.id,
          instrumentId: instrument.id,
          newest: { version: workshop.module.version, instrument, moduleTitle: workshop.module.title },
          workshops: 0,
          enrolled: 0,
          paired: 0,
          preWithoutPost: 0,
          postWithoutPre: 0,
          secondPre: 0,
          occasions: new Map(),
          scales: new Map(),
          byWorkshop: [],
        };
        tallies.set(key, tally);
      } else if (workshop.module.version > tally.newest.version) {
        tally.newest = { version: workshop.module.version, instrument, moduleTitle: workshop.module.title };
      }
      tallyWorkshop(tally, workshop, instrument);
    }
  }
  const instruments = [...tallies.values()]
    .map(instrumentOutcome)
    .sort((a, b) => byTitle.compare(a.moduleTitle, b.moduleTitle) || byTitle.compare(a.title, b.title) || (a.instrumentId < b.instrumentId ? -1 : 1));
  return { instruments };
}
