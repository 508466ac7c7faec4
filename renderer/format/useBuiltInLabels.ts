import { useTranslation } from 'react-i18next';
import { reasonLabel, statusLabel } from '../../core/domain/builtInLabels';
import { shownLanguage } from '../i18n';

type Named = { id: string; label: string };

/**
 * Attendance statuses and absence reasons as a screen shows them: a built-in one the user has not
 * renamed in the language of the screen, one the user named as they wrote it.
 */
export function useBuiltInLabels(): { status: (status: Named) => string; reason: (reason: Named) => string } {
  const { i18n } = useTranslation();
  const language = shownLanguage(i18n.language);
  return { status: (status) => statusLabel(status, language), reason: (reason) => reasonLabel(reason, language) };
}
