/**
 * Words what main and the domain report as data (a Message, a FieldIssue) in the chosen language,
 * from the `messages` catalog. Every error, refusal and field problem the renderer shows goes
 * through here; dates, lists and plurals go through Intl and i18next, never string tricks.
 */
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../core/domain/issues';
import { messageSpecs, type DriveProblem, type Message } from '../../core/domain/messages';
import { i18n } from '../i18n';

/** A translate function and its language (the app's own by default; a test or tool may pass another). */
export interface Wording {
  t: TFunction;
  language: string;
}

function appWording(): Wording {
  return { t: i18n.t.bind(i18n), language: i18n.resolvedLanguage ?? i18n.language };
}

/** A civil date (YYYY-MM-DD) as the language writes it; anything else as it is. */
function civilDateText(value: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

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
      case 'list':
        worded[name] = new Intl.ListFormat(wording.language, { type: 'conjunction' }).format(value as string[]);
        break;
      case 'drive': {
        const drive = value as DriveProblem;
        worded[name] = wording.t(`messages.drive.${drive}`);
        break;
      }
      case 'message':
        worded[name] = describeMessage(value as Message, wording);
        break;
      case 'rule':
        worded[name] = describeRule(value as FieldIssue, wording);
        break;
      default:
        worded[name] = value as string | number;
    }
  }
  return worded;
}

/** A message as a sentence in the chosen language. */
export function describeMessage(message: Message, wording: Wording = appWording()): string {
  return wording.t(`messages.code.${message.code}`, wordedParams(message, wording));
}

/** What is wrong with a field, said after its label ("is required"); the number it names chooses the plural. */
export function describeRule(issue: FieldIssue, wording: Wording = appWording()): string {
  const params: Record<string, string | number> = issue.params ?? {};
  const count = params.count ?? params.minimum ?? params.maximum;
  return wording.t(`messages.rule.${issue.rule}`, count === undefined ? params : { ...params, count });
}

/**
 * A field problem as a sentence: its label and its rule ("Name is required."). `reason` is the
 * failure's own sentence, shown for an issue whose rule says the reason tells what is wrong.
 * Without a label, the issue's path in the document names the place.
 */
export function describeIssue(issue: FieldIssue, label: string | null | undefined, reason?: Message, wording: Wording = appWording()): string {
  if (issue.rule === 'as-reason' && reason) return describeMessage(reason, wording);
  const rule = describeRule(issue, wording);
  if (label) return wording.t('messages.field', { field: label, rule });
  return issue.path ? wording.t('messages.atPath', { path: issue.path, rule }) : wording.t('messages.whole', { rule });
}
