import type { TFunction } from 'i18next';
import type { ModuleSummary } from '../../../core/domain/curriculum/library';
import type { CompletionRule, CurriculumModule, Joining } from '../../../core/domain/curriculum/schema';
import { i18n } from '../../i18n';
import { moduleFieldsText } from '../../i18n/en/moduleFields';

/** "90 min" or "45–60 min". */
export function minutesRange(t: TFunction, minutes: { min: number; max: number }): string {
  return minutes.min === minutes.max ? t('curricula.minutes', { count: minutes.min }) : t('curricula.minutesRange', minutes);
}

/** "once a week" or "1–2 a week". */
export function perWeekText(t: TFunction, sessionsPerWeek: { min: number; max: number }): string {
  return sessionsPerWeek.min === sessionsPerWeek.max ? t('curricula.perWeek', { count: sessionsPerWeek.min }) : t('curricula.perWeekRange', sessionsPerWeek);
}

/** "10 sessions of 90 min, 1 a week". */
export function typicalLength(t: TFunction, summary: Pick<ModuleSummary, 'sessionCount' | 'minutes' | 'sessionsPerWeek'>): string {
  return t('curricula.typicalLength', {
    sessions: t('curricula.sessionCount', { count: summary.sessionCount }),
    length: minutesRange(t, summary.minutes),
    pace: perWeekText(t, summary.sessionsPerWeek),
  });
}

/** Who may join after the start, in words. */
export function joiningText(t: TFunction, joining: Joining): string {
  return joining.rule === 'closed-after' ? t('curricula.joining.closed-after', { count: joining.afterSession ?? 1 }) : t(`curricula.joining.${joining.rule}`);
}

export function agesText(t: TFunction, ages: { min: number; max: number }): string {
  return t('curricula.ages', ages);
}

/** The completion rule in words: "At least 8 of the 10 sessions, including session 1 and session 10." */
export function completionText(t: TFunction, module: CurriculumModule, rule: CompletionRule = module.completion): string {
  const total = module.sessions.length;
  const minimum =
    rule.minimumSessions !== undefined
      ? t('curricula.completion.minimumSessions', { count: rule.minimumSessions, total })
      : t('curricula.completion.minimumPercent', { percent: rule.minimumPercent, total });
  const required = rule.requiredSessions
    .map((id) => module.sessions.find((session) => session.id === id))
    .filter((session) => session !== undefined)
    .map((session) => t('curricula.sessionNumber', { number: session.number }));
  if (required.length === 0) return minimum;
  return t('curricula.completion.withRequired', { minimum, required: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(required) });
}

/** "0:00" style clock for a run-of-show. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A module file's field in words; a name the app does not know is the author's, shown as written. */
function fieldName(t: TFunction, name: string): string {
  return Object.hasOwn(moduleFieldsText, name) ? t(`moduleFields.${name as keyof typeof moduleFieldsText}`) : name;
}

/** Lists whose items are named by their number: "Session 3", "activity 1", "Survey 1 › question 5". */
const numberedPlaces = {
  sessions: 'curricula.import.pathSession',
  activities: 'curricula.import.pathActivity',
  instruments: 'instruments.path.survey',
  scales: 'instruments.path.scale',
  items: 'instruments.path.question',
  options: 'instruments.path.option',
  given: 'instruments.path.time',
} as const;

/**
 * A place in a module file in words: `sessions[2].activities[0].minutes` becomes
 * "Session 3 › activity 1 › minutes" (in the interface's language).
 */
export function readablePath(t: TFunction, path: string): string {
  if (!path) return t('curricula.import.wholeFile');
  return path
    .split('.')
    .flatMap((part) => {
      const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
      if (!match) return [part];
      const [, name = part, indexes = ''] = match;
      const numbers = [...indexes.matchAll(/\[(\d+)\]/g)].map((found) => Number(found[1]) + 1);
      if (numbers.length === 0) return [fieldName(t, name)];
      if (Object.hasOwn(numberedPlaces, name)) return [t(numberedPlaces[name as keyof typeof numberedPlaces], { number: numbers[0] })];
      return [t('curricula.import.pathItem', { name: fieldName(t, name), number: numbers[0] })];
    })
    .join(' › ');
}
