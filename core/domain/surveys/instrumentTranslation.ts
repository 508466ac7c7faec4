import { compareIds, type IdKind } from '../curriculum/idComparison';
import type { PathMessage } from '../curriculum/pathMessage';
import type { Instrument, SurveyItem } from './instrument';

/**
 * A survey in a translated module is the same survey in other words: responses are kept by item id
 * and scored with the original's answer key, and paper forms in either language are entered into
 * one grid. So a translation keeps the instrument's scale, item and option ids (in the same order),
 * each item's kind and scale, the answer key, when it is given, agreePoints and openText.
 */

type Path = (string | number)[];

/** The settings that decide when a survey is given and how it is scored. */
const scoringSettings = ['given', 'agreePoints', 'openText'] as const;

type Names = { original: string; instrument: string };

/** The scales or items of an instrument, compared by id. */
const instrumentIds = (
  extra: 'translation-extra-scale' | 'translation-extra-item',
  lacks: 'translation-lacks-scale' | 'translation-lacks-item',
  names: Names,
): IdKind => ({
  extra: (id) => ({ code: extra, params: { id, ...names } }),
  lacks: (id) => ({ code: lacks, params: { id, ...names } }),
});

/** An id of an item in the same list, at another place than in the original (reported only when both lists hold the same ids). */
function orderIssues(
  translated: readonly string[],
  original: readonly string[],
  issueAt: (index: number, id: string, number: number) => PathMessage,
): PathMessage[] {
  const sameIds = translated.length === original.length && translated.every((id) => original.includes(id));
  if (!sameIds) return [];
  return translated.flatMap((id, index) => (original[index] === id ? [] : [issueAt(index, id, original.indexOf(id) + 1)]));
}

function itemIssues(translated: SurveyItem, at: Path, original: SurveyItem, names: Names): PathMessage[] {
  if (translated.kind !== original.kind) {
    return [{ path: [...at, 'kind'], message: { code: 'translation-item-kind', params: { id: original.id, kind: original.kind, ...names } } }];
  }
  const issues: PathMessage[] = [];
  if (original.scale !== undefined && translated.scale !== original.scale) {
    issues.push({ path: [...at, 'scale'], message: { code: 'translation-item-scale', params: { id: original.id, scale: original.scale, ...names } } });
  }
  if (translated.options !== undefined && original.options !== undefined) {
    const item = original.id;
    const optionIds: IdKind = {
      extra: (id) => ({ code: 'translation-extra-option', params: { id, item, ...names } }),
      lacks: (id) => ({ code: 'translation-lacks-option', params: { id, item, ...names } }),
    };
    const translatedIds = translated.options.map((option) => option.id);
    const originalIds = original.options.map((option) => option.id);
    issues.push(
      ...compareIds(optionIds, translatedIds, originalIds, { list: [...at, 'options'], item: (index) => [...at, 'options', index, 'id'] }),
      ...orderIssues(translatedIds, originalIds, (index, id, number) => ({
        path: [...at, 'options', index, 'id'],
        message: { code: 'translation-option-order', params: { id, number, item, ...names } },
      })),
    );
  }
  return issues;
}

/** Where a translated instrument departs from the original's (both valid, with the same id), at paths of the translation's file. */
export function instrumentTranslationIssues(translated: Instrument, index: number, original: Instrument, originalName: string): PathMessage[] {
  const at: Path = ['instruments', index];
  const names: Names = { original: originalName, instrument: original.id };
  const issues: PathMessage[] = [];

  for (const field of scoringSettings) {
    if (JSON.stringify(translated[field]) !== JSON.stringify(original[field])) {
      issues.push({ path: [...at, field], message: { code: 'translation-survey-setting', params: { field, ...names } } });
    }
  }

  issues.push(
    ...compareIds(
      instrumentIds('translation-extra-scale', 'translation-lacks-scale', names),
      translated.scales.map((scale) => scale.id),
      original.scales.map((scale) => scale.id),
      { list: [...at, 'scales'], item: (scaleIndex) => [...at, 'scales', scaleIndex, 'id'] },
    ),
  );

  const translatedIds = translated.items.map((item) => item.id);
  const originalIds = original.items.map((item) => item.id);
  issues.push(
    ...compareIds(instrumentIds('translation-extra-item', 'translation-lacks-item', names), translatedIds, originalIds, {
      list: [...at, 'items'],
      item: (itemIndex) => [...at, 'items', itemIndex, 'id'],
    }),
    ...orderIssues(translatedIds, originalIds, (itemIndex, id, number) => ({
      path: [...at, 'items', itemIndex, 'id'],
      message: { code: 'translation-item-order', params: { id, number, ...names } },
    })),
  );
  translated.items.forEach((item, itemIndex) => {
    const match = original.items.find((candidate) => candidate.id === item.id);
    if (match) issues.push(...itemIssues(item, [...at, 'items', itemIndex], match, names));
  });

  for (const [id, key] of Object.entries(original.answerKey)) {
    if (Object.hasOwn(translated.answerKey, id) && translated.answerKey[id] !== key) {
      issues.push({ path: [...at, 'answerKey', id], message: { code: 'translation-answer-key', params: { id, ...names } } });
    }
  }
  return issues;
}

/**
 * The planned instrument in a translation's words: ids, kinds, scales, timings and the answer key
 * stay the planned one's; titles, the intro, scale titles and descriptions, item and option text
 * come from the translation where it has the same id.
 */
export function translatedInstrument(planned: Instrument, words: Instrument | undefined): Instrument {
  if (!words) return planned;
  return {
    ...planned,
    title: words.title,
    intro: words.intro,
    scales: planned.scales.map((scale) => {
      const text = words.scales.find((candidate) => candidate.id === scale.id);
      return text ? { ...scale, title: text.title, description: text.description ?? scale.description } : scale;
    }),
    items: planned.items.map((item) => {
      const text = words.items.find((candidate) => candidate.id === item.id);
      if (!text) return item;
      const options = item.options?.map((option) => ({ ...option, text: text.options?.find((candidate) => candidate.id === option.id)?.text ?? option.text }));
      return { ...item, text: text.text, ...(options ? { options } : {}) };
    }),
  };
}
