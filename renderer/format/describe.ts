/**
 * Words what main and the domain report as data (a Message, a FieldIssue) in the chosen language,
 * from the `messages` catalog. Every error, refusal and field problem the renderer shows goes
 * through here; dates, lists and plurals go through Intl and i18next, never string tricks.
 */
import type { FieldIssue } from '../../core/domain/issues';
import type { Message } from '../../core/domain/messages';
import { i18n } from '../i18n';
import { wordMessage, wordRule, type Wording } from './wording';

export type { Wording } from './wording';

function appWording(): Wording {
  return { t: i18n.t.bind(i18n), language: i18n.resolvedLanguage ?? i18n.language };
}

/** A message as a sentence in the chosen language. */
export function describeMessage(message: Message, wording: Wording = appWording()): string {
  return wordMessage(message, wording);
}

/** What is wrong with a field, said after its label ("is required"); the number it names chooses the plural. */
export function describeRule(issue: FieldIssue, wording: Wording = appWording()): string {
  return wordRule(issue, wording);
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
