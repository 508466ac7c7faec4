import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInLabels, reasonLabel, statusLabel } from '../../../core/domain/builtInLabels';
import { fileLabels, type FileLabels } from '../../../core/domain/exports/fileLabels';
import { languageName, languageOfLocales, supportedLanguages } from '../../../core/domain/languages';
import { createAppSession } from '../../../electron/services';
import { createFakeHost } from '../../support/fakeHost';
import { fakeKeychain } from '../protection/harness';
import { tempDir } from '../storage/helpers';

/** Every leaf of a catalog by its path, functions called with sample arguments so their output can be compared. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  if (typeof value === 'function') return new Map([[prefix, String((value as (...args: unknown[]) => unknown)('7', '8', '9'))]]);
  if (typeof value !== 'object' || value === null) return new Map([[prefix, String(value)]]);
  return new Map(Object.entries(value).flatMap(([key, inner]) => [...leaves(inner, prefix ? `${prefix}.${key}` : key)]));
}

describe('the computer’s language', () => {
  it('starts a new data folder in Spanish for any Spanish locale, and in English for a language the app does not speak', () => {
    expect(languageOfLocales(['es-MX'])).toBe('es');
    expect(languageOfLocales(['es_US', 'en-US'])).toBe('es');
    expect(languageOfLocales(['fr'])).toBe('en');
    expect(languageOfLocales(['fr-CA', 'es-419'])).toBe('es');
    expect(languageOfLocales([])).toBe('en');
  });

  it('writes a new data folder’s settings in the language of the computer it starts on', async () => {
    const dir = await tempDir('language-');
    const session = await createAppSession({
      dir,
      environment: { version: '1.0.0', shippedModules: [], host: createFakeHost(), clock: { now: () => new Date('2027-03-04T18:00:00Z'), timeZone: 'UTC' } },
      keychain: fakeKeychain(),
      passphraseCost: 10,
      systemLanguages: ['es-MX', 'en-US'],
    });
    try {
      const result = await session.dispatch('protection.setUp', { protect: false });
      expect(result.ok).toBe(true);
      const stored = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as { preferences: { language: string } };
      expect(stored.preferences.language).toBe('es');
    } finally {
      await session.close();
    }
  });

  it('names each language in itself, for the menu that chooses it', () => {
    expect(supportedLanguages.map(languageName)).toEqual(['English', 'Español']);
  });
});

describe('file labels', () => {
  it('has the same labels in every language, and Spanish ones that are not the English left untranslated', () => {
    const english = leaves(fileLabels.en);
    for (const language of supportedLanguages) {
      const labels: FileLabels = fileLabels[language];
      expect([...leaves(labels).keys()].sort(), language).toEqual([...english.keys()].sort());
    }
    const spanish = leaves(fileLabels.es);
    // Words that are the same in both languages.
    const same = ['meetingKinds.planned', 'no', 'sessionShort'];
    const untranslated = [...english].filter(([path, text]) => !same.includes(path) && spanish.get(path) === text).map(([path]) => path);
    expect(untranslated).toEqual([]);
  });
});

describe('built-in status and reason names', () => {
  it('shows a built-in status in the chosen language until the user renames it, and keeps a renamed one as written', () => {
    expect(statusLabel({ id: 'present', label: 'Present' }, 'es')).toBe('Presente');
    expect(statusLabel({ id: 'present', label: 'Presente' }, 'en')).toBe('Present');
    expect(statusLabel({ id: 'present', label: 'Here' }, 'es')).toBe('Here');
    expect(statusLabel({ id: 'on-call', label: 'On call' }, 'es')).toBe('On call');
    expect(reasonLabel({ id: 'court-date', label: 'Court date' }, 'es')).toBe('Audiencia en la corte');
  });

  it('has every built-in status and reason in every language', () => {
    for (const language of supportedLanguages) {
      expect(Object.keys(builtInLabels[language].statuses).sort()).toEqual(Object.keys(builtInLabels.en.statuses).sort());
      expect(Object.keys(builtInLabels[language].reasons).sort()).toEqual(Object.keys(builtInLabels.en.reasons).sort());
    }
  });
});
