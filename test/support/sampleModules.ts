/// <reference types="vite/client" />
import { parseModuleText } from '../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import validModuleText from '../fixtures/curricula/valid-module.yaml?raw';
import spanishModuleText from '../fixtures/curricula/valid-module-es.yaml?raw';
import instrumentText from '../fixtures/curricula/instrument.yaml?raw';
import spanishInstrumentText from '../fixtures/curricula/instrument-es.yaml?raw';

/** The small test module (two sessions, all genders, ages 13–17), parsed by the real parser. */
export function sampleModule(overrides: Partial<CurriculumModule> = {}): CurriculumModule {
  const parsed = parseModuleText(validModuleText);
  if (!parsed.ok) throw new Error(`The test module does not validate: ${JSON.stringify(parsed.problems)}`);
  return { ...parsed.module, ...overrides };
}

/** The small test module's Spanish translation (same session, activity and handout ids), parsed by the real parser. */
export function spanishSampleModule(): CurriculumModule {
  const parsed = parseModuleText(spanishModuleText);
  if (!parsed.ok) throw new Error(`The Spanish test module does not validate: ${JSON.stringify(parsed.problems)}`);
  return parsed.module;
}

/** The small test module with the minimal survey instrument (instrument.yaml), or its Spanish translation with the translated one. */
export function surveySampleModule(language: 'en' | 'es' = 'en'): CurriculumModule {
  const parsed = parseModuleText(language === 'en' ? validModuleText + instrumentText : spanishModuleText + spanishInstrumentText);
  if (!parsed.ok) throw new Error(`The test module with a survey does not validate: ${JSON.stringify(parsed.problems)}`);
  return parsed.module;
}

/** A second module for filtering: girls 12–18 in juvenile hall, ten sessions of 60 minutes. */
export function custodyModule(): CurriculumModule {
  const base = sampleModule();
  const session = base.sessions[0]!;
  const sessions = Array.from({ length: 10 }, (_, index) => ({
    ...session,
    id: `session-${index + 1}`,
    number: index + 1,
    title: `Custody session ${index + 1}`,
    minutes: 60,
    activities: [{ ...session.activities[0]!, minutes: 60 }],
  }));
  return {
    ...base,
    id: 'custody-series',
    title: 'Custody Series (test module)',
    summary: 'Ten sessions for girls in custody.',
    audiences: [{ ages: { min: 12, max: 18 }, genderFocus: 'girls', settings: ['detention'] }],
    delivery: { sessionsPerWeek: { min: 2, max: 2 }, joining: { rule: 'open' } },
    inferred: [],
    completion: { minimumPercent: 70, requiredSessions: ['session-1'] },
    sessions,
  };
}
