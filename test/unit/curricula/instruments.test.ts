/**
 * Survey instruments in a module file (issue 18): curricula:check and import refuse an instrument
 * whose answer key does not match its items, or whose ids, timings or open text break a rule, at
 * the line and column of the mistake, worded in English and in Spanish.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseModuleText, type ModuleProblem } from '../../../core/domain/curriculum/parse';
import { wordModuleProblem } from '../../../renderer/format/moduleProblems';
import type { Wording } from '../../../renderer/format/wording';
import { en } from '../../../renderer/i18n/en';
import { es } from '../../../renderer/i18n/es';
import { tempDir } from '../storage/helpers';
import { edited, runCheck, surveyModuleText } from './helpers';

function problemsOf(text: string): ModuleProblem[] {
  const parsed = parseModuleText(text);
  if (parsed.ok) throw new Error('expected the module to be refused');
  return parsed.problems;
}

/** The module with the instrument, edited once (failing the test if `from` is not there). */
const withEdit = (from: string | RegExp, to: string, text = surveyModuleText()) => edited(from, to, text);

function wordingIn(language: 'en' | 'es'): Wording {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: { messages: (language === 'en' ? en : es).messages } } },
    lng: language,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return { t: instance.t.bind(instance), language };
}

const OPEN_TEXT_ITEM = '      - id: anything-else\n        kind: open-text\n        text: Anything else you want us to know about the group?\n    answerKey:';

describe('a survey instrument in a module file', () => {
  it('reads the minimal instrument: scales, items of each kind, the answer key apart, and when it is given', () => {
    const parsed = parseModuleText(surveyModuleText());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const [instrument] = parsed.module.instruments;
    expect(instrument?.given).toEqual([{ occasion: 'pre' }, { occasion: 'post' }, { occasion: 'follow-up', weeksAfter: 6 }]);
    expect(instrument?.agreePoints).toBe(4);
    expect(instrument?.openText).toBe(false);
    expect(instrument?.scales.map((scale) => scale.id)).toEqual(['healthy-friendship', 'help-seeking']);
    expect(instrument?.items.map((item) => [item.id, item.kind, item.scale])).toEqual([
      ['friend-respects-no', 'agree-disagree', 'healthy-friendship'],
      ['pressure-is-normal', 'agree-disagree', 'healthy-friendship'],
      ['gifts-can-be-hooks', 'true-false', 'healthy-friendship'],
      ['who-to-tell', 'multiple-choice', 'help-seeking'],
      ['would-ask-adult', 'agree-disagree', 'help-seeking'],
    ]);
    expect(instrument?.answerKey).toEqual({
      'friend-respects-no': 'agree',
      'pressure-is-normal': 'disagree',
      'gifts-can-be-hooks': true,
      'who-to-tell': 'trusted-adult',
      'would-ask-adult': 'agree',
    });
    // A module without instruments still reads, with none.
    const plain = parseModuleText(surveyModuleText().replace(/\ninstruments:[\s\S]*$/, '\n'));
    expect(plain.ok && plain.module.instruments).toEqual([]);
  });

  it('refuses an answer key that does not match its items, at the line and column of the mistake', () => {
    const unknown = withEdit('      would-ask-adult: agree', '      would-ask-adult: agree\n      would-tell-friend: agree');
    expect(problemsOf(unknown)).toEqual([
      { path: 'instruments[0].answerKey.would-tell-friend', rule: 'key-unknown-item', params: { id: 'would-tell-friend' }, line: 175, column: 26 },
    ]);
    const missing = withEdit('      would-ask-adult: agree\n', '');
    expect(problemsOf(missing)).toEqual([{ path: 'instruments[0].items[4]', rule: 'key-missing', params: { id: 'would-ask-adult' }, line: 165, column: 9 }]);
    const wrongKind = withEdit('      gifts-can-be-hooks: true', '      gifts-can-be-hooks: agree');
    expect(problemsOf(wrongKind)).toEqual([
      {
        path: 'instruments[0].answerKey.gifts-can-be-hooks',
        rule: 'key-wrong-kind',
        params: { id: 'gifts-can-be-hooks', kind: 'true-false' },
        line: 172,
        column: 27,
      },
    ]);
    const notAnOption = withEdit('      who-to-tell: trusted-adult', '      who-to-tell: counsellor');
    expect(problemsOf(notAnOption)).toEqual([
      { path: 'instruments[0].answerKey.who-to-tell', rule: 'key-not-an-option', params: { id: 'who-to-tell', value: 'counsellor' }, line: 173, column: 20 },
    ]);
    const notAKey = withEdit('      who-to-tell: trusted-adult', '      who-to-tell: 2');
    expect(problemsOf(notAKey)).toEqual([{ path: 'instruments[0].answerKey.who-to-tell', rule: 'answer-key-value', line: 173, column: 20 }]);
    const keyedOpenText = withEdit(
      '    agreePoints: 4',
      '    agreePoints: 4\n    openText: true',
      withEdit('    answerKey:', OPEN_TEXT_ITEM, withEdit('      would-ask-adult: agree', '      would-ask-adult: agree\n      anything-else: agree')),
    );
    expect(problemsOf(keyedOpenText)).toEqual([
      { path: 'instruments[0].answerKey.anything-else', rule: 'key-open-text', params: { id: 'anything-else' }, line: 179, column: 22 },
    ]);
  });

  it('refuses repeated ids, a follow-up without weeksAfter, and open text while openText is off', () => {
    const repeatedItem = withEdit('      - id: pressure-is-normal', '      - id: friend-respects-no');
    expect(problemsOf(repeatedItem)).toEqual([
      { path: 'instruments[0].items[1].id', rule: 'id-repeated-item', params: { id: 'friend-respects-no', first: 1 }, line: 146, column: 13 },
      // The key of the renamed item now names no item.
      { path: 'instruments[0].answerKey.pressure-is-normal', rule: 'key-unknown-item', params: { id: 'pressure-is-normal' }, line: 171, column: 27 },
    ]);
    const repeatedScale = withEdit('      - id: help-seeking\n        title', '      - id: healthy-friendship\n        title');
    expect(problemsOf(repeatedScale)[0]).toEqual({
      path: 'instruments[0].scales[1].id',
      rule: 'id-repeated-scale',
      params: { id: 'healthy-friendship', first: 1 },
      line: 139,
      column: 13,
    });
    const twoInstruments = surveyModuleText() + surveyModuleText().slice(surveyModuleText().indexOf('instruments:\n') + 'instruments:\n'.length);
    expect(problemsOf(twoInstruments)).toEqual([
      { path: 'instruments[1].id', rule: 'id-repeated-instrument', params: { id: 'friendship-check', first: 1 }, line: 175, column: 9 },
    ]);
    expect(problemsOf(withEdit('        weeksAfter: 6\n', ''))).toEqual([{ path: 'instruments[0].given[2]', rule: 'needs-weeks-after', line: 132, column: 9 }]);
    expect(problemsOf(withEdit('      - occasion: pre', '      - occasion: pre\n        weeksAfter: 2'))).toEqual([
      { path: 'instruments[0].given[0].weeksAfter', rule: 'only-follow-up', line: 131, column: 21 },
    ]);
    expect(problemsOf(withEdit('      - occasion: post', '      - occasion: pre'))).toEqual([
      { path: 'instruments[0].given[1].occasion', rule: 'occasion-repeated', params: { occasion: 'pre' }, line: 131, column: 19 },
    ]);
    expect(problemsOf(withEdit('    answerKey:', OPEN_TEXT_ITEM))).toEqual([
      { path: 'instruments[0].items[5].kind', rule: 'open-text-off', line: 170, column: 15 },
    ]);
    const scoredOpenText = withEdit(
      '    agreePoints: 4',
      '    agreePoints: 4\n    openText: true',
      withEdit('    answerKey:', OPEN_TEXT_ITEM.replace('kind: open-text', 'kind: open-text\n        scale: help-seeking')),
    );
    expect(problemsOf(scoredOpenText)).toEqual([expect.objectContaining({ path: 'instruments[0].items[5].scale', rule: 'open-text-unscored' })]);
  });

  it('refuses items without a scale or options, an unknown scale or kind, and agreePoints other than 4 or 5', () => {
    expect(problemsOf(withEdit('        scale: help-seeking\n        text: If', '        text: If'))).toEqual([
      { path: 'instruments[0].items[4]', rule: 'needs-scale', line: 165, column: 9 },
    ]);
    expect(problemsOf(withEdit('        scale: help-seeking\n        text: If', '        scale: help-seking\n        text: If'))).toEqual([
      { path: 'instruments[0].items[4].scale', rule: 'unknown-scale', params: { id: 'help-seking' }, line: 167, column: 16 },
    ]);
    expect(problemsOf(withEdit(/ {8}options:\n(?:.*\n){6}/, ''))).toEqual([{ path: 'instruments[0].items[3]', rule: 'needs-options', line: 154, column: 9 }]);
    expect(problemsOf(withEdit('        kind: true-false', '        kind: yes-no'))).toEqual([
      {
        path: 'instruments[0].items[2].kind',
        rule: 'one-of',
        params: { options: '"agree-disagree", "true-false", "multiple-choice", "open-text"' },
        line: 151,
        column: 15,
      },
    ]);
    expect(problemsOf(withEdit('    agreePoints: 4', '    agreePoints: 3'))).toEqual([
      { path: 'instruments[0].agreePoints', rule: 'agree-points', line: 134, column: 18 },
    ]);
    const trueFalseWithOptions = withEdit(
      '        text: A gift can be used',
      '        options: [{ id: yes, text: Yes }, { id: no, text: No }]\n        text: A gift can be used',
    );
    expect(problemsOf(trueFalseWithOptions)).toEqual([
      expect.objectContaining({ path: 'instruments[0].items[2].options', rule: 'only-multiple-choice', line: 153, column: 18 }),
    ]);
  });

  it('words each problem in English and in Spanish', () => {
    const problems = problemsOf(withEdit('      who-to-tell: trusted-adult', '      who-to-tell: counsellor', withEdit('        weeksAfter: 6\n', '')));
    expect(problems.map((problem) => `${problem.path}: ${wordModuleProblem(problem, wordingIn('en'))}`)).toEqual([
      'instruments[0].given[2]: a follow-up needs weeksAfter: how many weeks after the last meeting it is given',
      'instruments[0].answerKey.who-to-tell: the answer for “who-to-tell” is “counsellor”, which is not one of its options',
    ]);
    expect(problems.map((problem) => `${problem.path}: ${wordModuleProblem(problem, wordingIn('es'))}`)).toEqual([
      'instruments[0].given[2]: un seguimiento necesita weeksAfter: cuántas semanas después del último encuentro se aplica',
      'instruments[0].answerKey.who-to-tell: la respuesta de “who-to-tell” es “counsellor”, que no es una de sus opciones',
    ]);
  });
});

describe('npm run curricula:check with a survey instrument', () => {
  it('passes the module with the minimal instrument', async () => {
    const dir = await tempDir('check-instrument-');
    const good = join(dir, 'good.yaml');
    await writeFile(good, surveyModuleText());
    const result = await runCheck(good);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ok ${good} (test-friendship-basics@1, 2 sessions)`);
  });

  it('refuses an answer key that does not match its items, printing file:line:col and the rule', async () => {
    const dir = await tempDir('check-instrument-');
    const bad = join(dir, 'bad.yaml');
    await writeFile(
      bad,
      withEdit(
        '      gifts-can-be-hooks: true',
        '      gifts-can-be-hooks: agree',
        withEdit('      would-ask-adult: agree', '      would-tell-friend: agree', withEdit('    answerKey:', OPEN_TEXT_ITEM)),
      ),
    );
    const result = await runCheck(bad);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${bad}:165:9 instruments[0].items[4]: the answer key has no answer for “would-ask-adult”`,
      `${bad}:170:15 instruments[0].items[5].kind: is an open-text question, but this survey has openText off; turn it on with openText: true, or remove the question`,
      `${bad}:175:27 instruments[0].answerKey.gifts-can-be-hooks: the answer for “gifts-can-be-hooks” does not fit a true-false question (agree-disagree: agree or disagree; true-false: true or false; multiple-choice: an option id)`,
      `${bad}:177:26 instruments[0].answerKey.would-tell-friend: “would-tell-friend” is not the id of any question in this survey`,
      '1 file with problems.',
    ]);
  });
});
