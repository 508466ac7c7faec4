/** The passphrase forms of the program hub: joining with a file, and making one for a facilitator. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStatus, JoinFileMade } from '../../../core/contract/hub';
import { call } from '../../api';
import { SecretField } from '../../components/SecretField';
import { TextField } from '../../components/TextField';
import { checkNewPassphrase, NewPassphraseFields, type NewPassphrase } from '../protection/fields';
import { InlineForm } from '../protection/InlineForm';
import { useSecretForm } from '../protection/useSecretForm';
import '../protection/protection.css';

interface FormProps<T> {
  id: string;
  onDone: (value: T) => void;
  onClose: () => void;
}

function useFailedText() {
  const { t } = useTranslation();
  return (message: string) => t('hub.failed', { message });
}

/** A facilitator joins: the passphrase they were told, then the file their coordinator gave them. */
export function JoinForm({ id, onDone, onClose }: FormProps<HubStatus>) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const form = useSecretForm({ passphrase: { field: 'passphrase', label: t('hub.join.passphrase') } }, useFailedText());

  function submit() {
    if (form.refuse(passphrase === '' ? { passphrase: t('hub.join.passphraseRequired') } : {})) return;
    // Cancelling the file dialog leaves the form open, with the passphrase still typed.
    void form.run(
      () => call('hub.join', { passphrase }),
      (joined) => {
        if (joined.status === 'joined') onDone(joined.hub);
      },
    );
  }

  return (
    <InlineForm
      id={id}
      heading={t('hub.join.heading')}
      submitLabel={t('hub.join.submit')}
      busyText={t('hub.join.joining')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>{t('hub.join.intro')}</p>
      <SecretField
        id={`${id}-passphrase`}
        label={t('hub.join.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        error={form.errors.passphrase}
        autoComplete="off"
      />
    </InlineForm>
  );
}

/** The coordinator makes a one-time join file for one facilitator, sealed with a passphrase they say in person. */
export function JoinFileForm({ id, onDone, onClose }: FormProps<Extract<JoinFileMade, { status: 'saved' }> & { userName: string }>) {
  const { t } = useTranslation();
  const [userName, setUserName] = useState('');
  const [secret, setSecret] = useState<NewPassphrase>({ passphrase: '', confirm: '', useKeychain: false });
  const form = useSecretForm<'userName' | 'passphrase' | 'confirm'>(
    { userName: { field: 'userName', label: t('hub.joinFile.userName') }, passphrase: { field: 'passphrase', label: t('hub.joinFile.passphrase') } },
    useFailedText(),
  );

  function submit() {
    const problems = { ...(userName.trim() === '' ? { userName: t('hub.joinFile.userNameRequired') } : {}), ...checkNewPassphrase(t, secret) };
    if (form.refuse(problems)) return;
    void form.run(
      () => call('hub.makeJoinFile', { userName: userName.trim(), passphrase: secret.passphrase }),
      (made) => {
        if (made.status === 'saved') onDone({ ...made, userName: userName.trim() });
      },
    );
  }

  return (
    <InlineForm
      id={id}
      heading={t('hub.joinFile.heading')}
      submitLabel={t('hub.joinFile.submit')}
      busyText={t('hub.joinFile.making')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <p>{t('hub.joinFile.intro')}</p>
      <TextField
        id={`${id}-user-name`}
        label={t('hub.joinFile.userName')}
        hint={t('hub.joinFile.userNameHint')}
        value={userName}
        onChange={setUserName}
        error={form.errors.userName}
      />
      <NewPassphraseFields
        idPrefix={id}
        value={secret}
        onChange={setSecret}
        errors={{ passphrase: form.errors.passphrase, confirm: form.errors.confirm }}
        labels={{ passphrase: t('hub.joinFile.passphrase'), confirm: t('hub.joinFile.confirm') }}
      />
    </InlineForm>
  );
}
