import type { SessionRef } from '../../../../core/contract/records';
import { i18n } from '../../../i18n';

/** "Session 3: Who I am", with "(part 1)" for half a session. */
export function sessionText(session: SessionRef): string {
  return session.part === undefined
    ? i18n.t('print.session', { number: session.number, title: session.title })
    : i18n.t('print.sessionPart', { number: session.number, title: session.title, part: session.part });
}
