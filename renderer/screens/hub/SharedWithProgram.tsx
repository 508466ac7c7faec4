import { useTranslation } from 'react-i18next';
import { useKnownHubStatus } from './HubStatusContext';

/** One line on the sites, facilitators and resources pages, when this laptop is in a program: these lists travel. */
export function SharedWithProgram() {
  const { t } = useTranslation();
  const program = useKnownHubStatus()?.program;
  if (program === undefined) return null;
  return <p className="field-hint hub-shared-note">{t('programLists.sharedNote', { program: program.name })}</p>;
}
