import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubLeft, HubProgram } from '../../../core/contract/hub';
import { call, toApiError } from '../../api';
import { InlineConfirm } from '../../components/InlineConfirm';

/**
 * This laptop leaves the program: asked in place, with both answers spelled out (keep the workshops
 * that came from the program, or delete them from this laptop) and Cancel as the safe default.
 */
export function LeaveProgram({ program, onLeft }: { program: HubProgram; onLeft: (left: HubLeft) => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leaveButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useLayoutEffect(() => {
    if (!asking && wasAsking.current) leaveButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function leave(keepCopies: boolean) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onLeft(await call('hub.leave', { keepCopies }));
    } catch (thrown) {
      setError(t('hub.failed', { message: toApiError(thrown).message }));
      setBusy(false);
    }
  }

  return (
    <section className="hub-block" aria-labelledby="hub-leave-heading">
      <h3 id="hub-leave-heading">{t('hub.leave.heading')}</h3>
      <p className="field-hint">{t('hub.leave.intro')}</p>
      {asking ? (
        <InlineConfirm
          id="hub-leave-question"
          question={t('hub.leave.question', { program: program.name })}
          help={t('hub.leave.help', { count: program.sharedWorkshops })}
          error={error}
          confirm={{ label: t('hub.leave.delete', { count: program.sharedWorkshops }), onConfirm: () => void leave(false), busy }}
          otherAnswers={
            <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={busy ? undefined : () => void leave(true)}>
              {t('hub.leave.keep')}
            </button>
          }
          onCancel={() => setAsking(false)}
          focusCancel
        />
      ) : (
        <div className="actions">
          <button type="button" className="button button--quiet-danger" ref={leaveButton} onClick={() => setAsking(true)}>
            {t('hub.leave.button')}
          </button>
        </div>
      )}
    </section>
  );
}
