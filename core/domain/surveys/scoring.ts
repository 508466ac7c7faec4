import type { Instrument, SurveyItem } from './instrument';
import { answerProblem, type SurveyAnswer } from './response';

/**
 * Scoring. Each scored item gives 0..1: a true/false or multiple-choice item 1 when it matches the
 * key, else 0; an agree-disagree item its distance along the scale toward the keyed end
 * ((v - 1) / (points - 1) keyed agree, reversed keyed disagree). A scale's score is the mean of its
 * answered items times 100, given only when at least half its items are answered: a survey left
 * mostly blank does not stand for a young person's view.
 */

export interface ScaleScore {
  /** 0..100, or undefined when fewer than half the scale's items are answered. */
  score: number | undefined;
  answered: number;
  items: number;
}

export interface ResponseScore {
  scales: Record<string, ScaleScore>;
  /** Scored items answered, of all scored items. */
  answered: number;
  items: number;
  /** Every scored item answered. */
  complete: boolean;
}

/**
 * One item's score, or undefined when it is not answered or its answer cannot be kept (out of range,
 * the wrong kind, not one of its options): an answer that cannot be kept is not a wrong answer.
 */
export function itemScore(instrument: Pick<Instrument, 'agreePoints' | 'answerKey'>, item: SurveyItem, answer: SurveyAnswer | undefined): number | undefined {
  if (answer === undefined || item.kind === 'open-text' || !Object.hasOwn(instrument.answerKey, item.id)) return undefined;
  if (answerProblem({ agreePoints: instrument.agreePoints, openText: false }, item, answer) !== undefined) return undefined;
  const key = instrument.answerKey[item.id];
  if (item.kind === 'agree-disagree' && typeof answer === 'number') {
    const toward = (answer - 1) / (instrument.agreePoints - 1);
    return key === 'disagree' ? 1 - toward : toward;
  }
  return answer === key ? 1 : 0;
}

export function scoreResponse(instrument: Instrument, answers: Readonly<Record<string, SurveyAnswer>>): ResponseScore {
  const totals = new Map<string, { sum: number; answered: number; items: number }>(
    instrument.scales.map((scale) => [scale.id, { sum: 0, answered: 0, items: 0 }]),
  );
  let answered = 0;
  let items = 0;
  for (const item of instrument.items) {
    if (item.kind === 'open-text' || item.scale === undefined) continue;
    const total = totals.get(item.scale);
    if (total === undefined) continue;
    items += 1;
    total.items += 1;
    const score = itemScore(instrument, item, Object.hasOwn(answers, item.id) ? answers[item.id] : undefined);
    if (score === undefined) continue;
    answered += 1;
    total.answered += 1;
    total.sum += score;
  }
  const scales: Record<string, ScaleScore> = {};
  for (const [id, total] of totals) {
    const enough = total.items > 0 && total.answered * 2 >= total.items;
    scales[id] = { score: enough ? (total.sum / total.answered) * 100 : undefined, answered: total.answered, items: total.items };
  }
  return { scales, answered, items, complete: items > 0 && answered === items };
}
