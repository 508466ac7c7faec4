import { instrumentTranslationIssues, translatedInstrument } from '../surveys/instrumentTranslation';
import { compareIds, type IdKind } from './idComparison';
import { moduleRefText, parseModuleRef, primaryLanguage, type ModuleRef } from './moduleRef';
import type { PathMessage } from './pathMessage';
import type { CurriculumModule, Session } from './schema';

/** Something wrong with a translation, at a path of the translation's file. */
export type TranslationIssue = PathMessage;

/** The module a module belongs with: what it translates, or itself when it is an original. */
export function originalRef(module: Pick<CurriculumModule, 'id' | 'version' | 'translationOf'>): ModuleRef {
  return (module.translationOf !== undefined && parseModuleRef(module.translationOf)) || { id: module.id, version: module.version };
}

const sameRef = (module: Pick<CurriculumModule, 'id' | 'version'>, ref: ModuleRef) => module.id === ref.id && module.version === ref.version;

const moduleIds = (
  original: string,
  extra: 'translation-extra-session' | 'translation-extra-handout' | 'translation-extra-instrument',
  lacks: 'translation-lacks-session' | 'translation-lacks-handout' | 'translation-lacks-instrument',
): IdKind => ({
  extra: (id) => ({ code: extra, params: { id, original } }),
  lacks: (id) => ({ code: lacks, params: { id, original } }),
});

const sessionIds = (
  original: string,
  session: string,
  extra: 'translation-extra-activity' | 'translation-extra-session-handout',
  lacks: 'translation-lacks-activity' | 'translation-lacks-session-handout',
): IdKind => ({
  extra: (id) => ({ code: extra, params: { id, original, session } }),
  lacks: (id) => ({ code: lacks, params: { id, original, session } }),
});

function sessionIssues(translated: Session, index: number, original: Session, originalName: string): TranslationIssue[] {
  const path = ['sessions', index];
  return [
    ...compareIds(
      sessionIds(originalName, original.id, 'translation-extra-activity', 'translation-lacks-activity'),
      translated.activities.map((activity) => activity.id),
      original.activities.map((activity) => activity.id),
      { list: [...path, 'activities'], item: (item) => [...path, 'activities', item, 'id'] },
    ),
    ...compareIds(
      sessionIds(originalName, original.id, 'translation-extra-session-handout', 'translation-lacks-session-handout'),
      translated.handouts,
      original.handouts,
      { list: [...path, 'handouts'], item: (item) => [...path, 'handouts', item] },
    ),
  ];
}

/**
 * Where a translation departs from the module it translates. Attendance, fidelity and progress are
 * kept by session and activity id, and surveys by item id, so a translation has exactly the
 * original's sessions (in the same order), activities, handouts and survey instruments (see
 * instrumentTranslation.ts), and is in another language.
 */
export function translationIssues(translation: CurriculumModule, original: CurriculumModule): TranslationIssue[] {
  const name = moduleRefText(original);
  const issues: TranslationIssue[] = [];
  if (translation.language === original.language) {
    issues.push({ path: ['language'], message: { code: 'translation-same-language', params: { language: original.language, original: name } } });
  }
  issues.push(
    ...compareIds(
      moduleIds(name, 'translation-extra-session', 'translation-lacks-session'),
      translation.sessions.map((session) => session.id),
      original.sessions.map((session) => session.id),
      { list: ['sessions'], item: (index) => ['sessions', index, 'id'] },
    ),
  );
  translation.sessions.forEach((session, index) => {
    const match = original.sessions.find((candidate) => candidate.id === session.id);
    if (!match) return;
    if (match.number !== session.number) {
      issues.push({
        path: ['sessions', index, 'id'],
        message: { code: 'translation-session-order', params: { id: session.id, number: match.number, original: name } },
      });
    }
    issues.push(...sessionIssues(session, index, match, name));
  });
  issues.push(
    ...compareIds(
      moduleIds(name, 'translation-extra-handout', 'translation-lacks-handout'),
      translation.handouts.map((handout) => handout.id),
      original.handouts.map((handout) => handout.id),
      { list: ['handouts'], item: (index) => ['handouts', index, 'id'] },
    ),
    ...compareIds(
      moduleIds(name, 'translation-extra-instrument', 'translation-lacks-instrument'),
      translation.instruments.map((instrument) => instrument.id),
      original.instruments.map((instrument) => instrument.id),
      { list: ['instruments'], item: (index) => ['instruments', index, 'id'] },
    ),
  );
  translation.instruments.forEach((instrument, index) => {
    const match = original.instruments.find((candidate) => candidate.id === instrument.id);
    if (match) issues.push(...instrumentTranslationIssues(instrument, index, match, name));
  });
  return issues;
}

/**
 * What a translation's ids say against the library: problems when its original is there and differs,
 * a notice when the original is not there (it can be imported first or later).
 */
export function checkTranslation(
  translation: CurriculumModule,
  findModule: (ref: ModuleRef) => CurriculumModule | undefined,
): { problems: TranslationIssue[]; notices: TranslationIssue[] } {
  if (translation.translationOf === undefined) return { problems: [], notices: [] };
  const ref = originalRef(translation);
  const original = findModule(ref);
  if (!original) {
    return {
      problems: [],
      notices: [{ path: ['translationOf'], message: { code: 'translation-original-missing', params: { original: moduleRefText(ref) } } }],
    };
  }
  if (original.translationOf !== undefined) {
    return {
      problems: [
        { path: ['translationOf'], message: { code: 'translation-of-translation', params: { original: moduleRefText(ref), root: original.translationOf } } },
      ],
      notices: [],
    };
  }
  return { problems: translationIssues(translation, original), notices: [] };
}

/**
 * One module in each of its languages: the original of `ref` (if present) first, then every
 * translation of it, by language. `ref` may name the original or any of its translations.
 */
export function translationFamily<T>(entries: readonly T[], ref: ModuleRef, moduleOf: (entry: T) => CurriculumModule): T[] {
  const named = entries.find((entry) => sameRef(moduleOf(entry), ref));
  const root = named ? originalRef(moduleOf(named)) : ref;
  const original = entries.find((entry) => sameRef(moduleOf(entry), root) && moduleOf(entry).translationOf === undefined);
  const translations = entries
    .filter((entry) => moduleOf(entry).translationOf === moduleRefText(root))
    .sort((a, b) => moduleOf(a).language.localeCompare(moduleOf(b).language));
  return original ? [original, ...translations] : translations;
}

/** The module of `family` written in `language`: the exact tag first, else the same language ("es" for "es-MX"). */
export function moduleInLanguage<T extends Pick<CurriculumModule, 'language'>>(family: readonly T[], language: string): T | undefined {
  return family.find((module) => module.language === language) ?? family.find((module) => primaryLanguage(module.language) === primaryLanguage(language));
}

function translatedSession(planned: Session, text: Session | undefined): Session {
  if (!text) return planned;
  const { id, number, minutes, optional, handouts } = planned;
  return {
    ...text,
    id,
    number,
    minutes,
    optional,
    handouts,
    catchUp: planned.catchUp && text.catchUp ? { ...planned.catchUp, keyPoints: text.catchUp.keyPoints } : planned.catchUp,
    activities: planned.activities.map((activity) => {
      const words = text.activities.find((candidate) => candidate.id === activity.id);
      if (!words) return activity;
      const { id: activityId, kind, minutes: activityMinutes, optional: activityOptional, core } = activity;
      return { ...words, id: activityId, kind, minutes: activityMinutes, optional: activityOptional, core };
    }),
  };
}

/**
 * The planned module shown in a translation's words: every id, number, length and rule stays the
 * planned module's (attendance, fidelity and progress use them); titles, instructions, prompts,
 * notices, handouts and survey wording come from the translation where it has the same id.
 */
export function translatedModule(planned: CurriculumModule, translation: CurriculumModule): CurriculumModule {
  return {
    ...planned,
    language: translation.language,
    title: translation.title,
    summary: translation.summary,
    overview: translation.overview,
    components: translation.components,
    handouts: planned.handouts.map((handout) => {
      const words = translation.handouts.find((candidate) => candidate.id === handout.id);
      return words ? { ...words, id: handout.id, audience: handout.audience } : handout;
    }),
    instruments: planned.instruments.map((instrument) =>
      translatedInstrument(
        instrument,
        translation.instruments.find((candidate) => candidate.id === instrument.id),
      ),
    ),
    sessions: planned.sessions.map((session) =>
      translatedSession(
        session,
        translation.sessions.find((candidate) => candidate.id === session.id),
      ),
    ),
  };
}
