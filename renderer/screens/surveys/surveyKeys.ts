import type { InstrumentView, SurveyAnswer, SurveyItem } from '../../../core/contract/surveys';

/**
 * The one-key-per-answer model of the entry grid, as on a paper form: an agree-disagree item takes
 * its point (1..4 or 1..5), a true/false item t (v for "verdadero") or f, or 1 / 2 in the order printed, a multiple-choice
 * item the letter of its option (a, b, c ...). Backspace and Delete clear.
 */

export type KeyAnswer = { kind: 'answer'; answer: SurveyAnswer } | { kind: 'clear' } | { kind: 'refused' } | { kind: 'none' };

const OPTION_LETTERS = 'abcdefghij';

/** The letter printed beside an option (a, b, c ...). */
export function optionLetter(index: number): string {
  return OPTION_LETTERS[index] ?? String(index + 1);
}

/** What a key does in a cell of `item`: an answer, a clear, a key this item does not take, or nothing (not an answer key). */
export function answerForKey(item: SurveyItem, key: string): KeyAnswer {
  if (key === 'Backspace' || key === 'Delete') return { kind: 'clear' };
  if (key.length !== 1) return { kind: 'none' };
  const lower = key.toLocaleLowerCase();
  switch (item.kind) {
    case 'agree-disagree': {
      // A digit past the scale goes to main as typed, which refuses it and says the range.
      if (/^[0-9]$/.test(lower)) return { kind: 'answer', answer: Number(lower) };
      return /^[a-z]$/.test(lower) ? { kind: 'refused' } : { kind: 'none' };
    }
    case 'true-false':
      if (lower === 't' || lower === 'v' || lower === '1') return { kind: 'answer', answer: true };
      if (lower === 'f' || lower === '2') return { kind: 'answer', answer: false };
      return /^[a-z0-9]$/.test(lower) ? { kind: 'refused' } : { kind: 'none' };
    case 'multiple-choice': {
      const index = OPTION_LETTERS.indexOf(lower);
      const option = index >= 0 ? item.options?.[index] : undefined;
      if (option) return { kind: 'answer', answer: option.id };
      return /^[a-z0-9]$/.test(lower) ? { kind: 'refused' } : { kind: 'none' };
    }
    case 'open-text':
      return { kind: 'none' };
  }
}

/** How true and false show in a cell, in the screen's language ("T"/"F", "V"/"F"). */
export interface TrueFalseMarks {
  true: string;
  false: string;
}

/** The keys an item takes, as the column header shows them: "1–5", "T/F", "A–D". */
export function keysOf(instrument: Pick<InstrumentView, 'agreePoints'>, item: SurveyItem, marks: TrueFalseMarks): string {
  switch (item.kind) {
    case 'agree-disagree':
      return `1–${instrument.agreePoints}`;
    case 'true-false':
      return `${marks.true}/${marks.false}`;
    case 'multiple-choice':
      return `A–${optionLetter((item.options?.length ?? 1) - 1).toLocaleUpperCase()}`;
    case 'open-text':
      return '';
  }
}

/** An answer as its cell shows it: the point, T or F, or the option's letter. */
export function answerMark(item: SurveyItem, answer: SurveyAnswer | undefined, marks: TrueFalseMarks): string {
  if (answer === undefined) return '';
  if (typeof answer === 'boolean') return answer ? marks.true : marks.false;
  if (typeof answer === 'number') return String(answer);
  const index = item.options?.findIndex((option) => option.id === answer) ?? -1;
  return index >= 0 ? optionLetter(index).toLocaleUpperCase() : answer;
}

/** The items typed in the grid: every item but open text (written answers are not typed from paper here). */
export function gridItems(instrument: InstrumentView): SurveyItem[] {
  return instrument.items.filter((item) => item.kind !== 'open-text');
}
