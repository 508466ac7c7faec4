import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { CheckboxField } from '../../components/CheckboxField';
import { SavedSection } from '../../components/SavedSection';
import { useSettings } from '../../data/SettingsProvider';
import { useSavedToggle } from '../../data/useSavedToggle';

/** Shows again (or hides) Today's "Getting started" list, which its "Hide this list" hides for good. */
export function FirstRunChecklistSetting({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const { checked: shown, change, status } = useSavedToggle(!hidden, (show) => apply(call('settings.setPreferences', { firstRunChecklistHidden: !show })));

  return (
    <SavedSection
      headingId="first-run-setting-heading"
      heading={t('settings.firstRun.heading')}
      className="settings-section"
      status={status.state}
      statusId="first-run-setting-status"
    >
      <CheckboxField
        id="first-run-setting"
        label={t('settings.firstRun.label')}
        hint={t('settings.firstRun.hint')}
        checked={shown}
        statusId="first-run-setting-status"
        onChange={(show) => void change(show)}
      />
    </SavedSection>
  );
}
