/**
 * A translated module carries the same survey in other words (issue 18): the same instrument,
 * scale, item and option ids in the same order, the same kinds, scales, timings and answer key.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModuleText } from '../../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { translatedModule, translationIssues } from '../../../core/domain/curriculum/translation';
import { formatPath } from '../../../core/domain/issues';
import { tempDir } from '../storage/helpers';
import { edited, runCheck, surveyModuleText } from './helpers';

function parsed(text: string): CurriculumModule {
  const result = parseModuleText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.module;
}

const original = parsed(surveyModuleText('en'));
const spanishText = () => surveyModuleText('es');

/** The translation's issues against the original, as `path code` lines. */
function issuesOf(spanish: string): string[] {
  return translationIssues(parsed(spanish), original).map(({ path, message }) => `${formatPath(path)} ${message.code}`);
}

describe('a translated survey instrument', () => {
  it('passes when only the words change', () => {
    expect(translationIssues(parsed(spanishText()), original)).toEqual([]);
  });

  it('refuses a translation that drops the survey, or names another', () => {
    expect(issuesOf(spanishText().replace(/\ninstruments:[\s\S]*$/, '\n'))).toEqual(['instruments translation-lacks-instrument']);
    expect(issuesOf(edited('  - id: friendship-check', '  - id: amistad', spanishText()))).toEqual([
      'instruments[0].id translation-extra-instrument',
      'instruments translation-lacks-instrument',
    ]);
  });

  it('refuses a changed answer key, item kind or scale, or a different time or number of points', () => {
    expect(issuesOf(edited('      pressure-is-normal: disagree', '      pressure-is-normal: agree', spanishText()))).toEqual([
      'instruments[0].answerKey.pressure-is-normal translation-answer-key',
    ]);
    const trueFalse = edited(
      '      gifts-can-be-hooks: true',
      '      gifts-can-be-hooks: agree',
      edited('        kind: true-false', '        kind: agree-disagree', spanishText()),
    );
    expect(issuesOf(trueFalse)).toEqual([
      'instruments[0].items[2].kind translation-item-kind',
      'instruments[0].answerKey.gifts-can-be-hooks translation-answer-key',
    ]);
    expect(
      issuesOf(edited('        scale: healthy-friendship\n        text: Un regalo', '        scale: help-seeking\n        text: Un regalo', spanishText())),
    ).toEqual(['instruments[0].items[2].scale translation-item-scale']);
    expect(issuesOf(edited('    agreePoints: 4', '    agreePoints: 5', spanishText()))).toEqual(['instruments[0].agreePoints translation-survey-setting']);
    expect(issuesOf(edited('        weeksAfter: 6', '        weeksAfter: 8', spanishText()))).toEqual(['instruments[0].given translation-survey-setting']);
  });

  it('refuses renamed or reordered items and options', () => {
    const renamedItem = edited(
      '      - id: would-ask-adult',
      '      - id: would-ask',
      edited('      would-ask-adult: agree', '      would-ask: agree', spanishText()),
    );
    expect(issuesOf(renamedItem)).toEqual(['instruments[0].items[4].id translation-extra-item', 'instruments[0].items translation-lacks-item']);
    const spanish = parsed(spanishText());
    const reordered = structuredClone(spanish);
    const [first, second] = reordered.instruments[0]!.items;
    reordered.instruments[0]!.items.splice(0, 2, second!, first!);
    expect(translationIssues(reordered, original).map(({ path, message }) => [formatPath(path), message])).toEqual([
      [
        'instruments[0].items[0].id',
        {
          code: 'translation-item-order',
          params: { id: 'pressure-is-normal', number: 2, original: 'test-friendship-basics@1', instrument: 'friendship-check' },
        },
      ],
      [
        'instruments[0].items[1].id',
        {
          code: 'translation-item-order',
          params: { id: 'friend-respects-no', number: 1, original: 'test-friendship-basics@1', instrument: 'friendship-check' },
        },
      ],
    ]);
    const renamedOption = edited('          - id: friend-group', '          - id: friends', spanishText());
    expect(issuesOf(renamedOption)).toEqual([
      'instruments[0].items[3].options[2].id translation-extra-option',
      'instruments[0].items[3].options translation-lacks-option',
    ]);
    const swappedOptions = structuredClone(spanish);
    swappedOptions.instruments[0]!.items[3]!.options!.reverse();
    expect(translationIssues(swappedOptions, original).map(({ path, message }) => `${formatPath(path)} ${message.code}`)).toEqual([
      'instruments[0].items[3].options[0].id translation-option-order',
      'instruments[0].items[3].options[2].id translation-option-order',
    ]);
  });

  it('is shown with the planned ids, kinds and answer key, in the translation’s words', () => {
    const shown = translatedModule(original, parsed(spanishText())).instruments[0]!;
    expect(shown.title).toBe('Lo que pienso sobre las amistades');
    expect(shown.scales[1]).toEqual({ id: 'help-seeking', title: 'Le pediría ayuda a un adulto de confianza' });
    expect(shown.items[3]).toMatchObject({ id: 'who-to-tell', kind: 'multiple-choice', scale: 'help-seeking' });
    expect(shown.items[3]?.options?.map((option) => option.text)).toEqual([
      'A nadie; mejor guardar el secreto',
      'A un adulto de confianza, como la consejera',
      'A todo el grupo de amigos',
    ]);
    expect(shown.answerKey).toEqual(original.instruments[0]!.answerKey);
    expect(shown.given).toEqual(original.instruments[0]!.given);
  });
});

describe('npm run curricula:check with a translated survey', () => {
  it('passes the original and its translation, and refuses a changed answer key at its line and column', async () => {
    const dir = await tempDir('check-survey-translation-');
    const english = join(dir, 'survey.yaml');
    const good = join(dir, 'survey-es.yaml');
    const bad = join(dir, 'bad-es.yaml');
    await writeFile(english, surveyModuleText('en'));
    await writeFile(good, spanishText());
    await writeFile(
      bad,
      edited(
        '      who-to-tell: trusted-adult',
        '      who-to-tell: nobody',
        edited('id: test-friendship-basics-es', 'id: test-friendship-basics-es-bad', spanishText()),
      ),
    );
    const result = await runCheck(english, good, bad);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`ok ${good} (test-friendship-basics-es@1, 2 sessions)`);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${bad}:173:20 instruments[0].answerKey.who-to-tell: The answer for “who-to-tell” differs from test-friendship-basics@1 survey “friendship-check”; a translation keeps the answer key exactly.`,
      '1 file with problems.',
    ]);
  });
});
