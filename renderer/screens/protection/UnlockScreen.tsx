import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtectionStatus } from '../../../core/contract/protection';
import { call, toApiError } from '../../api';
import { describeMessage } from '../../format/describe';
import { placeError } from './errors';
import { SecretField } from '../../components/SecretField';
import { GatePage } from './GatePage';

type Way = 'passphrase' | 'recoveryKey';
type Busy = Way | 'keychain' | null;
type UnlockInput = { passphrase: string } | { recoveryKey: string } | { keychain: true };
/** An unlock that found turning protection on or off interrupted: it is finished only if the user agrees. */
type Interrupted = { input: UnlockInput; kind: NonNullable<Busy>; state: NonNullable<ProtectionStatus['interrupted']> };

/**
 * The lock screen: nothing of the data, no navigation; the passphrase (focused), the keychain
 * where it holds the key, or the recovery key when the passphrase is forgotten. A key file that is
 * missing or damaged is explained, with nothing to type.
 */
export function UnlockScreen({ status, onUnlocked }: { status: ProtectionStatus; onUnlocked(status: ProtectionStatus): void }) {
  const { t } = useTranslation();
  const [way, setWay] = useState<Way>('passphrase');
  const [text, setText] = useState({ passphrase: '', recoveryKey: '' });
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [interrupted, setInterrupted] = useState<Interrupted | null>(null);
  const [declined, setDeclined] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const switched = useRef(false);

  // The field is ready to type in: at first, and after switching between passphrase and recovery key.
  useLayoutEffect(() => {
    inputRef.current?.focus();
    if (switched.current) inputRef.current?.select();
  }, [way]);

  if (status.problem) {
    return (
      <GatePage documentTitle={t('protection.unlock.title')} heading={t('protection.unlock.heading')}>
        <div className="problem protection-problem" role="alert">
          <h2>{t('protection.unlock.problemHeading')}</h2>
          <p>{describeMessage(status.problem)}</p>
        </div>
      </GatePage>
    );
  }

  function switchTo(next: Way) {
    switched.current = true;
    setFieldError(null);
    setFormError(null);
    setWay(next);
  }

  /** The field keeps focus with what was typed selected, so it can be typed again at once. */
  function retry(message: string) {
    setFieldError(message);
    inputRef.current?.focus();
    inputRef.current?.select();
  }

  async function unlock(input: UnlockInput, kind: NonNullable<Busy>, finishInterrupted = false) {
    if (busy) return;
    setBusy(kind);
    setFormError(null);
    setDeclined(false);
    try {
      const next = await call('protection.unlock', finishInterrupted ? { ...input, finishInterrupted: true } : input);
      setBusy(null);
      if (next.state === 'locked' && next.interrupted) {
        setInterrupted({ input, kind, state: next.interrupted });
        return;
      }
      setInterrupted(null);
      setText({ passphrase: '', recoveryKey: '' });
      onUnlocked(next);
    } catch (thrown) {
      setBusy(null);
      const error = toApiError(thrown);
      const placed = placeError(error, {
        passphrase: { field: 'passphrase', label: t('protection.passphrase.label') },
        recoveryKey: { field: 'recoveryKey', label: t('protection.unlock.recoveryLabel') },
      });
      const atField = kind === 'keychain' || finishInterrupted ? undefined : placed[kind];
      if (atField) retry(atField);
      else {
        setFieldError(null);
        setFormError(t('protection.unlock.failed', { message: error.message }));
      }
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = text[way];
    if (value.trim() === '') {
      retry(way === 'passphrase' ? t('protection.passphrase.required') : t('protection.unlock.recoveryRequired'));
      return;
    }
    void unlock(way === 'passphrase' ? { passphrase: value } : { recoveryKey: value }, way);
  }

  const working = busy !== null;
  if (interrupted) {
    const { state } = interrupted;
    return (
      <GatePage documentTitle={t('protection.unlock.title')} heading={t('protection.unlock.heading')}>
        <section className="protection-form" aria-labelledby="unlock-interrupted-heading">
          <h2 id="unlock-interrupted-heading">{t(`protection.unlock.interrupted.${state}Heading`)}</h2>
          <p>{t(`protection.unlock.interrupted.${state}Text`)}</p>
          <UnlockFeedback formError={formError} working={working} />
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              aria-disabled={working || undefined}
              onClick={() => void unlock(interrupted.input, interrupted.kind, true)}
            >
              {t(`protection.unlock.interrupted.${state}Finish`)}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={working || undefined}
              onClick={() => {
                setInterrupted(null);
                setText({ passphrase: '', recoveryKey: '' });
                setDeclined(true);
              }}
            >
              {t('protection.unlock.interrupted.notNow')}
            </button>
          </div>
        </section>
      </GatePage>
    );
  }
  return (
    <GatePage documentTitle={t('protection.unlock.title')} heading={t('protection.unlock.heading')}>
      <form className="protection-form" noValidate onSubmit={submit}>
        <p>{way === 'passphrase' ? t('protection.unlock.intro') : t('protection.unlock.recoveryIntro')}</p>
        {declined ? <p role="status">{t('protection.unlock.interrupted.notNowDone')}</p> : null}
        {status.keychain.inUse && !status.keychain.unlocksNow ? <p className="field-hint">{t('protection.unlock.afterLock')}</p> : null}
        {way === 'passphrase' ? (
          <SecretField
            key="passphrase"
            id="unlock-passphrase"
            label={t('protection.passphrase.label')}
            value={text.passphrase}
            onChange={(passphrase) => setText({ ...text, passphrase })}
            error={fieldError ?? undefined}
            inputRef={inputRef}
            autoComplete="current-password"
            announceError
          />
        ) : (
          <SecretField
            key="recoveryKey"
            id="unlock-recovery-key"
            kind="recovery-key"
            label={t('protection.unlock.recoveryLabel')}
            hint={t('protection.unlock.recoveryHint')}
            value={text.recoveryKey}
            onChange={(recoveryKey) => setText({ ...text, recoveryKey })}
            error={fieldError ?? undefined}
            inputRef={inputRef}
            announceError
          />
        )}
        <UnlockFeedback formError={formError} working={working} />
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={working || undefined}>
            {t('protection.unlock.submit')}
          </button>
          {status.keychain.unlocksNow ? (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={working || undefined}
              onClick={() => void unlock({ keychain: true }, 'keychain')}
            >
              {t('protection.unlock.keychain')}
            </button>
          ) : null}
        </div>
        <p className="protection-switch">
          <button type="button" className="protection-link-button" onClick={() => switchTo(way === 'passphrase' ? 'recoveryKey' : 'passphrase')}>
            {way === 'passphrase' ? t('protection.unlock.forgot') : t('protection.unlock.usePassphrase')}
          </button>
        </p>
      </form>
    </GatePage>
  );
}

/** Why the last try failed, and (announced) that unlocking is under way. */
function UnlockFeedback({ formError, working }: { formError: string | null; working: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <p role="status" className="protection-progress">
        {working ? t('protection.unlock.unlocking') : ''}
      </p>
    </>
  );
}
