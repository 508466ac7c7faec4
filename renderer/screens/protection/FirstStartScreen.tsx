import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtectionStatus, SetUpResult } from '../../../core/contract/protection';
import { call } from '../../api';
import { blankPassphrase, checkNewPassphrase, NewPassphraseFields, type NewPassphrase } from './fields';
import { GatePage } from './GatePage';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';
import { useFocusOnRefusal } from '../../components/formErrors';
import { useSecretForm } from './useSecretForm';
import { RadioGroup } from '../../components/RadioGroup';

type Choice = 'protect' | 'plain';

/**
 * The very first screen: why the data should be protected, and the choice (a passphrase,
 * preselected, or none). When protected, the recovery key is shown once before the app opens.
 */
export function FirstStartScreen({ status, onDone }: { status: ProtectionStatus; onDone(result: SetUpResult): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('protect');
  const [value, setValue] = useState<NewPassphrase>(() => blankPassphrase(status.keychain));
  const form = useSecretForm<'passphrase' | 'confirm'>({ passphrase: { field: 'passphrase', label: t('protection.passphrase.label') } }, (message) =>
    t('protection.firstStart.failed', { message }),
  );
  const [result, setResult] = useState<SetUpResult | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { busy, attempt, errors, formError } = form;

  useFocusOnRefusal(formRef, attempt);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (choice === 'protect' && form.refuse(checkNewPassphrase(t, value))) return;
    const input =
      choice === 'protect'
        ? { protect: true as const, passphrase: value.passphrase, useKeychain: status.keychain.usable && value.useKeychain }
        : { protect: false as const };
    void form.run(
      () => call('protection.setUp', input),
      (done) => {
        setValue(blankPassphrase(status.keychain));
        if (done.recoveryKey) setResult(done);
        else onDone(done);
      },
    );
  }

  if (result?.recoveryKey) {
    return (
      <GatePage documentTitle={t('protection.firstStart.title')} heading={t('protection.firstStart.title')}>
        <RecoveryKeyPanel recoveryKey={result.recoveryKey} onContinue={() => onDone(result)} />
      </GatePage>
    );
  }

  return (
    <GatePage documentTitle={t('protection.firstStart.title')} heading={t('protection.firstStart.title')}>
      <p className="lead">{t('protection.firstStart.intro')}</p>
      <section aria-labelledby="first-start-why" className="protection-why">
        <h2 id="first-start-why">{t('protection.firstStart.whyHeading')}</h2>
        <ul>
          <li>{t('protection.firstStart.whyRecords')}</li>
          <li>{t('protection.firstStart.whyLaptop')}</li>
        </ul>
      </section>
      <form ref={formRef} className="protection-form" aria-labelledby="first-start-choice" noValidate onSubmit={submit}>
        <RadioGroup
          id="first-start-choice"
          legend={t('protection.firstStart.choiceLegend')}
          options={[
            { value: 'protect', label: t('protection.firstStart.protect'), hint: t('protection.firstStart.protectHint') },
            { value: 'plain', label: t('protection.firstStart.noProtect'), hint: t('protection.firstStart.noProtectHint') },
          ]}
          value={choice}
          onChange={setChoice}
          classNames={{ group: 'protection-choice', list: 'protection-choice-list', option: 'protection-option' }}
        />
        {choice === 'protect' ? (
          <div className="protection-new-passphrase" role="group" aria-labelledby="first-start-passphrase-heading">
            <h2 id="first-start-passphrase-heading">{t('protection.firstStart.passphraseHeading')}</h2>
            <NewPassphraseFields idPrefix="first-start" value={value} onChange={setValue} errors={errors} keychain={status.keychain} />
          </div>
        ) : null}
        {formError ? (
          <p className="form-error" tabIndex={-1} role="alert">
            {formError}
          </p>
        ) : null}
        <p role="status" className="protection-progress">
          {busy ? (choice === 'protect' ? t('protection.firstStart.saving') : t('protection.firstStart.savingPlain')) : ''}
        </p>
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {choice === 'protect' ? t('protection.firstStart.submitProtect') : t('protection.firstStart.submitPlain')}
          </button>
        </div>
      </form>
    </GatePage>
  );
}
