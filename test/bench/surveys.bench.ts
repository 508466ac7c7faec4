/**
 * Survey scoring budget (issue 18): 10,000 surveys scored in under a second. The instrument is the
 * largest shipped one; each survey answers its items at random, in range, with about one answer in
 * ten left blank (as partial paper forms are), so the half-answered rule and partial scales are
 * exercised. Pairing pre and post is the outcome report's work (core/domain/reports), not measured here.
 *
 * Run with `npm run bench`. Prints the median of five runs and whether the target holds; exits 0 either way.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseModuleText } from '../../core/domain/curriculum/parse';
import type { Instrument, SurveyItem } from '../../core/domain/surveys/instrument';
import type { SurveyAnswer } from '../../core/domain/surveys/response';
import { scoreResponse, type ResponseScore } from '../../core/domain/surveys/scoring';
import { seededRandom } from '../unit/storage/powerLoss/powerLossFileSystem';

const SURVEYS = 10_000;
const RUNS = 5;
const BLANK_SHARE = 0.1;
const targetMs = 1000;

async function largestShippedInstrument(): Promise<{ module: string; instrument: Instrument }> {
  const dir = resolve(__dirname, '../../curricula');
  const found: { module: string; instrument: Instrument }[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.yaml'))) {
    const parsed = parseModuleText(await readFile(join(dir, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name} does not validate.`);
    for (const instrument of parsed.module.instruments) found.push({ module: parsed.module.id, instrument });
  }
  const largest = found.sort((a, b) => b.instrument.items.length - a.instrument.items.length)[0];
  if (!largest) throw new Error('No shipped module carries a survey instrument.');
  return largest;
}

function randomAnswer(instrument: Instrument, item: SurveyItem, random: () => number): SurveyAnswer | undefined {
  if (random() < BLANK_SHARE) return undefined;
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
  switch (item.kind) {
    case 'agree-disagree':
      return 1 + Math.floor(random() * instrument.agreePoints);
    case 'true-false':
      return random() < 0.5;
    case 'multiple-choice':
      return pick(item.options ?? []).id;
    case 'open-text':
      return undefined;
  }
}

function randomSurveys(instrument: Instrument, count: number): Record<string, SurveyAnswer>[] {
  const random = seededRandom(18);
  return Array.from({ length: count }, () => {
    const answers: Record<string, SurveyAnswer> = {};
    for (const item of instrument.items) {
      const answer = randomAnswer(instrument, item, random);
      if (answer !== undefined) answers[item.id] = answer;
    }
    return answers;
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main() {
  const { module, instrument } = await largestShippedInstrument();
  const surveys = randomSurveys(instrument, SURVEYS);
  console.log(
    `Scoring ${SURVEYS.toLocaleString('en')} surveys of ${module} › ${instrument.id} (${instrument.items.length} items, ${instrument.scales.length} scales), ${RUNS} runs…`,
  );
  const times: number[] = [];
  let scores: ResponseScore[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const started = performance.now();
    scores = surveys.map((answers) => scoreResponse(instrument, answers));
    // The first run warms up.
    if (run > 0) times.push(performance.now() - started);
  }
  const complete = scores.filter((score) => score.complete).length;
  const unscoredScales = scores.reduce((sum, score) => sum + Object.values(score.scales).filter((scale) => scale.score === undefined).length, 0);
  console.log(`Complete surveys: ${complete.toLocaleString('en')}; scales left unscored (under half answered): ${unscoredScales.toLocaleString('en')}`);
  console.log(`Scoring: median ${median(times).toFixed(1)} ms (${((median(times) * 1000) / SURVEYS).toFixed(2)} µs a survey)`);
  console.log(`Target: ${SURVEYS.toLocaleString('en')} surveys scored < ${targetMs} ms: ${median(times) < targetMs ? 'holds' : 'MISSED'}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
