import type { Instrument, SurveyItem } from './instrument';

/** An instrument as shown, with or without its answer key. */
type ShownInstrument = Omit<Instrument, 'answerKey'>;

/**
 * The planned instrument in a translation's words: every id, kind, scale, timing and the answer key
 * stay the planned module's (answers are kept and scored by them); titles, the intro, item and option
 * texts come from the translation's instrument of the same id, where it has them.
 */
export function instrumentInWords<T extends ShownInstrument>(planned: T, translation: ShownInstrument | undefined): T {
  if (!translation) return planned;
  const itemWords = new Map(translation.items.map((item) => [item.id, item]));
  const scaleWords = new Map(translation.scales.map((scale) => [scale.id, scale]));
  return {
    ...planned,
    title: translation.title,
    intro: translation.intro,
    scales: planned.scales.map((scale) => {
      const words = scaleWords.get(scale.id);
      return words ? { ...scale, title: words.title, ...(words.description === undefined ? {} : { description: words.description }) } : scale;
    }),
    items: planned.items.map((item) => itemInWords(item, itemWords.get(item.id))),
  };
}

function itemInWords(item: SurveyItem, words: SurveyItem | undefined): SurveyItem {
  if (!words) return item;
  const options = item.options?.map((option) => ({ id: option.id, text: words.options?.find((candidate) => candidate.id === option.id)?.text ?? option.text }));
  return { ...item, text: words.text, ...(options ? { options } : {}) };
}
