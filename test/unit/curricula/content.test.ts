/**
 * The content corrections of issue 13, asserted over every shipped module (parsed with the app's own
 * parser), so a module cannot quietly slide back to a script that promises what a facilitator cannot
 * keep or an activity that puts a young person at risk.
 *
 * Materials and handouts follow one convention: a printed material is written in a session's
 * `materials` as its handout's exact title followed by " (handout)", e.g. "My Safety Plan (handout)",
 * and that handout's id is in the session's `handouts`. A `materials` item without " (handout)" that
 * mentions cards, a template, a form, a letter, a map, a circle, a worksheet or a handout is a printed
 * material with no handout. Things that are not printed (markers, a timer, chart paper) are written
 * normally. A module in another language names its handouts with that language's suffix, " (hoja)" in
 * Spanish. The rules' patterns, one set per language, are in contentRules.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseModuleRef } from '../../../core/domain/curriculum/moduleRef';
import { parseModuleText } from '../../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { readModuleSources } from '../../../electron/services';
import {
  activities,
  activityText,
  affirmed,
  CONFIDENTIALITY_LIMITS,
  CONTENT_RULES,
  droppedLimits,
  prose,
  rulesFor,
  spokenText,
  strings,
  surveyItemTexts,
  type ContentRules,
} from './contentRules';
import { CURRICULA_DIR } from './helpers';

const modules: CurriculumModule[] = (await readModuleSources(CURRICULA_DIR)).map((source) => {
  const parsed = parseModuleText(source.text);
  if (!parsed.ok) throw new Error(`${source.name} does not validate: ${JSON.stringify(parsed.problems, null, 2)}`);
  return parsed.module;
});
const byId = modules.map((module) => [module.id, module] as const);

const CUSTODY_SETTINGS: ReadonlySet<string> = new Set(['detention', 'long-term-secure-care']);
const isCustody = (module: CurriculumModule) => module.audiences.some((audience) => audience.settings.some((setting) => CUSTODY_SETTINGS.has(setting)));
const custodyModules = byId.filter(([, module]) => isCustody(module));
const includesTwelveOrThirteen = (module: CurriculumModule) => module.audiences.some((audience) => audience.ages.min <= 13);
const youngModules = byId.filter(([, module]) => includesTwelveOrThirteen(module));
const translations = byId.filter(([, module]) => module.translationOf !== undefined);

/** The shipped module a translation translates (its id and version), failing the test if it is not shipped. */
function originalOf(translation: CurriculumModule): CurriculumModule {
  const ref = parseModuleRef(translation.translationOf ?? '');
  const original = modules.find((module) => module.id === ref?.id && module.version === ref.version);
  if (original === undefined) throw new Error(`${translation.id} translates ${translation.translationOf}, which is not shipped`);
  return original;
}

const EN = CONTENT_RULES.en!;
const ES = CONTENT_RULES.es!;
/** The young person cast in the pressuring role, by any of a rule set's patterns. */
const cast = (text: string, rules: ContentRules) => [...new Set(rules.youthCast.flatMap((pattern) => affirmed(text, pattern, rules.negation)))];

describe('the content rules themselves', () => {
  it('catch the wording the issue found in the old modules, and let the corrected wording through', () => {
    const said = (text: string, pattern: RegExp) => affirmed(text, pattern, EN.negation);
    expect(cast('3. In trios (speaker, pressurer, observer), practice with role-play cards, for example: she said she is not interested.', EN)).toHaveLength(1);
    expect(cast('One youth plays the recruiter. Swap roles.', EN)).toEqual(['One youth plays the recruiter.', 'Swap roles.']);
    expect(cast('No youth plays the recruiter; a facilitator reads that part.', EN)).toEqual([]);
    expect('A staff member for safety who does not take notes on what you say.').toMatch(EN.notePromise);
    expect('Probation or the court may see which sessions you came to, never what you said.').toMatch(EN.probationNever);
    expect('Never promise secrecy on behalf of staff, probation or the court.').not.toMatch(EN.probationNever);
    expect(said('Ask the group what they have heard or seen in general, in their own words.', EN.realPeoplePrompt)).toHaveLength(1);
    expect('A girl tricked into trading sex.').toMatch(EN.childAsActor);
    expect('Some youth may have been sold themselves.').not.toMatch(EN.childAsActor);
    expect(prose('If we learn that a young person **has been hurt or is\n   being hurt**')).toMatch(EN.presentHarm);
    expect('Name: ____________').toMatch(EN.nameField[0]!);
    expect(String.raw`Code: \_\_\_\_\_\_\_\_`).toMatch(EN.nameField[0]!);
    expect('**Your code:** ').toMatch(EN.nameField[1]!);
    expect('Contact: ________ (name of the school contact)').not.toMatch(EN.nameField[0]!);
    expect(EN.printedMaterial.test('Printed scenario and line cards')).toBe(true);
    expect(said('A short clip or ad chosen in advance', EN.video)).toHaveLength(1);
    expect(said('Count the paper clips; never play the video.', EN.video)).toEqual([]);
  });

  it('catch the same wording in Spanish, and let the corrected Spanish through', () => {
    const said = (text: string, pattern: RegExp) => affirmed(text, pattern, ES.negation);
    expect(cast('3. En tríos (la que habla, la presionadora, la que observa), practiquen con las tarjetas de juego de roles.', ES)).toHaveLength(1);
    expect(cast('Una joven hace el papel del reclutador. Cambien de papeles.', ES)).toEqual(['Una joven hace el papel del reclutador.', 'Cambien de papeles.']);
    expect(cast('Una muchacha actúa a la persona que presiona.', ES)).toHaveLength(1);
    expect(cast('Ninguna joven hace el papel del reclutador; un facilitador lee esa parte.', ES)).toEqual([]);
    expect(cast('Ninguna joven actúa a una persona que presiona; tu cofacilitador(a) lee las frases.', ES)).toEqual([]);
    expect(said('Hagan un juego de roles en parejas.', ES.rolePlay)).toHaveLength(1);
    expect('El cofacilitador lee la parte que presiona.').toMatch(ES.safeVoice);
    expect('Una persona del personal por seguridad que no toma notas de lo que dices.').toMatch(ES.notePromise);
    expect('Los facilitadores no anotan nada de lo que dices en la app.').not.toMatch(ES.notePromise);
    expect('La oficina de probation o la corte pueden ver a qué sesiones viniste, nunca lo que dijiste.').toMatch(ES.probationNever);
    expect('Tu oficial de libertad condicional nunca se va a enterar de lo que digas aquí.').toMatch(ES.probationNever);
    expect('Nunca prometas secreto en nombre del personal, de probation o de la corte.').not.toMatch(ES.probationNever);
    expect(said('Pregúntale al grupo qué han oído o visto en general, con sus propias palabras.', ES.realPeoplePrompt)).toHaveLength(1);
    expect(said('Cuéntanos de alguien que conoces que pasó por esto.', ES.realPeoplePrompt)).toHaveLength(1);
    expect(said('A nadie se le pide contar historias de personas que conoce.', ES.realPeoplePrompt)).toEqual([]);
    for (const wrong of [
      'Una muchacha que se vendió por dinero.',
      'Una prostituta de 15 años.',
      'Eso es prostitución infantil.',
      'Empezó a vender su cuerpo.',
    ]) {
      expect(wrong).toMatch(ES.childAsActor);
    }
    expect('A algunas jóvenes las vendieron quienes las explotaban.').not.toMatch(ES.childAsActor);
    expect('Nadie elige ser explotada: la explotación de menores nunca es su culpa.').not.toMatch(ES.childAsActor);
    const limits = prose('Si nos enteramos de que una persona joven **ha sido lastimada o la están\n   lastimando**');
    expect(limits).toMatch(ES.pastHarm);
    expect(limits).toMatch(ES.presentHarm);
    expect('Si alguien está siendo lastimado, avísanos.').toMatch(ES.presentHarm);
    expect('Si alguien se lastima, avísanos.').not.toMatch(ES.presentHarm);
    expect('Puede que tengamos que reportarlo aunque nos pidas que no lo hagamos.').toMatch(ES.evenIfAsked);
    expect('Solo lo reportamos si tú nos lo pides.').not.toMatch(ES.evenIfAsked);
    expect('El personal que está en el salón también puede tener que reportar algunas cosas.').toMatch(ES.staffReport);
    expect('El personal que está en el salón es de la unidad.').not.toMatch(ES.staffReport);
    expect('Puede haber reclutamiento entre compañeras aquí en la unidad.').toMatch(ES.recruitmentOnUnit);
    expect('Una joven defiende a la persona que la explota.').toMatch(ES.defendingExploiter);
    expect('Una joven revela algo frente al grupo.').toMatch(ES.disclosureWithObserver);
    expect('Una joven revela algo mientras hay una persona observadora en el salón.').toMatch(ES.disclosureWithObserver);
    expect('Una joven revela algo en privado después de la sesión.').not.toMatch(ES.disclosureWithObserver);
    expect('Nombre: ____________').toMatch(ES.nameField[0]!);
    expect(String.raw`Código: \_\_\_\_\_\_\_\_`).toMatch(ES.nameField[0]!);
    expect('**Tu código:** ').toMatch(ES.nameField[1]!);
    expect('Contacto: ________ (nombre del contacto de la escuela)').not.toMatch(ES.nameField[0]!);
    expect(ES.printedMaterial.test('Tarjetas impresas de escenarios y frases')).toBe(true);
    expect(ES.printedMaterial.test('Una hoja de trabajo por joven')).toBe(true);
    expect(ES.printedMaterial.test('La hoja de los acuerdos del grupo')).toBe(false);
    expect(said('Un video corto o un anuncio escogido de antemano', ES.video)).toHaveLength(1);
    expect(said('Pongan la película en la sala.', ES.video)).toHaveLength(1);
    expect(said('Cuenten los clips de papel; nunca pongas el video.', ES.video)).toEqual([]);
    expect(said('Dibujen el mapa de apoyo en parejas.', ES.withPartner)).toHaveLength(1);
    expect(said('Cada joven dibuja su mapa sola, no en parejas.', ES.withPartner)).toEqual([]);
    expect(said('Tómale una foto a los acuerdos.', ES.photographed)).toHaveLength(1);
    expect(said('No le tomes foto.', ES.photographed)).toEqual([]);
    expect(said('Escriban una fortaleza en la espalda de otra.', ES.onBacks)).toHaveLength(1);
    expect('Lee en voz alta la historia de Dani.').toMatch(ES.readAloud);
    expect('1. Lee una frase a la vez de la hoja ¿Mito o realidad?').toMatch(ES.readAloud);
    expect('Lee la lista en voz alta y pide pulgar arriba.').not.toMatch(ES.readAloud);
  });

  it.each([
    {
      language: 'English',
      rules: EN,
      asking: [
        'Have you ever been pressured to send a photo?',
        'Has anyone ever offered you money or gifts for something sexual?',
        'Did someone older ever ask you to keep a secret?',
        'Think about your own relationships: are they healthy?',
        'I have been asked to do things I did not want to do.',
        'How many times have you run away?',
        'Something like this has happened to me.',
      ],
      general: [
        'When someone much older buys a teen expensive gifts, the teen may feel she owes him.',
        'If a friend were being pressured, I would talk to a trusted adult.',
        'A young person who is exploited is never to blame.',
        'Jordan’s boyfriend keeps her phone. Is that a warning sign?',
        'I know where to get help if a friend is in danger.',
      ],
    },
    {
      language: 'Spanish',
      rules: ES,
      asking: [
        '¿Alguna vez te han pedido una foto?',
        '¿Alguna vez alguien te ofreció dinero o regalos?',
        'Alguien te ha presionado para hacer algo que no querías.',
        'Piensa en tus propias relaciones: ¿son sanas?',
        '¿Te ha pasado algo así?',
        'Yo he sido víctima de algo así.',
        '¿Cuántas veces te has escapado de casa?',
      ],
      general: [
        'Cuando alguien mucho mayor le compra regalos caros a una joven, ella puede sentir que le debe algo.',
        'Si a un amigo lo estuvieran presionando, yo hablaría con un adulto de confianza.',
        'Una persona joven explotada nunca tiene la culpa.',
        'Sé a dónde ir por ayuda si una amiga está en peligro.',
      ],
    },
  ])('catch a survey item in $language that asks about the reader’s own experiences, and let items about a story through', ({ rules, asking, general }) => {
    expect(asking.filter((text) => !rules.ownExperience.test(text))).toEqual([]);
    expect(general.filter((text) => rules.ownExperience.test(text))).toEqual([]);
  });

  it('are chosen by the language of the module, and a module in a language with no rules fails', () => {
    expect(rulesFor({ id: 'a', language: 'en' })).toBe(EN);
    expect(rulesFor({ id: 'b', language: 'es-MX' })).toBe(ES);
    expect(() => rulesFor({ id: 'c', language: 'fr' })).toThrow('c is written in "fr", which has no content rules');
  });

  it('catch a translation that drops a confidentiality limit its original states', () => {
    const spanishSeries = modules.find((module) => module.id === 'juvenile-hall-five-week-series-es');
    if (spanishSeries === undefined) throw new Error('the Spanish juvenile-hall series is not shipped');
    const original = originalOf(spanishSeries);
    expect(droppedLimits(original, spanishSeries)).toEqual([]);
    const withoutEvenIfAsked = structuredClone(spanishSeries);
    for (const activity of withoutEvenIfAsked.sessions[0]!.activities) {
      activity.instructions = activity.instructions.replaceAll(/aunque[^.;]*(?:pidas|pida|pidan) que no[^.;]*/g, '');
    }
    expect(droppedLimits(original, withoutEvenIfAsked)).toEqual(['session 1: a report is made even if asked not to']);
    const withoutPreaStep = structuredClone(spanishSeries);
    for (const { activity } of activities(withoutPreaStep)) activity.instructions = activity.instructions.replaceAll('PREA', 'la ley');
    expect(droppedLimits(original, withoutPreaStep)).toEqual(['an activity that tells youth how to report under PREA']);
    expect(() => droppedLimits(original, { ...spanishSeries, language: 'fr' })).toThrow('which has no content rules');
  });
});

describe('the content of the shipped modules (issue 13)', () => {
  it('covers all six shipped modules (five originals and the Spanish translation of the juvenile-hall series), three in custody and three that include 12- and 13-year-olds', () => {
    expect(modules).toHaveLength(6);
    expect(translations.map(([id, module]) => [id, module.language, module.translationOf])).toEqual([
      ['juvenile-hall-five-week-series-es', 'es', 'juvenile-hall-five-week-series@1'],
    ]);
    expect(custodyModules.map(([id]) => id).sort()).toEqual([
      'juvenile-hall-five-week-series',
      'juvenile-hall-five-week-series-es',
      'manhood-reframed-secure-care',
    ]);
    expect(youngModules.length).toBeGreaterThanOrEqual(3);
  });

  it.each(byId)('%s: is written in a language the content rules cover', (_id, module) => {
    expect(() => rulesFor(module)).not.toThrow();
  });

  it.each(byId)('%s: no young person plays the person who pressures, controls, recruits or buys', (_id, module) => {
    const rules = rulesFor(module);
    for (const { activity, where } of activities(module)) {
      const text = activityText(activity);
      expect(cast(text, rules), `${where} casts a young person in the pressuring role`).toEqual([]);
      if (affirmed(text, rules.rolePlay, rules.negation).length > 0) {
        expect(text, `${where} is a role-play: say that facilitators play the part or that cards are read in the third person`).toMatch(rules.safeVoice);
        if (!rules.thirdPerson.test(text)) {
          expect(
            affirmed(text, rules.inPairsOrTrios, rules.negation),
            `${where}: a role-play in pairs or trios puts a youth on the other side unless its cards are read in the third person`,
          ).toEqual([]);
        }
      }
    }
  });

  it.each(byId)(
    '%s: session 1 states the limits of confidentiality in past and present tense, and that a report is made even if asked not to',
    (_id, module) => {
      const rules = rulesFor(module);
      for (const { limit, statedIn } of CONFIDENTIALITY_LIMITS.filter(({ custodyOnly }) => !custodyOnly)) {
        expect(statedIn(module, rules), limit).toBe(true);
      }
    },
  );

  it.each(custodyModules)('%s (custody): session 1 says staff in the room may report too, and the module has a PREA reporting step', (_id, module) => {
    const rules = rulesFor(module);
    for (const { limit, statedIn } of CONFIDENTIALITY_LIMITS.filter(({ custodyOnly }) => custodyOnly)) expect(statedIn(module, rules), limit).toBe(true);
  });

  it.each(translations)('%s: states every confidentiality limit its original states', (_id, translation) => {
    expect(droppedLimits(originalOf(translation), translation)).toEqual([]);
  });

  it.each(custodyModules)('%s (custody): guidance for peer recruitment on the unit and for a youth defending an exploiter', (_id, module) => {
    const rules = rulesFor(module);
    const text = strings(module).join('\n');
    expect(text).toMatch(rules.recruitmentOnUnit);
    expect(text).toMatch(rules.defendingExploiter);
  });

  it.each(byId)('%s: guidance for a disclosure in front of the group or an observer', (_id, module) => {
    expect(strings(module).join('\n')).toMatch(rulesFor(module).disclosureWithObserver);
  });

  it.each(byId)('%s: never promises that staff take no notes or that probation will never learn what was said', (_id, module) => {
    const rules = rulesFor(module);
    for (const text of strings(module)) {
      expect(text).not.toMatch(rules.notePromise);
      expect(text).not.toMatch(rules.probationNever);
    }
  });

  it.each(byId)('%s: no prompt invites stories about real people', (_id, module) => {
    const rules = rulesFor(module);
    for (const { activity, where } of activities(module)) {
      const asked = [spokenText(activity), activity.facilitatorNotes ?? ''].join('\n');
      expect(affirmed(asked, rules.realPeoplePrompt, rules.negation), where).toEqual([]);
    }
  });

  it.each(byId)('%s: the exploited young person is never the actor in her own exploitation', (_id, module) => {
    const rules = rulesFor(module);
    for (const text of strings(module)) expect(text).not.toMatch(rules.childAsActor);
  });

  it.each(byId)('%s: every printed material a session names is a handout linked from that session', (_id, module) => {
    const { handoutSuffix, printedMaterial } = rulesFor(module);
    for (const session of module.sessions) {
      for (const item of session.materials) {
        const where = `${module.id} › ${session.id} › materials: "${item}"`;
        if (item.endsWith(handoutSuffix)) {
          const title = item.slice(0, -handoutSuffix.length);
          const handout = module.handouts.find((candidate) => candidate.title === title);
          expect(handout?.title, `${where}: no handout has this exact title`).toBe(title);
          expect(session.handouts, `${where}: its handout is not linked from the session`).toContain(handout?.id);
        } else {
          expect(printedMaterial.test(item), `${where} is printed: write it as its handout's title + "${handoutSuffix}"`).toBe(false);
        }
      }
    }
  });

  it.each(byId)("%s: no handout has a place for a young person's name or code", (_id, module) => {
    const rules = rulesFor(module);
    for (const handout of module.handouts) {
      for (const pattern of rules.nameField) expect(handout.body, `${module.id} › handout ${handout.id}`).not.toMatch(pattern);
    }
  });

  it.each(youngModules)('%s (includes 12- and 13-year-olds): media activities use no video clips', (_id, module) => {
    const rules = rulesFor(module);
    const videoIn = (text: string) => affirmed(text, rules.video, rules.negation);
    for (const { session, activity, where } of activities(module)) {
      if (activity.kind === 'media') expect(videoIn(activityText(activity)), where).toEqual([]);
      expect(
        affirmed(activity.instructions, rules.playShowOrWatch, rules.negation).filter((sentence) => rules.video.test(sentence)),
        where,
      ).toEqual([]);
      for (const line of [...session.materials, ...session.preparation]) expect(videoIn(line), `${module.id} › ${session.id}`).toEqual([]);
    }
  });

  it.each(byId)('%s: media activities, and activities that read a scenario, story or statements aloud, carry a content notice', (_id, module) => {
    const rules = rulesFor(module);
    for (const { activity, where } of activities(module)) {
      if (activity.kind === 'media' || rules.readAloud.test(activity.instructions)) expect(activity.contentNotice, where).toBeTruthy();
    }
  });

  it.each(byId)("%s: maps are drawn alone, agreements are not photographed, and no one writes on anyone's back", (_id, module) => {
    const rules = rulesFor(module);
    const said = (text: string, pattern: RegExp) => affirmed(text, pattern, rules.negation);
    for (const { activity, where } of activities(module)) {
      const text = activityText(activity);
      const titleAndInstructions = `${activity.title}\n${activity.instructions}`;
      if (rules.mapActivity.test(titleAndInstructions)) expect(said(text, rules.withPartner), `${where}: a map is drawn alone`).toEqual([]);
      if (rules.agreements.test(titleAndInstructions)) expect(said(text, rules.photographed), `${where}: agreements are not photographed`).toEqual([]);
      expect(said(text, rules.onBacks), `${where}: no writing on backs`).toEqual([]);
    }
  });

  it.each(byId)('%s: carries a survey instrument (issue 18)', (_id, module) => {
    expect(module.instruments.length, `${module.id} has no survey instrument`).toBeGreaterThan(0);
  });

  it.each(byId)('%s: each survey has 8 to 15 items, is given pre and post, and has no open text', (_id, module) => {
    for (const instrument of module.instruments) {
      const where = `${module.id} › ${instrument.id}`;
      expect(instrument.items.length, `${where}: items`).toBeGreaterThanOrEqual(8);
      expect(instrument.items.length, `${where}: items`).toBeLessThanOrEqual(15);
      expect(
        instrument.given.map((timing) => timing.occasion),
        `${where}: given`,
      ).toEqual(expect.arrayContaining(['pre', 'post']));
      expect(instrument.openText, `${where}: openText`).toBe(false);
      expect(
        instrument.items.filter((item) => item.kind === 'open-text').map((item) => item.id),
        `${where}: open-text items`,
      ).toEqual([]);
    }
  });

  it.each(byId)('%s: a survey intro is honest about who sees the answers: it names the code, and promises no anonymity', (_id, module) => {
    const rules = rulesFor(module);
    for (const instrument of module.instruments) {
      expect(instrument.intro, `${module.id} › ${instrument.id}`).not.toMatch(rules.surveyPrivacyPromise);
      expect(instrument.intro, `${module.id} › ${instrument.id}`).toMatch(rules.surveyCodeSaid);
    }
  });

  it.each(byId)('%s: no survey item asks about a young person’s own experiences or anything they would have to disclose', (_id, module) => {
    const rules = rulesFor(module);
    const asking = surveyItemTexts(module).filter(({ text }) => rules.ownExperience.test(text));
    expect(asking.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it.each(translations)('%s: carries its original’s surveys, translated', (_id, translation) => {
    const original = originalOf(translation);
    expect(translation.instruments.map((instrument) => instrument.id)).toEqual(original.instruments.map((instrument) => instrument.id));
    const sameText = surveyItemTexts(translation).filter(({ text }, index) => text === surveyItemTexts(original)[index]?.text);
    expect(
      sameText.map(({ where }) => where),
      'items left untranslated',
    ).toEqual([]);
  });
});
