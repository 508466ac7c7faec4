import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './protection.css';

interface RecoveryKeyPanelProps {
  /** As the service formats it: groups of four joined by dashes. */
  recoveryKey: string;
  /** A new key replaced the old one, which stops working. */
  replacesOld?: boolean;
  /** The heading's level where the panel sits (h2 on the first start, h3 in Settings). */
  level?: 2 | 3;
  onContinue: () => void;
}

/**
 * The recovery key, shown once: what it is for, a way to print it, and a box to tick before going
 * on. The key lives only in this component's props; printing uses a sheet made for paper, so
 * nothing else of the app is printed with it.
 */
export function RecoveryKeyPanel({ recoveryKey, replacesOld = false, level = 2, onContinue }: RecoveryKeyPanelProps) {
  const { t } = useTranslation();
  const [acknowledged, setAcknowledged] = useState(false);
  const [missing, setMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const groups = recoveryKey.split('-');
  const Heading = level === 2 ? 'h2' : 'h3';

  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!acknowledged) {
      setMissing(true);
      checkboxRef.current?.focus();
      return;
    }
    onContinue();
  }

  const keyText = groups.map((group, index) => (
    <span key={index} className="protection-key-group">
      {index > 0 ? ' ' : null}
      {group}
    </span>
  ));

  return (
    <form className="protection-recovery" aria-labelledby="recovery-key-heading" noValidate onSubmit={submit}>
      <Heading id="recovery-key-heading" tabIndex={-1} ref={headingRef}>
        {replacesOld ? t('protection.recoveryKey.newHeading') : t('protection.recoveryKey.heading')}
      </Heading>
      <p>{t('protection.recoveryKey.intro')}</p>
      {replacesOld ? <p className="protection-warning">{t('protection.recoveryKey.replacesOld')}</p> : null}
      <dl className="protection-key-box">
        <dt>{t('protection.recoveryKey.keyLabel')}</dt>
        <dd className="protection-key">{keyText}</dd>
      </dl>
      <p>{t('protection.recoveryKey.keepAway')}</p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('protection.recoveryKey.print')}
        </button>
      </div>
      <div className={missing && !acknowledged ? 'field field--invalid protection-ack' : 'field protection-ack'}>
        {missing && !acknowledged ? (
          <p className="field-error" id="recovery-key-ack-error" role="alert">
            {t('protection.recoveryKey.acknowledgeMissing')}
          </p>
        ) : null}
        <label className="checkbox" htmlFor="recovery-key-ack">
          <input
            id="recovery-key-ack"
            ref={checkboxRef}
            type="checkbox"
            checked={acknowledged}
            aria-invalid={missing && !acknowledged ? true : undefined}
            aria-describedby={missing && !acknowledged ? 'recovery-key-ack-error' : undefined}
            onChange={(event) => setAcknowledged(event.target.checked)}
          />
          {t('protection.recoveryKey.acknowledge')}
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('protection.recoveryKey.continue')}
        </button>
      </div>
      {createPortal(
        <div className="print-only protection-print-sheet">
          <h1>{t('protection.recoveryKey.sheetTitle')}</h1>
          <p>{t('protection.recoveryKey.sheetIntro')}</p>
          <p className="protection-key protection-key--print">{keyText}</p>
          <p>{t('protection.recoveryKey.sheetKeep')}</p>
          <p className="protection-sheet-kept">{t('protection.recoveryKey.sheetKept')}</p>
        </div>,
        document.body,
      )}
    </form>
  );
}
