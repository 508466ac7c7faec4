import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { useSavedToggle } from '../../data/useSavedToggle';
import { SavedCheckboxSection } from './SavedCheckboxSection';

/** Shows again (or hides) Today's "Getting started" list, which its "Hide this list" hides for good. */
export function FirstRunChecklistSetting({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const { checked: shown, change, status } = useSavedToggle(!hidden, (show) => apply(call('settings.setPreferences', { firstRunChecklistHidden: !show })));

  return (
    <SavedCheckboxSection
      id="first-run-setting"
      heading={t('settings.firstRun.heading')}
      label={t('settings.firstRun.label')}
      hint={t('settings.firstRun.hint')}
      checked={shown}
      status={status.state}
      onChange={(show) => void change(show)}
    />
  );
}
