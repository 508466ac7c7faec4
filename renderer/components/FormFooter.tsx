import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormFooterProps {
  /** What went wrong that no field shows; focusable, so focus can move to it. */
  formError: string | null;
  busy: boolean;
  submitLabel: string;
  /** A destructive step: the danger button. */
  danger?: boolean;
  /** Shows the way out (Cancel, or `cancelLabel`). */
  onCancel?: () => void;
  cancelLabel?: string;
  /** Between the message and the buttons, e.g. a live "Working…". */
  progress?: ReactNode;
}

/** The end of a form: its message about the whole form, then Submit (unavailable while busy) and Cancel. */
export function FormFooter({ formError, busy, submitLabel, danger = false, onCancel, cancelLabel, progress }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {formError ? (
        <p className="form-error" tabIndex={-1} role="alert">
          {formError}
        </p>
      ) : null}
      {progress}
      <div className="actions">
        <button type="submit" className={danger ? 'button button--danger' : 'button button--primary'} aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </button>
        ) : null}
      </div>
    </>
  );
}
