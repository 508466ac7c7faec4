/**
 * Words a curriculum module problem (core/domain/curriculum/parse.ts): the import panel in the
 * chosen language, curricula:check in English (englishWording). Pure: no app state.
 */
import i18next from 'i18next';
import type { ModuleProblem } from '../../core/domain/curriculum/parse';
import { messagesText } from '../i18n/en/messages';
import { wordMessage, wordRule, type Wording } from './wording';

/** What is wrong, said after the problem's path: a field rule ("must be at least 10"), or the message's sentence. */
export function wordModuleProblem(problem: ModuleProblem, wording: Wording): string {
  return 'rule' in problem ? wordRule(problem, wording) : wordMessage(problem.message, wording);
}

/** `file:line:col path: message`, the form editors and terminals link to; a notice is marked `warning:`. */
export function formatModuleProblem(file: string, problem: ModuleProblem, wording: Wording, severity: 'error' | 'warning' = 'error'): string {
  const place = `${file}:${problem.line ?? 1}:${problem.column ?? 1}`;
  return `${place} ${problem.path || '(file)'}: ${severity === 'warning' ? 'warning: ' : ''}${wordModuleProblem(problem, wording)}`;
}

/** The English catalog's messages alone, for tools outside the app window (curricula:check, a build error). */
export function englishWording(): Wording {
  const english = i18next.createInstance();
  void english.init({
    resources: { en: { translation: { messages: messagesText } } },
    lng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return { t: english.t.bind(english), language: 'en' };
}
