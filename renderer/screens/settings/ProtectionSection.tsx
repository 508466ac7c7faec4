import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtectionStatus, RecoveryKeyShown } from '../../../core/contract/protection';
import type { LockSettings } from '../../../core/domain/settings';
import { call, toApiError } from '../../api';
import { useProtection } from '../../app/ProtectionContext';
import { SavedSection } from '../../components/SavedSection';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';
import { KeychainNote } from '../protection/fields';
import { ChangePassphraseForm, NewRecoveryKeyForm, TurnOffForm, TurnOnForm } from '../protection/ProtectionForms';
import { RecoveryKeyPanel } from '../protection/RecoveryKeyPanel';
import '../protection/protection.css';

type FormKey = 'turnOn' | 'change' | 'newKey' | 'turnOff';

/** The idle times offered; a saved value that is not among them is offered too. */
const LOCK_CHOICES = [0, 5, 10, 15, 30, 60];

/**
 * Settings › Protection: turn protection on (with a passphrase) or off, lock now, lock after a
 * while without use, change the passphrase, make a new recovery key, and the keychain.
 */
export function ProtectionSection({ lock }: { lock: LockSettings }) {
  const { t } = useTranslation();
  const protection = useProtection();
  const { status } = protection;
  const [open, setOpen] = useState<FormKey | null>(null);
  const [shownKey, setShownKey] = useState<{ recoveryKey: string; replacesOld: boolean } | null>(null);
  const [done, setDone] = useState('');
  const saving = useSaveStatus();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<FormKey, HTMLButtonElement>());
  const returnFocusTo = useRef<FormKey | 'heading' | null>(null);

  // Focus goes back to the button that opened a form, or to the heading when that button is gone.
  useLayoutEffect(() => {
    const target = returnFocusTo.current;
    if (target === null || open !== null || shownKey !== null) return;
    returnFocusTo.current = null;
    const button = target === 'heading' ? undefined : buttons.current.get(target);
    (button?.isConnected ? button : headingRef.current)?.focus();
  }, [open, shownKey, status.state]);

  function show(key: FormKey) {
    setDone('');
    setOpen(open === key ? null : key);
    if (open === key) returnFocusTo.current = key;
  }

  function close(focus: FormKey | 'heading' | null = open) {
    returnFocusTo.current = focus;
    setOpen(null);
  }

  function buttonRef(key: FormKey) {
    return (element: HTMLButtonElement | null) => {
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    };
  }

  function showKey(result: RecoveryKeyShown, replacesOld: boolean) {
    protection.setStatus(result.status);
    setShownKey({ recoveryKey: result.recoveryKey, replacesOld });
    close(null);
  }

  function changed(next: ProtectionStatus, message: string, focus: FormKey | 'heading') {
    protection.setStatus(next);
    setDone(message);
    close(focus);
  }

  const disclosure = (key: FormKey, label: string, className = 'button button--secondary') => (
    <button
      type="button"
      ref={buttonRef(key)}
      className={className}
      aria-expanded={open === key}
      aria-controls={open === key ? `protection-${key}` : undefined}
      onClick={() => show(key)}
    >
      {label}
    </button>
  );

  let body;
  if (shownKey) {
    body = (
      <RecoveryKeyPanel
        level={3}
        recoveryKey={shownKey.recoveryKey}
        replacesOld={shownKey.replacesOld}
        onContinue={() => {
          returnFocusTo.current = 'heading';
          setShownKey(null);
          setDone(t('protection.settings.recoveryDone'));
        }}
      />
    );
  } else if (status.state === 'unlocked') {
    body = (
      <>
        <p className="protection-state">
          {t('protection.settings.protected')} {status.keychain.inUse ? t('protection.settings.keychainInUse') : null}
        </p>
        <LockControls afterMinutes={lock.afterMinutes} saving={saving} />
        <div className="actions protection-actions">
          {disclosure('change', t('protection.settings.changePassphrase'))}
          {disclosure('newKey', t('protection.settings.newRecoveryKey'))}
          {disclosure('turnOff', t('protection.settings.turnOff'), 'button button--quiet-danger')}
        </div>
        {open === 'change' ? (
          <ChangePassphraseForm id="protection-change" onDone={(next) => changed(next, t('protection.settings.changed'), 'change')} onClose={() => close()} />
        ) : null}
        {open === 'newKey' ? <NewRecoveryKeyForm id="protection-newKey" onDone={(result) => showKey(result, true)} onClose={() => close()} /> : null}
        {open === 'turnOff' ? (
          <TurnOffForm id="protection-turnOff" onDone={(next) => changed(next, t('protection.settings.turnedOff'), 'heading')} onClose={() => close()} />
        ) : null}
      </>
    );
  } else {
    body = (
      <>
        <p className="protection-state protection-state--unprotected">{t('protection.settings.unprotected')}</p>
        <div className="actions">{disclosure('turnOn', t('protection.settings.turnOn'), 'button button--primary')}</div>
        {open === 'turnOn' ? (
          <TurnOnForm id="protection-turnOn" keychain={status.keychain} onDone={(result) => showKey(result, false)} onClose={() => close()} />
        ) : null}
      </>
    );
  }

  return (
    <SavedSection
      headingId="protection-heading"
      heading={t('protection.settings.heading')}
      className="settings-section protection-section"
      status={saving.state}
      statusId="protection-saving"
      headingRef={headingRef}
    >
      {body}
      <p role="status" className="protection-done">
        {done}
      </p>
    </SavedSection>
  );
}

/** Lock now, lock after a while without use, and whether the keychain unlocks the data too. */
function LockControls({ afterMinutes, saving }: { afterMinutes: number; saving: ReturnType<typeof useSaveStatus> }) {
  const { t } = useTranslation();
  const { status, setStatus, lock } = useProtection();
  const { apply } = useSettings();
  const [pendingMinutes, setPendingMinutes] = useState<number | null>(null);
  const [pendingKeychain, setPendingKeychain] = useState<boolean | null>(null);
  const [lockError, setLockError] = useState<string | null>(null);
  const minutes = pendingMinutes ?? afterMinutes;
  const choices = LOCK_CHOICES.includes(afterMinutes) ? LOCK_CHOICES : [...LOCK_CHOICES, afterMinutes].sort((a, b) => a - b);

  async function lockNow() {
    setLockError(null);
    try {
      await lock();
    } catch (error) {
      setLockError(t('protection.settings.lockFailed', { message: toApiError(error).message }));
    }
  }

  async function changeMinutes(next: number) {
    setPendingMinutes(next);
    // On failure the select shows the saved value again; the status says it was not saved.
    await saving.run(() => apply(call('settings.setLock', { afterMinutes: next })));
    setPendingMinutes(null);
  }

  async function changeKeychain(on: boolean) {
    setPendingKeychain(on);
    await saving.run(async () => setStatus(await call('protection.useKeychain', { on })));
    setPendingKeychain(null);
  }

  return (
    <div className="protection-controls">
      <div className="protection-lock-row">
        <div className="field">
          <label htmlFor="protection-lock-after">{t('protection.settings.lockAfter')}</label>
          <p className="field-hint" id="protection-lock-after-hint">
            {t('protection.settings.lockAfterHint')}
          </p>
          <select
            id="protection-lock-after"
            value={String(minutes)}
            aria-describedby="protection-lock-after-hint protection-saving"
            onChange={(event) => void changeMinutes(Number(event.target.value))}
          >
            {choices.map((choice) => (
              <option key={choice} value={String(choice)}>
                {choice === 0 ? t('protection.settings.lockNever') : t('protection.settings.lockMinutes', { count: choice })}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary protection-lock-now" onClick={() => void lockNow()}>
          {t('protection.settings.lockNow')}
        </button>
      </div>
      {lockError ? (
        <p className="form-error" role="alert">
          {lockError}
        </p>
      ) : null}
      {status.keychain.usable ? (
        <div className="field protection-checkbox-field">
          <label className="checkbox" htmlFor="protection-keychain">
            <input
              id="protection-keychain"
              type="checkbox"
              checked={pendingKeychain ?? status.keychain.inUse}
              aria-describedby="protection-keychain-hint protection-saving"
              onChange={(event) => void changeKeychain(event.target.checked)}
            />
            {t('protection.settings.keychainLabel')}
          </label>
          <p className="field-hint" id="protection-keychain-hint">
            {t('protection.settings.keychainHint')}
          </p>
        </div>
      ) : (
        <KeychainNote keychain={status.keychain} />
      )}
    </div>
  );
}
