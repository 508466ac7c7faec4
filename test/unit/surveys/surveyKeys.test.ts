import { describe, expect, it } from 'vitest';
import { answerForKey, answerMark, keysOf } from '../../../renderer/screens/surveys/surveyKeys';
import { sampleInstrument } from '../../component/surveyFixtures';

function item(id: string) {
  const found = sampleInstrument.items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No item ${id}`);
  return found;
}
const likert = item('gifts');
const trueFalse = item('help-line');
const choice = item('trusted-adult');
const marks = { true: 'T', false: 'F' };

describe('one key per answer in the survey grid', () => {
  it('takes a Likert point as a digit, and sends a digit past the scale on for main to refuse', () => {
    expect(answerForKey(likert, '4')).toEqual({ kind: 'answer', answer: 4 });
    expect(answerForKey(likert, '9')).toEqual({ kind: 'answer', answer: 9 });
    expect(answerForKey(likert, 'x')).toEqual({ kind: 'refused' });
  });

  it('takes t, v or 1 as true and f or 2 as false', () => {
    for (const key of ['t', 'T', 'v', '1']) expect(answerForKey(trueFalse, key)).toEqual({ kind: 'answer', answer: true });
    for (const key of ['f', '2']) expect(answerForKey(trueFalse, key)).toEqual({ kind: 'answer', answer: false });
    expect(answerForKey(trueFalse, '3')).toEqual({ kind: 'refused' });
  });

  it('takes an option by its printed letter, and refuses a letter past the last', () => {
    expect(answerForKey(choice, 'b')).toEqual({ kind: 'answer', answer: 'counselor' });
    expect(answerForKey(choice, 'd')).toEqual({ kind: 'refused' });
  });

  it('clears with Backspace or Delete and ignores keys that are not answers', () => {
    expect(answerForKey(choice, 'Backspace')).toEqual({ kind: 'clear' });
    expect(answerForKey(likert, 'Delete')).toEqual({ kind: 'clear' });
    expect(answerForKey(likert, 'Tab')).toEqual({ kind: 'none' });
    expect(answerForKey(likert, ' ')).toEqual({ kind: 'none' });
  });

  it('shows the keys an item takes and an answer as it was typed', () => {
    expect([likert, trueFalse, choice].map((item) => keysOf(sampleInstrument, item, marks))).toEqual(['1–5', 'T/F', 'A–C']);
    expect(answerMark(choice, 'counselor', marks)).toBe('B');
    expect(answerMark(trueFalse, false, { true: 'V', false: 'F' })).toBe('F');
    expect(answerMark(likert, undefined, marks)).toBe('');
  });
});
