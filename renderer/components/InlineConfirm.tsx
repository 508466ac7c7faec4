import { useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { closeOnEscape } from './closeOnEscape';

interface ConfirmAction {
  label: string;
  onConfirm: () => void;
  /** While the step runs: the button says it is unavailable and does nothing. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

interface InlineConfirmProps {
  /** The question's id: it names the group. */
  id: string;
  question: ReactNode;
  /** What the answer means, under the question. */
  help?: ReactNode;
  /** Why the last attempt failed. */
  error?: string | null | undefined;
  /** The destructive step ("Yes, remove"); left out when it cannot be taken, so only the way back is offered. */
  confirm?: ConfirmAction;
  /** Other answers, between the step and the way back (e.g. "Keep the files"). */
  otherAnswers?: ReactNode;
  /** The way back, also taken by Escape. */
  onCancel: () => void;
  cancelLabel?: string;
  cancelRef?: Ref<HTMLButtonElement>;
  /** Focus the way back when the question appears: the safe choice is the one a stray Enter takes. */
  focusCancel?: boolean;
  className?: string;
  /** Answers of another shape (buttons and a small form) in place of the usual ones. */
  children?: ReactNode;
}

/**
 * A question asked in place before a destructive step: "Remove Room 4? [Yes, remove] [Cancel]".
 * A group named by its question; Escape answers with the way back.
 */
export function InlineConfirm({
  id,
  question,
  help,
  error,
  confirm,
  otherAnswers,
  onCancel,
  cancelLabel,
  cancelRef,
  focusCancel = false,
  className,
  children,
}: InlineConfirmProps) {
  const { t } = useTranslation();
  const ownCancelRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (focusCancel) ownCancelRef.current?.focus();
  }, [focusCancel]);

  function setCancelButton(element: HTMLButtonElement | null) {
    ownCancelRef.current = element;
    if (typeof cancelRef === 'function') cancelRef(element);
    else if (cancelRef) cancelRef.current = element;
  }

  return (
    <div className={className ? `confirm ${className}` : 'confirm'} role="group" aria-labelledby={id} onKeyDown={closeOnEscape(onCancel)}>
      <p id={id} className="confirm-question">
        {question}
      </p>
      {help ? <p>{help}</p> : null}
      {error ? <p className="field-error">{error}</p> : null}
      {children ?? (
        <div className="actions">
          {confirm ? (
            <button
              type="button"
              className="button button--danger"
              ref={confirm.ref}
              aria-disabled={confirm.busy || undefined}
              onClick={confirm.busy ? undefined : confirm.onConfirm}
            >
              {confirm.label}
            </button>
          ) : null}
          {otherAnswers}
          <button type="button" className="button button--secondary" ref={setCancelButton} onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
