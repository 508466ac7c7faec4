import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { MIN_PASSPHRASE_LENGTH, type KeychainView } from '../../../core/contract/protection';
import { CheckboxField } from '../../components/CheckboxField';
import { SecretField } from '../../components/SecretField';

/** The longest passphrase the app takes (the contract's limit). */
export const MAX_PASSPHRASE_LENGTH = 200;

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
        <CheckboxField
          id={`${idPrefix}-keychain`}
          label={t('protection.passphrase.keychainLabel')}
          hint={t('protection.passphrase.keychainHint')}
          checked={value.useKeychain}
          onChange={(useKeychain) => onChange({ ...value, useKeychain })}
          className="protection-checkbox-field"
        />
      ) : keychain ? (
        <KeychainNote keychain={keychain} />
      ) : null}
    </>
  );
}
