import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { CheckboxField } from '../../components/CheckboxField';
import { SaveStatus } from '../../components/SaveStatus';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';

/** Shows again (or hides) Today's "Getting started" list, which its "Hide this list" hides for good. */
export function FirstRunChecklistSetting({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const status = useSaveStatus();
  const [pending, setPending] = useState<boolean | null>(null);
  const shown = pending ?? !hidden;

  async function change(show: boolean) {
    setPending(show);
    // On failure the box shows the saved value again; the status says it was not saved.
    await status.run(() => apply(call('settings.setPreferences', { firstRunChecklistHidden: !show })));
    setPending(null);
  }

  return (
    <section className="settings-section" aria-labelledby="first-run-setting-heading">
      <div className="section-header">
        <h2 id="first-run-setting-heading">{t('settings.firstRun.heading')}</h2>
        <SaveStatus state={status.state} id="first-run-setting-status" />
      </div>
      <CheckboxField
        id="first-run-setting"
        label={t('settings.firstRun.label')}
        hint={t('settings.firstRun.hint')}
        checked={shown}
        statusId="first-run-setting-status"
        onChange={(show) => void change(show)}
      />
    </section>
  );
}
