/**
 * Words messages and field rules for a given translate function and language, with no app state:
 * describe.ts uses it with the app's i18next, curricula:check with an English one. Dates, lists and
 * plurals go through Intl and i18next, never string tricks.
 */
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../core/domain/issues';
import type { FacilitatorRole } from '../../core/domain/settings';
import { messageSpecs, type DriveProblem, type Message } from '../../core/domain/messages';
import { datesIn } from './languageDates';

/** A translate function and its language (the app's own by default; a test or tool may pass another). */
export interface Wording {
  t: TFunction;
  language: string;
}

/** A civil date (YYYY-MM-DD) as the language writes it; anything else as it is. */
function civilDateText(value: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An ISO instant as the language writes a date and time, in `timeZone` when it is a zone Intl knows (else UTC). */
function instantText(value: string, language: string, timeZone: unknown): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZone: typeof timeZone === 'string' ? timeZone : 'UTC' }).format(instant);
  } catch {
    return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(instant);
  }
}

/** Days of the week (0 = Sunday) as the language names them, as one list ("Monday and Wednesday"). */
function weekdaysText(days: readonly number[], language: string): string {
  // 2027-01-03 is a Sunday: adding the day number gives that weekday.
  const names = days.map((day) =>
    new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 0, 3 + (day % 7), 12))),
  );
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}

/** Where the catalog words each kind of id a workshop file stores. */
const storedIdKeys = {
  'cancel-reason': 'planning.cancelReason',
  'exit-reason': 'planning.exitReason',
  'fidelity-outcome': 'run.fidelity.outcomes',
  'survey-occasion': 'messages.surveyOccasion',
} as const;

/** Each parameter of a message worded for its kind (a date, a nested message, a drive problem...). */
function wordedParams(message: Message, wording: Wording): Record<string, string | number> {
  const kinds: Record<string, string> = messageSpecs[message.code];
  const params: Record<string, unknown> = message.params ?? {};
  const worded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    switch (kinds[name]) {
      case 'date':
        worded[name] = civilDateText(String(value), wording.language);
        break;
      case 'time':
        worded[name] = datesIn(wording.language).time(String(value));
        break;
      case 'list':
        worded[name] = new Intl.ListFormat(wording.language, { type: 'conjunction' }).format(value as string[]);
        break;
      case 'drive': {
        const drive = value as DriveProblem;
        worded[name] = wording.t(`messages.drive.${drive}`);
        break;
      }
      case 'message':
        worded[name] = wordMessage(value as Message, wording);
        break;
      case 'messages':
        worded[name] = new Intl.ListFormat(wording.language, { type: 'unit', style: 'short' }).format(
          (value as readonly Message[]).map((inner) => wordMessage(inner, wording)),
        );
        break;
      case 'instant':
        worded[name] = instantText(String(value), wording.language, params.timeZone);
        break;
      case 'weekdays':
        worded[name] = weekdaysText(value as readonly number[], wording.language);
        break;
      case 'cancel-reason':
      case 'exit-reason':
      case 'fidelity-outcome':
      case 'survey-occasion':
        worded[name] = wording.t(`${storedIdKeys[kinds[name]]}.${String(value)}` as never);
        break;
      case 'roles':
        worded[name] = new Intl.ListFormat(wording.language, { type: 'conjunction' }).format(
          (value as readonly FacilitatorRole[]).map((role) => wording.t(`settings.roles.${role}`)),
        );
        break;
      case 'rule':
        worded[name] = wordRule(value as FieldIssue, wording);
        break;
      default:
        worded[name] = value as string | number;
    }
  }
  return worded;
}

/** A message as a sentence in the chosen language. */
export function wordMessage(message: Message, wording: Wording): string {
  return wording.t(`messages.code.${message.code}`, wordedParams(message, wording));
}

/** What is wrong with a field, said after its label ("is required"); the number it names chooses the plural. */
export function wordRule(issue: FieldIssue, wording: Wording): string {
  const params: Record<string, string | number> = issue.params ?? {};
  const count = params.count ?? params.minimum ?? params.maximum;
  return wording.t(`messages.rule.${issue.rule}`, count === undefined ? params : { ...params, count });
}
