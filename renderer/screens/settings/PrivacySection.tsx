import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../../electron/domain/settings';
import { call } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';

/** Full names are an organisation-wide opt-in, off by default (DESIGN.md, "Privacy by default"). */
export function PrivacySection({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const status = useSaveStatus();
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? preferences.allowFullNames;

  async function change(allowFullNames: boolean) {
    setPending(allowFullNames);
    // On failure the box shows the saved value again; the status says it was not saved.
    await status.run(() => apply(call('settings.setPreferences', { allowFullNames })));
    setPending(null);
  }

  return (
    <section className="settings-section" aria-labelledby="privacy-heading">
      <div className="section-header">
        <h2 id="privacy-heading">{t('settings.privacy.heading')}</h2>
        <SaveStatus state={status.state} id="privacy-status" />
      </div>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={checked}
            aria-describedby="privacy-full-names-hint privacy-status"
            onChange={(event) => void change(event.target.checked)}
          />
          {t('settings.privacy.fullNamesLabel')}
        </label>
        <p className="field-hint" id="privacy-full-names-hint">
          {t('settings.privacy.fullNamesHint')}
        </p>
      </div>
    </section>
  );
}
