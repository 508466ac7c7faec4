import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { CheckboxField } from '../../components/CheckboxField';

/** The running preference "start the next activity's timer when one ends", saved to Settings at once. */
export function AutoStartToggle() {
  const { t } = useTranslation();
  const { state, apply } = useSettings();
  const [error, setError] = useState('');
  if (state.status !== 'ready') return null;
  const checked = state.value.preferences.autoStartNextActivity === true;

  async function change(next: boolean) {
    setError('');
    try {
      await apply(call('settings.setPreferences', { autoStartNextActivity: next }));
    } catch (thrown) {
      setError(t('run.autoStart.failed', { message: toApiError(thrown).message }));
    }
  }

  return (
    <div className="run-auto-start">
      <CheckboxField
        className="workshop-checkbox-field"
        id="run-auto-start"
        label={t('run.autoStart.label')}
        hint={t('run.autoStart.hint')}
        checked={checked}
        onChange={(next) => void change(next)}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
