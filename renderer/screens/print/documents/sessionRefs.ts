import type { TFunction } from 'i18next';
import type { SessionRef } from '../../../../core/contract/records';

/** "Session 3: Who I am", with "(part 1)" for half a session, in the language of `t`. */
export function sessionText(t: TFunction, session: SessionRef): string {
  return session.part === undefined
    ? t('print.session', { number: session.number, title: session.title })
    : t('print.sessionPart', { number: session.number, title: session.title, part: session.part });
}
