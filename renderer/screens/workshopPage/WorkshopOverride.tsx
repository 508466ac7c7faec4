import { useRef, type ReactNode } from 'react';
import type { ProgressView } from '../../../core/contract/running';
import { usePanels } from '../../components/usePanels';
import type { Status } from './MeetingForms';
import { useWorkshop } from './WorkshopContext';

interface WorkshopOverrideProps {
  className: string;
  /** The rule in force, in words. */
  text: ReactNode;
  changeLabel: string;
  /** Offered while the workshop has its own rule: goes back to the module's. */
  restore?: { label: string; save: () => Promise<{ ok: true; value: ProgressView } | { ok: false }> };
  status: Status;
  onChanged: (progress: ProgressView) => void;
  /** The form that changes the rule, with how to close it and what to do once it is saved. */
  form: (close: () => void, onSaved: (progress: ProgressView) => void) => ReactNode;
}

/**
 * A module rule a workshop may replace with its own (completion, what counts): the rule in words,
 * "Change…" opening its form, and going back to the module's rule. The reading position stays on
 * "Change…" after going back, since the other button goes away.
 */
export function WorkshopOverride({ className, text, changeLabel, restore, status, onChanged, form }: WorkshopOverrideProps) {
  const { readOnly } = useWorkshop();
  const panels = usePanels<'change'>();
  const changeButton = useRef<HTMLButtonElement | null>(null);

  async function restoreModuleRule() {
    if (!restore || status.state.kind === 'saving') return;
    const outcome = await restore.save();
    if (!outcome.ok) return;
    onChanged(outcome.value);
    changeButton.current?.focus();
  }

  return (
    <div className={className}>
      <p className="workshop-progress-rule-text">{text}</p>
      {readOnly ? null : (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            ref={(element) => {
              changeButton.current = element;
              panels.buttonRef('change')(element);
            }}
            aria-expanded={panels.open === 'change'}
            onClick={() => panels.toggle('change')}
          >
            {changeLabel}
          </button>
          {restore ? (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={status.state.kind === 'saving' || undefined}
              onClick={() => void restoreModuleRule()}
            >
              {restore.label}
            </button>
          ) : null}
        </div>
      )}
      {panels.open === 'change' && !readOnly ? (
        <div className="workshop-panel">
          {form(panels.close, (progress) => {
            onChanged(progress);
            panels.close();
          })}
        </div>
      ) : null}
    </div>
  );
}
