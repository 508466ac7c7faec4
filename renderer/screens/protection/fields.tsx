import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MIN_PASSPHRASE_LENGTH, type KeychainView } from '../../../core/contract/protection';
import { describedBy } from '../../components/fieldError';
import { FieldMessages } from '../../components/FieldMessages';

/** The longest passphrase the app takes (the contract's limit). */
export const MAX_PASSPHRASE_LENGTH = 200;

interface SecretFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** 'password' hides what is typed; the recovery key is typed in the clear, from a sheet of paper. */
  kind?: 'password' | 'recovery-key';
  autoComplete?: 'current-password' | 'new-password' | 'off';
  /** Says the error aloud when it appears, for a field that keeps focus while it is retried. */
  announceError?: boolean;
}

/**
 * A labelled passphrase (or recovery key) input with its hint and error, both tied to it for
 * screen readers. Never spell-checked: the words would be sent to the dictionary.
 */
export function SecretField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  inputRef,
  kind = 'password',
  autoComplete = 'off',
  announceError = false,
}: SecretFieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} announceError={announceError} />
      <input
        id={id}
        ref={inputRef}
        type={kind === 'password' ? 'password' : 'text'}
        className={kind === 'password' ? 'protection-input' : 'protection-input protection-input--key'}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        autoComplete={autoComplete}
        autoCapitalize={kind === 'recovery-key' ? 'characters' : 'off'}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** Why the keychain is not offered on this computer, in words. */
export function KeychainNote({ keychain, id }: { keychain: KeychainView; id?: string }) {
  const { t } = useTranslation();
  if (keychain.usable) return null;
  const text = keychain.problem === 'basic-text' ? t('protection.passphrase.keychainBasicText') : t('protection.passphrase.keychainUnavailable');
  return (
    <p className="protection-keychain-note" id={id}>
      {text}
    </p>
  );
}

export interface NewPassphrase {
  passphrase: string;
  confirm: string;
  useKeychain: boolean;
}

export type NewPassphraseErrors = Partial<Record<'passphrase' | 'confirm', string>>;

/** A blank new passphrase; the keychain is offered, ticked, only where it really protects the key. */
export function blankPassphrase(keychain: KeychainView): NewPassphrase {
  return { passphrase: '', confirm: '', useKeychain: keychain.usable };
}

/** What is wrong with a new passphrase before it is sent: too short or long, or not typed the same twice. */
export function checkNewPassphrase(t: TFunction, value: Pick<NewPassphrase, 'passphrase' | 'confirm'>): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  if (value.passphrase.length < MIN_PASSPHRASE_LENGTH) errors.passphrase = t('protection.passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH });
  else if (value.passphrase.length > MAX_PASSPHRASE_LENGTH) errors.passphrase = t('protection.passphrase.tooLong', { max: MAX_PASSPHRASE_LENGTH });
  if (value.confirm !== value.passphrase) errors.confirm = t('protection.passphrase.mismatch');
  return errors;
}

interface NewPassphraseFieldsProps {
  idPrefix: string;
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  errors: NewPassphraseErrors;
  labels?: { passphrase: string; confirm: string };
  /** Offers the keychain (or says why it cannot be used); left out when only the passphrase changes. */
  keychain?: KeychainView;
  passphraseRef?: Ref<HTMLInputElement>;
}

/** A new passphrase typed twice, and whether the computer's keychain may unlock the data too. */
export function NewPassphraseFields({ idPrefix, value, onChange, errors, labels, keychain, passphraseRef }: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SecretField
        id={`${idPrefix}-passphrase`}
        label={labels?.passphrase ?? t('protection.passphrase.label')}
        hint={t('protection.passphrase.hint', { min: MIN_PASSPHRASE_LENGTH })}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        error={errors.passphrase}
        inputRef={passphraseRef}
        autoComplete="new-password"
      />
      <SecretField
        id={`${idPrefix}-confirm`}
        label={labels?.confirm ?? t('protection.passphrase.confirmLabel')}
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
        error={errors.confirm}
        autoComplete="new-password"
      />
      {keychain?.usable ? (
        <div className="field protection-checkbox-field">
          <label className="checkbox" htmlFor={`${idPrefix}-keychain`}>
            <input
              id={`${idPrefix}-keychain`}
              type="checkbox"
              checked={value.useKeychain}
              aria-describedby={`${idPrefix}-keychain-hint`}
              onChange={(event) => onChange({ ...value, useKeychain: event.target.checked })}
            />
            {t('protection.passphrase.keychainLabel')}
          </label>
          <p className="field-hint" id={`${idPrefix}-keychain-hint`}>
            {t('protection.passphrase.keychainHint')}
          </p>
        </div>
      ) : keychain ? (
        <KeychainNote keychain={keychain} />
      ) : null}
    </>
  );
}
