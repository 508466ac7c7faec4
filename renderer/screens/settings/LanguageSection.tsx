import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/domain/languages';
import { call } from '../../api';
import { LanguageField } from '../../components/LanguageField';
import { SavedSection } from '../../components/SavedSection';
import { useSettings } from '../../data/SettingsProvider';
import { useSavedValue } from '../../data/useSavedToggle';

/** Settings › Language: the app's language, saved and applied to every window as soon as it is chosen. */
export function LanguageSection({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const { value, change, status } = useSavedValue(language, (next: Language) => apply(call('settings.setPreferences', { language: next })));
  return (
    <SavedSection
      headingId="language-heading"
      heading={t('languages.settings.heading')}
      className="settings-section"
      status={status.state}
      statusId="language-status"
    >
      <LanguageField
        id="app-language"
        label={t('languages.settings.label')}
        hint={t('languages.settings.hint')}
        value={value}
        onChange={(next) => void change(next)}
      />
    </SavedSection>
  );
}
