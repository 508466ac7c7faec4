import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../core/contract/contract';
import { hubSettingsInput, type HubSettingsView } from '../../../core/contract/hub';
import { ruleOf } from '../../../core/domain/issues';
import { call } from '../../api';
import { FormFooter } from '../../components/FormFooter';
import { SecretField } from '../../components/SecretField';
import { TextField } from '../../components/TextField';
import { useZodForm } from '../../components/useZodForm';
import { attempt } from '../../data/attempt';

interface ConnectionValues {
  address: string;
  database: string;
  userName: string;
  password: string;
}

/** The password is write-only: an empty field keeps the saved one. */
function settingsInput(values: ConnectionValues): InputOf<'hub.saveSettings'> {
  const { password, ...rest } = values;
  return password === '' ? rest : values;
}

const valuesOf = (saved: HubSettingsView | null): ConnectionValues => ({
  address: saved?.address ?? '',
  database: saved?.database ?? '',
  userName: saved?.userName ?? '',
  password: '',
});

/**
 * The hub's address, the program's database, and this laptop's user name and password there. The
 * saved password is never shown back: the form says only whether one is kept.
 */
export function ConnectionForm({ saved, onSaved, level }: { saved: HubSettingsView | null; onSaved: (view: HubSettingsView) => void; level: 3 | 4 }) {
  const Heading = `h${level}` as const;
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const passwordSet = saved?.passwordSet ?? false;
  // Without a saved password, one must be typed.
  const schema = useMemo(
    () =>
      passwordSet
        ? hubSettingsInput
        : hubSettingsInput.refine((input) => input.password !== undefined, { path: ['password'], message: 'is required', ...ruleOf({ rule: 'required' }) }),
    [passwordSet],
  );
  const form = useZodForm<ConnectionValues>({
    initial: valuesOf(saved),
    subjects: {
      address: t('hub.connection.address'),
      database: t('hub.connection.database'),
      userName: t('hub.connection.userName'),
      password: t('hub.connection.password'),
    },
    schema,
    toInput: settingsInput,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    void form.submit(
      (values) => attempt(() => call('hub.saveSettings', settingsInput(values))),
      (view) => {
        form.reset(valuesOf(view));
        setDone(true);
        onSaved(view);
      },
    );
  }

  return (
    <form ref={form.formRef} className="hub-form" aria-labelledby="hub-connection-heading" noValidate onSubmit={submit}>
      <Heading id="hub-connection-heading">{t('hub.connection.heading')}</Heading>
      <p className="field-hint">{t('hub.connection.intro')}</p>
      <div className="hub-fields">
        <TextField
          id="hub-address"
          label={t('hub.connection.address')}
          hint={t('hub.connection.addressHint')}
          value={form.values.address}
          onChange={(value) => form.set('address', value)}
          error={form.errorFor('address')}
        />
        <TextField
          id="hub-database"
          label={t('hub.connection.database')}
          hint={t('hub.connection.databaseHint')}
          value={form.values.database}
          onChange={(value) => form.set('database', value)}
          error={form.errorFor('database')}
        />
        <TextField
          id="hub-user-name"
          label={t('hub.connection.userName')}
          value={form.values.userName}
          onChange={(value) => form.set('userName', value)}
          error={form.errorFor('userName')}
        />
        <SecretField
          id="hub-password"
          label={t('hub.connection.password')}
          hint={passwordSet ? t('hub.connection.passwordKept') : t('hub.connection.passwordHint')}
          value={form.values.password}
          onChange={(value) => form.set('password', value)}
          error={form.errorFor('password')}
          autoComplete="new-password"
        />
      </div>
      <FormFooter formError={form.formError} busy={form.busy} submitLabel={t('hub.connection.save')} />
      <p role="status" className="hub-done">
        {form.busy ? t('hub.connection.saving') : done ? t('hub.connection.saved') : ''}
      </p>
    </form>
  );
}
