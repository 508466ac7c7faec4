import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbsenceReason } from '../../../../core/domain/attendance';
import { useBuiltInLabels } from '../../../format/useBuiltInLabels';

interface ReasonChooserProps {
  id: string;
  code: string;
  reasons: readonly AbsenceReason[];
  /** undefined: no reason given (skipped). */
  onChoose: (reasonId: string | undefined) => void;
  onCancel: () => void;
}

/**
 * Asks why someone is absent, right under their row: keys 1–9 pick a reason, Enter skips, Escape
 * leaves the mark as it was. Focus moves into it when it opens.
 */
export function ReasonChooser({ id, code, reasons, onChoose, onCancel }: ReasonChooserProps) {
  const { t } = useTranslation();
  const labels = useBuiltInLabels();
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const number = /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
    const reason = number > 0 ? reasons[number - 1] : undefined;
    if (reason) onChoose(reason.id);
    // Enter on a reason's button picks it (the button's own click); Enter anywhere else skips.
    else if (event.key === 'Enter' && event.target === event.currentTarget) onChoose(undefined);
    else if (event.key === 'Escape') onCancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      ref={ref}
      id={id}
      role="group"
      tabIndex={-1}
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-help`}
      className="run-attendance-question run-attendance-reasons"
      onKeyDown={onKeyDown}
    >
      <p id={`${id}-question`} className="run-attendance-question-text">
        {t('attendance.reason.question', { code })}
      </p>
      <p id={`${id}-help`} className="run-attendance-question-help">
        {t('attendance.reason.help')}
      </p>
      <div className="run-attendance-reason-list">
        {reasons.map((reason, index) => (
          <button
            key={reason.id}
            type="button"
            className="button button--secondary run-attendance-reason"
            aria-keyshortcuts={index < 9 ? String(index + 1) : undefined}
            onClick={() => onChoose(reason.id)}
          >
            {index < 9 ? <kbd aria-hidden="true">{index + 1}</kbd> : null} {labels.reason(reason)}
          </button>
        ))}
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" aria-keyshortcuts="Enter" onClick={() => onChoose(undefined)}>
          {t('attendance.reason.skip')}
        </button>
        <button type="button" className="button button--secondary" aria-keyshortcuts="Escape" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
