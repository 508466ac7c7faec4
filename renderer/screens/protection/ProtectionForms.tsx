/** The inline forms of Settings › Protection. Each keeps what is typed only while it is open. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeychainView, ProtectionStatus, RecoveryKeyShown } from '../../../core/contract/protection';
import { call } from '../../api';
import { SecretField } from '../../components/SecretField';
import { blankPassphrase, checkNewPassphrase, NewPassphraseFields, type NewPassphrase } from './fields';
import { InlineForm } from './InlineForm';
import { useSecretForm } from './useSecretForm';

interface FormProps<T> {
  id: string;
  onDone: (value: T) => void;
  onClose: () => void;
}

function useFailedText() {
  const { t } = useTranslation();
  return (message: string) => t('protection.settings.failed', { message });
}

/** Protects unprotected data: a new passphrase, and the keychain where it is usable. */
export function TurnOnForm({ id, keychain, onDone, onClose }: FormProps<RecoveryKeyShown> & { keychain: KeychainView }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<NewPassphrase>(() => blankPassphrase(keychain));
  const form = useSecretForm<'passphrase' | 'confirm'>({ passphrase: { field: 'passphrase', label: t('protection.passphrase.label') } }, useFailedText());

  function submit() {
    if (form.refuse(checkNewPassphrase(t, value))) return;
    void form.run(() => call('protection.turnOn', { passphrase: value.passphrase, useKeychain: keychain.usable && value.useKeychain }), onDone);
  }

  return (
    <InlineForm
      id={id}
      heading={t('protection.settings.turnOnHeading')}
      submitLabel={t('protection.settings.turnOnSubmit')}
      busyText={t('protection.settings.turningOn')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>{t('protection.settings.turnOnIntro')}</p>
      <NewPassphraseFields idPrefix={id} value={value} onChange={setValue} errors={form.errors} keychain={keychain} />
    </InlineForm>
  );
}

/** A new passphrase for the same key: the data is not rewritten. */
export function ChangePassphraseForm({ id, onDone, onClose }: FormProps<ProtectionStatus>) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  // A forgotten passphrase is replaced with the recovery key instead.
  const [forgotten, setForgotten] = useState(false);
  const [next, setNext] = useState<NewPassphrase>({ passphrase: '', confirm: '', useKeychain: false });
  const currentLabel = forgotten ? t('protection.settings.recoveryKeyLabel') : t('protection.settings.currentLabel');
  const currentTarget = { field: 'current' as const, label: currentLabel };
  const form = useSecretForm<'current' | 'passphrase' | 'confirm'>(
    { current: currentTarget, recoveryKey: currentTarget, next: { field: 'passphrase', label: t('protection.settings.newLabel') } },
    useFailedText(),
  );
  const { passphrase, confirm } = form.errors;

  function submit() {
    const problems = { ...(current === '' ? { current: t('protection.passphrase.required') } : {}), ...checkNewPassphrase(t, next) };
    if (form.refuse(problems)) return;
    const input = forgotten ? { recoveryKey: current, next: next.passphrase } : { current, next: next.passphrase };
    void form.run(() => call('protection.changePassphrase', input), onDone);
  }

  return (
    <InlineForm
      id={id}
      heading={t('protection.settings.changeHeading')}
      submitLabel={t('protection.settings.changeSubmit')}
      busyText={t('protection.settings.changing')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>{t('protection.settings.changeIntro')}</p>
      <SecretField
        id={`${id}-current`}
        label={currentLabel}
        value={current}
        onChange={setCurrent}
        error={form.errors.current}
        kind={forgotten ? 'recovery-key' : 'password'}
        autoComplete={forgotten ? 'off' : 'current-password'}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={forgotten}
          onChange={(event) => {
            setForgotten(event.target.checked);
            setCurrent('');
          }}
        />
        {t('protection.settings.forgotten')}
      </label>
      <NewPassphraseFields
        idPrefix={`${id}-new`}
        value={next}
        onChange={setNext}
        errors={{ passphrase, confirm }}
        labels={{ passphrase: t('protection.settings.newLabel'), confirm: t('protection.settings.confirmNewLabel') }}
      />
    </InlineForm>
  );
}

interface ConfirmFormTexts {
  heading: string;
  intro: string;
  submitLabel: string;
  danger?: boolean;
  busyText: string;
}

/** A form that asks only for the passphrase before acting (a new recovery key, turning protection off). */
function PassphraseConfirmForm<T>({ id, texts, send, onDone, onClose }: FormProps<T> & { texts: ConfirmFormTexts; send: (passphrase: string) => Promise<T> }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const form = useSecretForm({ passphrase: { field: 'passphrase', label: t('protection.passphrase.label') } }, useFailedText());

  function submit() {
    if (form.refuse(passphrase === '' ? { passphrase: t('protection.passphrase.required') } : {})) return;
    void form.run(() => send(passphrase), onDone);
  }

  return (
    <InlineForm
      id={id}
      heading={texts.heading}
      submitLabel={texts.submitLabel}
      danger={texts.danger}
      busyText={texts.busyText}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className={texts.danger ? 'protection-warning' : undefined}>{texts.intro}</p>
      <SecretField
        id={`${id}-passphrase`}
        label={t('protection.passphrase.label')}
        value={passphrase}
        onChange={setPassphrase}
        error={form.errors.passphrase}
        autoComplete="current-password"
      />
    </InlineForm>
  );
}

/** A new recovery key; the old one stops working. */
export function NewRecoveryKeyForm(props: FormProps<RecoveryKeyShown>) {
  const { t } = useTranslation();
  const texts = {
    heading: t('protection.settings.newKeyHeading'),
    intro: t('protection.settings.newKeyIntro'),
    submitLabel: t('protection.settings.newKeySubmit'),
    busyText: t('protection.settings.makingKey'),
  };
  return <PassphraseConfirmForm {...props} texts={texts} send={(passphrase) => call('protection.newRecoveryKey', { passphrase })} />;
}

/** Turns protection off, after a warning, with the passphrase. */
export function TurnOffForm(props: FormProps<ProtectionStatus>) {
  const { t } = useTranslation();
  const texts = {
    heading: t('protection.settings.turnOffHeading'),
    intro: t('protection.settings.turnOffWarning'),
    submitLabel: t('protection.settings.turnOffSubmit'),
    danger: true,
    busyText: t('protection.settings.turningOff'),
  };
  return <PassphraseConfirmForm {...props} texts={texts} send={(passphrase) => call('protection.turnOff', { passphrase })} />;
}
