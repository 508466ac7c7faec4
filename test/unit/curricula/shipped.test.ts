import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleJsonSchemaText } from '../../../core/domain/curriculum/jsonSchema';
import { primaryLanguage } from '../../../core/domain/curriculum/moduleRef';
import { parseModuleText } from '../../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { readModuleSources } from '../../../electron/services';
import { CURRICULA_DIR } from './helpers';

const sources = await readModuleSources(CURRICULA_DIR);
const modules = new Map<string, CurriculumModule>(
  sources.map((source) => {
    const parsed = parseModuleText(source.text);
    if (!parsed.ok) throw new Error(`${source.name} does not validate: ${JSON.stringify(parsed.problems, null, 2)}`);
    return [parsed.module.id, parsed.module];
  }),
);
const get = (id: string): CurriculumModule => {
  const module = modules.get(id);
  if (!module) throw new Error(`no shipped module ${id}`);
  return module;
};

/** How a module's modeledOn note says it is an independent outline and not the program itself, per language. */
const MODELED_ON_DISCLAIMER: Readonly<Record<string, readonly RegExp[]>> = {
  en: [/independent/i, /It is not the .*(curriculum|workshop)/],
  es: [/independiente/i, /No es (?:el|la) .*(currículo|currículum|taller|programa)/],
};

describe('the six shipped modules', () => {
  it('are six, with distinct ids: five originals and the Spanish translation of the juvenile-hall series', () => {
    expect(sources).toHaveLength(6);
    expect([...modules.keys()].sort()).toEqual([
      'girls-group-ten-sessions',
      'juvenile-hall-five-week-series',
      'juvenile-hall-five-week-series-es',
      'manhood-reframed-secure-care',
      'middle-school-girls-trust-and-safety',
      'young-men-ending-demand',
    ]);
  });

  it.each([...modules.values()].map((module) => [module.id, module] as const))(
    '%s: every session is complete and opens and closes with care',
    (_id, module) => {
      for (const session of module.sessions) {
        expect(session.topics.length, session.id).toBeGreaterThan(0);
        expect(session.objectives.length, session.id).toBeGreaterThan(0);
        expect(session.materials.length, session.id).toBeGreaterThan(0);
        expect(session.contentNotice.length, session.id).toBeGreaterThan(20);
        expect(session.activities[0]?.kind, session.id).toBe('check-in');
        expect(session.activities.at(-1)?.kind, session.id).toBe('closing');
        expect(
          session.activities.reduce((sum, activity) => sum + activity.minutes, 0),
          session.id,
        ).toBe(session.minutes);
      }
      const disclaimer = MODELED_ON_DISCLAIMER[primaryLanguage(module.language)];
      expect(disclaimer, `no modeledOn disclaimer wording for "${module.language}"`).toBeDefined();
      for (const pattern of disclaimer ?? []) expect(module.modeledOn.note).toMatch(pattern);
    },
  );

  it('follow the public facts of each program', () => {
    const mlmc = get('girls-group-ten-sessions');
    expect(mlmc.modeledOn.program).toBe('My Life My Choice');
    expect(mlmc.sessions.map((session) => session.minutes)).toEqual(Array(10).fill(90));
    expect(mlmc.audiences[0]).toMatchObject({ ages: { min: 12, max: 18 }, genderFocus: 'girls' });
    expect(mlmc.facilitation.roles.filter((role) => role.required).map((role) => role.role)).toEqual(['clinician', 'survivor-mentor']);

    const prevent = get('middle-school-girls-trust-and-safety');
    expect(prevent.modeledOn.program).toMatch(/Project PREVENT/);
    expect(prevent.audiences[0]).toMatchObject({ genderFocus: 'girls', settings: expect.arrayContaining(['school']) });
    expect(prevent.modeledOn.structureInferred).toBe(true);

    const caase = get('young-men-ending-demand');
    expect(caase.audiences[0]?.genderFocus).toBe('boys');
    // Five lessons once consent was added (PROGRAMS.md): consent is core, and where it sits is marked inferred.
    expect(caase.sessions.map((session) => session.optional)).toEqual([false, false, false, false, false]);
    expect(caase.sessions[3]?.topics.join(' ')).toMatch(/consent/i);
    expect(caase.inferred.map((mark) => mark.path)).toEqual(
      expect.arrayContaining(['sessions[3]', 'delivery.sessionsPerWeek', 'delivery.groupSize', 'sessions[0].minutes']),
    );

    const manUp = get('manhood-reframed-secure-care');
    expect(manUp.audiences[0]).toMatchObject({ genderFocus: 'boys', settings: expect.arrayContaining(['detention']) });
    expect(manUp.modeledOn).toMatchObject({ confidence: 'low', structureInferred: true });
    expect(manUp.overview).toMatch(/inferred/i);

    const custody = get('juvenile-hall-five-week-series');
    expect(custody.sessions).toHaveLength(10);
    expect(custody.delivery.sessionsPerWeek).toEqual({ min: 2, max: 2 });
    expect(custody.audiences[0]).toMatchObject({ genderFocus: 'girls', settings: ['detention'] });
  });

  it('write for youth without the words a trauma-informed program avoids', () => {
    for (const source of sources) expect(source.text, source.name).not.toMatch(/\bprostitut(e|es|ed)\b|\bchild prostitut/i);
  });
});

describe('curricula/schema.json', () => {
  it('is the JSON Schema generated from the module schema (run `npm run curricula:schema` after changing it)', () => {
    expect(readFileSync(join(CURRICULA_DIR, 'schema.json'), 'utf8')).toBe(moduleJsonSchemaText());
  });
});
