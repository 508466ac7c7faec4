import { describe, expect, it } from 'vitest';
import { fieldRules, fieldRuleSpecs } from '../../../core/domain/issues';
import { driveProblems, messageCodes, messageSpecs } from '../../../core/domain/messages';
import { en } from '../../../renderer/i18n/en';
import { es } from '../../../renderer/i18n/es';

/** The wordings of `key` in a catalog section: the key itself, or its plural forms. */
function wordings(section: Record<string, string>, key: string): string[] {
  return Object.entries(section)
    .filter(([name]) => name === key || new RegExp(`^${key.replace(/[-]/g, '\\-')}_(zero|one|two|few|many|other)$`).test(name))
    .map(([, text]) => text);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!);
}

const languages = { en, es } as const;

describe('every message code main can send has a wording in each language', () => {
  it('enumerates the vocabulary (the test itself sees codes)', () => {
    expect(messageCodes.length).toBeGreaterThan(100);
    expect(fieldRules.length).toBeGreaterThan(20);
  });

  describe.each(Object.entries(languages))('%s', (_language, catalog) => {
    const codes: Record<string, string> = catalog.messages.code;
    const rules: Record<string, string> = catalog.messages.rule;
    const drives: Record<string, string> = catalog.messages.drive;

    it.each(messageCodes)('%s: worded, with each of its parameters and no other', (code) => {
      const texts = wordings(codes, code);
      expect(texts.length).toBeGreaterThan(0);
      const params = Object.keys(messageSpecs[code]);
      for (const text of texts) {
        // A plural form may say "one" in words instead of {{count}}; every other parameter is used.
        const used = new Set(placeholders(text));
        expect([...used].filter((name) => !params.includes(name))).toEqual([]);
        expect(params.filter((name) => name !== 'count' && !used.has(name))).toEqual([]);
      }
      const all = new Set(texts.flatMap(placeholders));
      expect(params.filter((name) => !all.has(name))).toEqual([]);
    });

    it.each(fieldRules)('field rule %s: worded, with each of its parameters', (rule) => {
      const texts = wordings(rules, rule);
      expect(texts.length).toBeGreaterThan(0);
      const params = Object.keys(fieldRuleSpecs[rule]);
      // The number that chooses the plural may be said in words in the one form ("needs at least one").
      const all = new Set(texts.flatMap(placeholders));
      expect(params.filter((name) => !all.has(name))).toEqual([]);
      const other = wordings(rules, `${rule}_other`).concat(texts.length === 1 ? texts : []);
      for (const text of other) expect(params.filter((name) => !placeholders(text).includes(name))).toEqual([]);
      for (const text of texts) expect(placeholders(text).filter((name) => !params.includes(name) && name !== 'count')).toEqual([]);
    });

    it('words every drive problem', () => {
      expect(driveProblems.filter((problem) => !drives[problem])).toEqual([]);
    });

    it('has no wording for a code that does not exist (a renamed code leaves none behind)', () => {
      const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
      expect(
        Object.keys(codes)
          .map(base)
          .filter((key) => !messageCodes.includes(key as never)),
      ).toEqual([]);
      expect(
        Object.keys(rules)
          .map(base)
          .filter((key) => !fieldRules.includes(key as never)),
      ).toEqual([]);
    });
  });

  it('gives Spanish the many form alongside other for every plural', () => {
    const plurals = (section: Record<string, string>) => Object.keys(section).filter((key) => key.endsWith('_other'));
    for (const section of [es.messages.code, es.messages.rule] as Record<string, string>[]) {
      for (const key of plurals(section)) expect(section, key).toHaveProperty(key.replace(/_other$/, '_many'));
    }
  });
});
