import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../../core/domain/settings';
import { call, toApiError } from '../../api';
import { useSettings } from '../../data/SettingsProvider';
import { useSavedToggle } from '../../data/useSavedToggle';
import { InlineConfirm } from '../../components/InlineConfirm';
import { SavedCheckboxSection } from './SavedCheckboxSection';

/** Full names are an organisation-wide opt-in, off by default (DESIGN.md, "Privacy by default"). */
export function PrivacySection({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const toggle = useSavedToggle(preferences.allowFullNames, (allowFullNames) => apply(call('settings.setPreferences', { allowFullNames })));
  const { checked, status } = toggle;
  /** After full names are turned off: the offer to erase the stored ones, then what became of it. */
  const [erasing, setErasing] = useState<{ state: 'offered' | 'working' } | { state: 'done' | 'failed'; message: string } | null>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (erasing?.state === 'offered') eraseButton.current?.focus();
  }, [erasing?.state]);

  async function change(allowFullNames: boolean) {
    setErasing(null);
    const saved = await toggle.change(allowFullNames);
    if (saved.ok && !allowFullNames) setErasing({ state: 'offered' });
  }

  async function erase() {
    setErasing({ state: 'working' });
    try {
      const done = await call('participants.eraseFullNames');
      const lines = [t('settings.privacy.erased', { count: done.erased }), ...(done.secondFolderPending ? [t('settings.privacy.erasedSecondPending')] : [])];
      setErasing({ state: 'done', message: lines.join(' ') });
    } catch (thrown) {
      setErasing({ state: 'failed', message: t('settings.privacy.eraseFailed', { message: toApiError(thrown).message }) });
    }
  }

  return (
    <SavedCheckboxSection
      id="privacy-full-names"
      heading={t('settings.privacy.heading')}
      label={t('settings.privacy.fullNamesLabel')}
      hint={t('settings.privacy.fullNamesHint')}
      checked={checked}
      status={status.state}
      onChange={(allowFullNames) => void change(allowFullNames)}
    >
      {erasing?.state === 'offered' || erasing?.state === 'working' ? (
        <InlineConfirm
          id="privacy-erase-offer"
          question={t('settings.privacy.eraseOffer')}
          confirm={{
            label: erasing.state === 'working' ? t('settings.privacy.erasing') : t('settings.privacy.erase'),
            onConfirm: () => void erase(),
            busy: erasing.state === 'working',
            ref: eraseButton,
          }}
          onCancel={() => setErasing(null)}
          cancelLabel={t('settings.privacy.keep')}
        />
      ) : null}
      {erasing?.state === 'done' ? <p role="status">{erasing.message}</p> : null}
      {erasing?.state === 'failed' ? (
        <p className="form-error" role="alert">
          {erasing.message}
        </p>
      ) : null}
    </SavedCheckboxSection>
  );
}
