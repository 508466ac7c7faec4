import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Instrument, type SurveyItem } from '../../../core/domain/surveys/instrument';
import { answerProblem } from '../../../core/domain/surveys/response';
import { itemScore, scoreResponse } from '../../../core/domain/surveys/scoring';

/** A small instrument: three scales, every kind of item, one open-text question. */
function instrument(agreePoints: 4 | 5 = 5): Instrument {
  return instrumentSchema.parse({
    id: 'check',
    title: 'What I think',
    intro: 'Not a test.',
    given: [{ occasion: 'pre' }, { occasion: 'post' }],
    agreePoints,
    openText: true,
    scales: [
      { id: 'tactics', title: 'Recognises tactics' },
      { id: 'help', title: 'Knows where to get help' },
      { id: 'blame', title: 'Does not blame victims' },
    ],
    items: [
      { id: 'gifts', kind: 'agree-disagree', scale: 'tactics', text: 'Gifts can be a way to make someone feel they owe.' },
      { id: 'phone', kind: 'true-false', scale: 'tactics', text: 'Keeping a partner’s phone can be a way to control them.' },
      { id: 'online', kind: 'agree-disagree', scale: 'tactics', text: 'Someone met online is always who they say.' },
      {
        id: 'who',
        kind: 'multiple-choice',
        scale: 'help',
        text: 'Who can a young person in the story call first?',
        options: [
          { id: 'nobody', text: 'Nobody' },
          { id: 'hotline', text: 'A hotline or a trusted adult' },
          { id: 'the-boyfriend', text: 'The boyfriend' },
        ],
      },
      { id: 'hotline-free', kind: 'true-false', scale: 'help', text: 'A hotline call is free.' },
      { id: 'her-fault', kind: 'agree-disagree', scale: 'blame', text: 'If she went along with it, it is partly her fault.' },
      { id: 'anything-else', kind: 'open-text', text: 'Anything else about the group?' },
    ],
    answerKey: { gifts: 'agree', phone: true, online: 'disagree', who: 'hotline', 'hotline-free': true, 'her-fault': 'disagree' },
  });
}

const item = (survey: Instrument, id: string): SurveyItem => {
  const found = survey.items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('itemScore', () => {
  it('scores a five-point agree-disagree item by its distance toward the keyed end, reversed when keyed disagree', () => {
    const survey = instrument(5);
    expect([1, 2, 3, 4, 5].map((answer) => itemScore(survey, item(survey, 'gifts'), answer))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([1, 2, 3, 4, 5].map((answer) => itemScore(survey, item(survey, 'online'), answer))).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it('scores a four-point item with no middle, and leaves out answers off the scale', () => {
    const survey = instrument(4);
    const scores = [1, 2, 3, 4].map((answer) => itemScore(survey, item(survey, 'gifts'), answer));
    expect(scores.map((score) => Number(score?.toFixed(3)))).toEqual([0, 0.333, 0.667, 1]);
    expect(itemScore(survey, item(survey, 'her-fault'), 1)).toBe(1);
    for (const offScale of [0, 5, 2.5, -1]) expect(itemScore(survey, item(survey, 'gifts'), offScale)).toBeUndefined();
  });

  it('scores true/false and multiple choice 1 when they match the key, 0 when not, and leaves out an answer of the wrong kind', () => {
    const survey = instrument();
    expect(itemScore(survey, item(survey, 'phone'), true)).toBe(1);
    expect(itemScore(survey, item(survey, 'phone'), false)).toBe(0);
    expect(itemScore(survey, item(survey, 'phone'), 'true')).toBeUndefined();
    expect(itemScore(survey, item(survey, 'phone'), 1)).toBeUndefined();
    expect(itemScore(survey, item(survey, 'who'), 'hotline')).toBe(1);
    expect(itemScore(survey, item(survey, 'who'), 'nobody')).toBe(0);
    expect(itemScore(survey, item(survey, 'who'), 'police')).toBeUndefined();
    expect(itemScore(survey, item(survey, 'who'), true)).toBeUndefined();
    expect(itemScore(survey, item(survey, 'gifts'), 'agree')).toBeUndefined();
  });

  it('gives nothing for an unanswered or open-text item', () => {
    const survey = instrument();
    expect(itemScore(survey, item(survey, 'gifts'), undefined)).toBeUndefined();
    expect(itemScore(survey, item(survey, 'anything-else'), 'It was good')).toBeUndefined();
  });
});

describe('scoreResponse', () => {
  it('scores a complete survey per scale, 0 to 100, with open text ignored', () => {
    const survey = instrument();
    const score = scoreResponse(survey, { gifts: 5, phone: true, online: 2, who: 'nobody', 'hotline-free': true, 'her-fault': 3, 'anything-else': 'Thanks' });
    expect(score).toEqual({
      scales: {
        tactics: { score: ((1 + 1 + 0.75) / 3) * 100, answered: 3, items: 3 },
        help: { score: 50, answered: 2, items: 2 },
        blame: { score: 50, answered: 1, items: 1 },
      },
      answered: 6,
      items: 6,
      complete: true,
    });
  });

  it('keeps a partial survey partial, scoring a scale only when at least half its items are answered', () => {
    const survey = instrument();
    const oneOfThree = scoreResponse(survey, { gifts: 5, who: 'hotline' });
    expect(oneOfThree.scales.tactics).toEqual({ score: undefined, answered: 1, items: 3 });
    // One of two is half: scored.
    expect(oneOfThree.scales.help).toEqual({ score: 100, answered: 1, items: 2 });
    expect(oneOfThree.scales.blame).toEqual({ score: undefined, answered: 0, items: 1 });
    expect(oneOfThree).toMatchObject({ answered: 2, items: 6, complete: false });
    const twoOfThree = scoreResponse(survey, { gifts: 5, phone: false });
    expect(twoOfThree.scales.tactics).toEqual({ score: 50, answered: 2, items: 3 });
  });

  it('counts an answer that cannot be kept as not answered, never as a wrong answer', () => {
    const survey = instrument();
    const score = scoreResponse(survey, { gifts: 9, phone: 'yes', online: 1, who: 'police' });
    expect(score.scales.tactics).toEqual({ score: undefined, answered: 1, items: 3 });
    expect(score.scales.help).toEqual({ score: undefined, answered: 0, items: 2 });
    expect(score.answered).toBe(1);
  });

  it('reads only the answers given, whatever an item is called', () => {
    const survey = instrument();
    const renamed = structuredClone(survey);
    renamed.items[1]!.id = 'constructor';
    renamed.answerKey = { ...survey.answerKey, constructor: true };
    delete renamed.answerKey.phone;
    const score = scoreResponse(renamed, {});
    expect(score.answered).toBe(0);
    expect(score.scales.tactics).toEqual({ score: undefined, answered: 0, items: 3 });
  });

  it('scores an empty survey as nothing answered', () => {
    expect(scoreResponse(instrument(), {})).toMatchObject({ answered: 0, items: 6, complete: false });
  });
});

describe('answerProblem', () => {
  it('says why an answer cannot be kept for its item', () => {
    const survey = instrument(4);
    expect(answerProblem(survey, item(survey, 'gifts'), 4)).toBeUndefined();
    expect(answerProblem(survey, item(survey, 'gifts'), 5)).toBe('out-of-range');
    expect(answerProblem(survey, item(survey, 'gifts'), 0)).toBe('out-of-range');
    expect(answerProblem(survey, item(survey, 'gifts'), 1.5)).toBe('out-of-range');
    expect(answerProblem(survey, item(survey, 'gifts'), true)).toBe('wrong-kind');
    expect(answerProblem(survey, item(survey, 'phone'), false)).toBeUndefined();
    expect(answerProblem(survey, item(survey, 'phone'), 'false')).toBe('wrong-kind');
    expect(answerProblem(survey, item(survey, 'who'), 'nobody')).toBeUndefined();
    expect(answerProblem(survey, item(survey, 'who'), 'police')).toBe('not-an-option');
    expect(answerProblem(survey, item(survey, 'who'), 2)).toBe('wrong-kind');
    expect(answerProblem(survey, item(survey, 'anything-else'), 'Good group')).toBeUndefined();
    expect(answerProblem(survey, item(survey, 'anything-else'), 'x'.repeat(501))).toBe('too-long');
    expect(answerProblem(survey, item(survey, 'anything-else'), 3)).toBe('wrong-kind');
    expect(answerProblem({ ...survey, openText: false }, item(survey, 'anything-else'), 'Good group')).toBe('open-text-off');
    expect(answerProblem(instrument(5), item(survey, 'gifts'), 5)).toBeUndefined();
  });
});
