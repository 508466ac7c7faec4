import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../../core/domain/surveys/instrument';
import { instrumentInWords } from '../../../core/domain/surveys/instrumentWords';
import { sampleInstrument } from '../../component/surveyFixtures';

/** The sample instrument as a Spanish translation writes it: same ids, kinds and key; only the words differ. */
function spanish(): Instrument {
  return {
    ...sampleInstrument,
    title: 'Lo que sé para cuidarme',
    intro: 'Esto no es un examen.',
    scales: [{ id: 'recognising', title: 'Reconocer tácticas de control' }],
    items: sampleInstrument.items.map((item) =>
      item.id === 'trusted-adult'
        ? { ...item, text: '¿A quién le puedes contar?', options: [{ id: 'counselor', text: 'Un consejero de la escuela' }] }
        : { ...item, text: `ES ${item.id}`, kind: 'open-text' as const },
    ),
    answerKey: {},
  };
}

describe('an instrument in a translation’s words', () => {
  it('takes the texts of the same ids and keeps every id, kind, option order and the answer key', () => {
    const shown = instrumentInWords(sampleInstrument, spanish());
    expect(shown.title).toBe('Lo que sé para cuidarme');
    expect(shown.intro).toBe('Esto no es un examen.');
    expect(shown.scales[0]?.title).toBe('Reconocer tácticas de control');
    expect(shown.items.map((item) => [item.id, item.kind, item.text])).toEqual([
      ['gifts', 'agree-disagree', 'ES gifts'],
      ['blame', 'agree-disagree', 'ES blame'],
      ['help-line', 'true-false', 'ES help-line'],
      ['trusted-adult', 'multiple-choice', '¿A quién le puedes contar?'],
    ]);
    // Options stay in the planned order; one the translation lacks keeps the planned words.
    expect(shown.items[3]?.options).toEqual([
      { id: 'stranger', text: 'Someone met online that day' },
      { id: 'counselor', text: 'Un consejero de la escuela' },
      { id: 'nobody', text: 'Nobody' },
    ]);
    expect(shown.answerKey).toEqual(sampleInstrument.answerKey);
    expect(shown.agreePoints).toBe(sampleInstrument.agreePoints);
  });

  it('is the planned instrument when there is no translation', () => {
    expect(instrumentInWords(sampleInstrument, undefined)).toBe(sampleInstrument);
  });
});
