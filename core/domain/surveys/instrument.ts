import { z } from 'zod';
import { formatRule, reportRule, slug, text } from '../curriculum/fields';
import type { FieldIssue } from '../issues';

/**
 * A survey instrument carried by a curriculum module: items grouped into scales, an answer key kept
 * apart from the items (a printed form never shows it), and when the survey is given. Items ask what
 * a young person knows and thinks, never about their own experiences: nothing they must disclose.
 */

/** When a survey is given: pre at the first meeting, post at the last, follow-up N weeks after the last. */
export const surveyOccasions = ['pre', 'post', 'follow-up'] as const;
export type SurveyOccasion = (typeof surveyOccasions)[number];

/** agree-disagree is a Likert item (1 = strongly disagree ... agreePoints = strongly agree). */
export const surveyItemKinds = ['agree-disagree', 'true-false', 'multiple-choice', 'open-text'] as const;
export type SurveyItemKind = (typeof surveyItemKinds)[number];

/** The direction of an agree-disagree item that shows what the module hopes for. */
export const agreeKeys = ['agree', 'disagree'] as const;
export type AgreeKey = (typeof agreeKeys)[number];

export const INSTRUMENT_LIMITS = {
  instruments: 6,
  items: 40,
  scales: 10,
  options: { min: 2, max: 6 },
  openTextAnswer: 500,
  weeksAfter: { min: 1, max: 52 },
} as const;

const optionSchema = z.strictObject({ id: slug(20), text: text(200) });

export const surveyItemSchema = z.strictObject({
  id: slug(40),
  kind: z
    .enum(surveyItemKinds)
    .describe('agree-disagree (a Likert statement), true-false, multiple-choice (with options), or open-text (only with openText: true).'),
  /** The scale the item counts toward; every scored item has one, an open-text item none. */
  scale: slug(40).optional().describe('The id of the scale this item counts toward; every item but open text has one.'),
  text: text(300).describe("About a situation, a story in the third person, or what the reader knows or would do; never about the reader's own experiences."),
  /** The choices of a multiple-choice item, in the order printed. */
  options: z.array(optionSchema).min(INSTRUMENT_LIMITS.options.min).max(INSTRUMENT_LIMITS.options.max).optional(),
});

export const surveyScaleSchema = z.strictObject({
  id: slug(40),
  title: text(120),
  /** What a higher score means, for reports: "Recognises recruitment and control tactics". */
  description: text(400).optional(),
});

export const surveyTimingSchema = z.strictObject({
  occasion: z.enum(surveyOccasions),
  /** follow-up only: weeks after the last meeting. */
  weeksAfter: z
    .number()
    .int()
    .min(INSTRUMENT_LIMITS.weeksAfter.min)
    .max(INSTRUMENT_LIMITS.weeksAfter.max)
    .optional()
    .describe('Follow-up only, and required there: weeks after the last meeting.'),
});

/** agree / disagree for agree-disagree, true / false for true-false, an option id for multiple-choice. */
export const answerKeyValueSchema = z.union([z.enum(agreeKeys), z.boolean(), slug(20)], formatRule('answer-key-value'));

const instrumentFields = z.strictObject({
  id: slug(40),
  title: text(120),
  /** Read aloud and printed at the top: not a test, any question may be skipped, how answers are kept. */
  intro: text(800),
  given: z
    .array(surveyTimingSchema)
    .min(1)
    .max(4)
    .describe('When it is given: pre (first meeting), post (last meeting), follow-up (weeksAfter the last); each once.'),
  /** Points of every agree-disagree item: 4 (no middle) or 5. */
  agreePoints: z
    .union([z.literal(4), z.literal(5)], formatRule('agree-points'))
    .default(5)
    .describe('Points of every agree-disagree item: 5 (with a neutral middle) or 4 (without).'),
  /** Open-text items are off unless the author turns them on: free text from youth is kept only when asked for. */
  openText: z.boolean().default(false).describe('Open-text items are refused unless this is true.'),
  scales: z.array(surveyScaleSchema).min(1).max(INSTRUMENT_LIMITS.scales),
  items: z.array(surveyItemSchema).min(1).max(INSTRUMENT_LIMITS.items),
  answerKey: z
    .record(z.string(), answerKeyValueSchema)
    .describe('Item id -> the hoped-for answer: agree or disagree, true or false, or an option id. Every scored item, no open-text item.'),
});

type Report = (path: PropertyKey[], issue: Omit<FieldIssue, 'path'>) => void;

/** Whether a key value is the kind an item of this kind takes; an option id is checked separately. */
function keyFitsKind(kind: SurveyItemKind, value: AnswerKeyValue): boolean {
  if (kind === 'agree-disagree') return value === 'agree' || value === 'disagree';
  if (kind === 'true-false') return typeof value === 'boolean';
  if (kind === 'multiple-choice') return typeof value === 'string';
  return false;
}

function checkInstrument(instrument: z.output<typeof instrumentFields>, context: z.RefinementCtx): void {
  const report: Report = (path, issue) => reportRule(context, path, issue);

  const scaleIds = new Map<string, number>();
  instrument.scales.forEach((scale, index) => {
    const first = scaleIds.get(scale.id);
    if (first === undefined) scaleIds.set(scale.id, index);
    else report(['scales', index, 'id'], { rule: 'id-repeated-scale', params: { id: scale.id, first: first + 1 } });
  });

  const occasions = new Set<SurveyOccasion>();
  instrument.given.forEach((timing, index) => {
    if (occasions.has(timing.occasion)) report(['given', index, 'occasion'], { rule: 'occasion-repeated', params: { occasion: timing.occasion } });
    occasions.add(timing.occasion);
    if (timing.occasion === 'follow-up' && timing.weeksAfter === undefined) report(['given', index], { rule: 'needs-weeks-after' });
    if (timing.occasion !== 'follow-up' && timing.weeksAfter !== undefined) report(['given', index, 'weeksAfter'], { rule: 'only-follow-up' });
  });

  const itemIds = new Map<string, number>();
  instrument.items.forEach((item, index) => {
    const first = itemIds.get(item.id);
    if (first === undefined) itemIds.set(item.id, index);
    else report(['items', index, 'id'], { rule: 'id-repeated-item', params: { id: item.id, first: first + 1 } });

    const at = (field: string) => ['items', index, field];
    if (item.kind === 'open-text') {
      if (!instrument.openText) report(at('kind'), { rule: 'open-text-off' });
      if (item.scale !== undefined) report(at('scale'), { rule: 'open-text-unscored' });
    } else if (item.scale === undefined) report(['items', index], { rule: 'needs-scale' });
    else if (!scaleIds.has(item.scale)) report(at('scale'), { rule: 'unknown-scale', params: { id: item.scale } });

    if (item.kind === 'multiple-choice') {
      if (item.options === undefined) report(['items', index], { rule: 'needs-options' });
      else {
        const optionIds = new Set<string>();
        item.options.forEach((option, optionIndex) => {
          if (optionIds.has(option.id)) report(['items', index, 'options', optionIndex, 'id'], { rule: 'duplicate' });
          optionIds.add(option.id);
        });
      }
    } else if (item.options !== undefined) report(at('options'), { rule: 'only-multiple-choice' });
  });

  instrument.scales.forEach((scale, index) => {
    if (!instrument.items.some((item) => item.scale === scale.id)) report(['scales', index], { rule: 'scale-without-items', params: { id: scale.id } });
  });

  // The answer key must match the items one to one: every scored item keyed, with a key of its kind.
  for (const [itemId, value] of Object.entries(instrument.answerKey)) {
    const index = itemIds.get(itemId);
    const item = index === undefined ? undefined : instrument.items[index];
    if (item === undefined) report(['answerKey', itemId], { rule: 'key-unknown-item', params: { id: itemId } });
    else if (item.kind === 'open-text') report(['answerKey', itemId], { rule: 'key-open-text', params: { id: itemId } });
    else if (!keyFitsKind(item.kind, value)) report(['answerKey', itemId], { rule: 'key-wrong-kind', params: { id: itemId, kind: item.kind } });
    else if (item.kind === 'multiple-choice' && item.options !== undefined && !item.options.some((option) => option.id === value)) {
      report(['answerKey', itemId], { rule: 'key-not-an-option', params: { id: itemId, value: String(value) } });
    }
  }
  instrument.items.forEach((item, index) => {
    if (item.kind !== 'open-text' && !Object.hasOwn(instrument.answerKey, item.id)) report(['items', index], { rule: 'key-missing', params: { id: item.id } });
  });
}

export const instrumentSchema = instrumentFields.superRefine(checkInstrument);

export type Instrument = z.output<typeof instrumentSchema>;
export type SurveyItem = z.output<typeof surveyItemSchema>;
export type SurveyScale = z.output<typeof surveyScaleSchema>;
export type SurveyTiming = z.output<typeof surveyTimingSchema>;
export type AnswerKeyValue = z.output<typeof answerKeyValueSchema>;

/** Items that count toward a scale (all but open text). */
export function scoredItems(instrument: Instrument): SurveyItem[] {
  return instrument.items.filter((item) => item.kind !== 'open-text');
}
