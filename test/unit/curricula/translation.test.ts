import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentModules, libraryCards, summariseLibrary } from '../../../core/domain/curriculum/library';
import { parseModuleText } from '../../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { moduleInLanguage, translatedModule, translationFamily } from '../../../core/domain/curriculum/translation';
import { tempDir } from '../storage/helpers';
import { edited, FIXTURE_DIR, runCheck, validText } from './helpers';

const ORIGINAL = resolve(FIXTURE_DIR, 'valid-module.yaml');
const SPANISH = resolve(FIXTURE_DIR, 'valid-module-es.yaml');
const spanishText = (): string => readFileSync(SPANISH, 'utf8');

function parsed(text: string): CurriculumModule {
  const result = parseModuleText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.module;
}

describe('a module language and translationOf', () => {
  it('takes BCP 47 tags in their canonical spelling and names a miswritten one', () => {
    expect(parsed(edited('language: es', 'language: es-MX', spanishText())).language).toBe('es-MX');
    expect(parsed(validText()).language).toBe('en');
    const lowercase = parseModuleText(edited('language: es', 'language: es-mx', spanishText()));
    expect(lowercase.ok ? [] : lowercase.problems).toEqual([
      { path: 'language', rule: 'language-spelling', params: { canonical: 'es-MX' }, line: 6, column: 11 },
    ]);
    const notATag = parseModuleText(edited('language: es', 'language: es_MX', spanishText()));
    expect(notATag.ok ? [] : notATag.problems).toEqual([{ path: 'language', rule: 'language-tag', line: 6, column: 11 }]);
  });

  it('refuses a translationOf that is not id@version, or names the module itself', () => {
    const noVersion = parseModuleText(edited('translationOf: test-friendship-basics@1', 'translationOf: test-friendship-basics', spanishText()));
    expect(noVersion.ok ? [] : noVersion.problems.map((problem) => `${problem.line}:${problem.path}`)).toEqual(['7:translationOf']);
    const itself = parseModuleText(edited('translationOf: test-friendship-basics@1', 'translationOf: test-friendship-basics-es@1', spanishText()));
    expect(itself.ok ? [] : itself.problems).toEqual([
      expect.objectContaining({ path: 'translationOf', rule: 'translation-of-itself', params: { suggestion: 'test-friendship-basics-es-es' } }),
    ]);
  });
});

describe('npm run curricula:check with translations', () => {
  it('passes a translation with the same ids as its original', async () => {
    const result = await runCheck(ORIGINAL, SPANISH);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ok ${SPANISH} (test-friendship-basics-es@1, 2 sessions)`);
    expect(result.stderr).toBe('');
  });

  it('refuses a translation whose ids differ, naming each missing and extra id at its line and column', async () => {
    const dir = await tempDir('check-translation-');
    const bad = join(dir, 'bad-es.yaml');
    const renamed = edited('      - id: friend-map', '      - id: friends-map', spanishText());
    await writeFile(
      bad,
      edited(
        '  - id: trusted-adults',
        '  - id: trusted-adult',
        edited('    handouts: [trusted-adults, facilitator-scenarios]', '    handouts: [facilitator-scenarios]', renamed),
      ),
    );
    const result = await runCheck(ORIGINAL, bad);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${bad}:53:7 sessions[0].activities: This lacks the activity “friend-map” of test-friendship-basics@1 session “what-friends-do”; a translation has every one the original has.`,
      `${bad}:58:13 sessions[0].activities[1].id: “friends-map” is not an activity of test-friendship-basics@1 session “what-friends-do”; a translation keeps the original’s ids.`,
      `${bad}:100:15 sessions[1].handouts: This lacks the handout “trusted-adults” of test-friendship-basics@1 session “when-it-feels-wrong”; a translation has every one the original has.`,
      `${bad}:105:3 handouts: This lacks the handout “trusted-adults” of test-friendship-basics@1; a translation has every one the original has.`,
      `${bad}:105:9 handouts[0].id: “trusted-adult” is not a handout of test-friendship-basics@1; a translation keeps the original’s ids.`,
      '1 file with problems.',
    ]);
  });

  it('refuses a renamed session, and a translation in the original language', async () => {
    const dir = await tempDir('check-translation-');
    const swapped = join(dir, 'swapped-es.yaml');
    const text = edited('language: es', 'language: en', edited('  - id: when-it-feels-wrong', '  - id: when-it-feels-bad', spanishText()));
    await writeFile(swapped, text);
    const result = await runCheck(ORIGINAL, swapped);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${swapped}:6:11 language: This is “en”, the language of test-friendship-basics@1 too; a translation is in another language.`,
    );
    expect(result.stderr).toContain(`${swapped}:43:3 sessions: This lacks the session “when-it-feels-wrong” of test-friendship-basics@1`);
    expect(result.stderr).toContain(`${swapped}:73:9 sessions[1].id: “when-it-feels-bad” is not a session of test-friendship-basics@1`);
  });

  it('accepts a translation of a module it cannot find, with a warning, exiting zero', async () => {
    const result = await runCheck(SPANISH);
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe(
      `${SPANISH}:7:16 translationOf: warning: test-friendship-basics@1 is not in the library; import it too, before or after this translation, to switch between the two languages.`,
    );
  });
});

describe('modules in several languages', () => {
  const english = parsed(validText());
  const spanish = parsed(spanishText());
  const other = { ...english, id: 'another-module', title: 'Another module' };

  it('are one card in the library, with their languages, original first', () => {
    const summaries = summariseLibrary(currentModules([english, other], [spanish]));
    const cards = libraryCards(summaries);
    expect(cards.map((card) => card.id)).toEqual(['another-module', 'test-friendship-basics']);
    expect(cards.find((card) => card.id === english.id)?.languages).toEqual([
      { id: 'test-friendship-basics', language: 'en' },
      { id: 'test-friendship-basics-es', language: 'es' },
    ]);
    expect(cards[0]?.languages).toEqual([{ id: 'another-module', language: 'en' }]);
  });

  it('keep a translation on its own card when its original version is not listed', () => {
    const upgraded = { ...english, version: 2 };
    const cards = libraryCards(summariseLibrary(currentModules([upgraded], [spanish])));
    expect(cards.map((card) => [card.id, card.languages.length])).toEqual([
      ['test-friendship-basics', 1],
      ['test-friendship-basics-es', 1],
    ]);
  });

  it('are found from either one, and picked by language', () => {
    const family = translationFamily([spanish, other, english], { id: spanish.id, version: 1 }, (module) => module);
    expect(family.map((module) => module.id)).toEqual(['test-friendship-basics', 'test-friendship-basics-es']);
    expect(moduleInLanguage(family, 'es-MX')?.id).toBe('test-friendship-basics-es');
    expect(moduleInLanguage(family, 'fr')).toBeUndefined();
  });

  it("show the planned module in the translation's words, keeping its ids, lengths and rules", () => {
    const shown = translatedModule(english, { ...spanish, sessions: spanish.sessions.map((session) => ({ ...session, minutes: 99 })) });
    expect(shown.sessions.map((session) => [session.id, session.title, session.minutes])).toEqual([
      ['what-friends-do', 'Lo que hacen los amigos', 45],
      ['when-it-feels-wrong', 'Cuando algo no se siente bien', 45],
    ]);
    expect(shown.sessions[0]?.activities[1]).toMatchObject({ id: 'friend-map', prompt: '¿Qué hace un buen amigo?', minutes: 25, kind: 'activity' });
    expect(shown.sessions[1]?.catchUp?.keyPoints[0]).toBe('La presión de un amigo no es tu culpa.');
    expect(shown.handouts[0]).toMatchObject({ id: 'trusted-adults', title: 'Mis adultos de confianza', audience: 'youth' });
    expect({ id: shown.id, version: shown.version, completion: shown.completion, language: shown.language }).toEqual({
      id: english.id,
      version: 1,
      completion: english.completion,
      language: 'es',
    });
  });
});
