import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressView } from '../../../core/contract/running';
import type { WorkshopView } from '../../../core/contract/planning';
import { call, toApiError } from '../../api';
import { SaveStatus } from '../../components/SaveStatus';
import type { Loaded } from '../../data/useLoad';
import { useSaveStatus } from '../../data/useSaveStatus';
import { ProgressGrid } from './ProgressGrid';
import { participantsInOrder } from './progressFormat';
import { ProgressPeople } from './ProgressPeople';
import { ProgressCredit } from './ProgressCredit';
import { ProgressRule } from './ProgressRule';
import { useWorkshop } from './WorkshopContext';
import './progress.css';

/**
 * "Attendance and completion": the rule in force, who is on track (with make-ups for missed
 * required sessions), and the attendance grid. Loaded again whenever the workshop changes, so a
 * make-up or a move shows up here at once.
 */
export function ProgressSection() {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const { state, retry, replace } = useProgress(view);
  const status = useSaveStatus();

  return (
    <section className="workshop-section workshop-progress-section" aria-labelledby="progress-heading">
      <div className="section-header">
        <h2 id="progress-heading">{t('progress.heading')}</h2>
        <SaveStatus state={status.state} />
      </div>
      {state.status === 'loading' ? <p role="status">{t('progress.loading')}</p> : null}
      {state.status === 'failed' ? (
        <div role="alert">
          <p>{t('progress.loadFailed', { message: state.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {state.status === 'ready' ? <ProgressContent progress={state.value} status={status} onChanged={replace} /> : null}
    </section>
  );
}

interface ProgressContentProps {
  progress: ProgressView;
  status: ReturnType<typeof useSaveStatus>;
  onChanged: (progress: ProgressView) => void;
}

function ProgressContent({ progress, status, onChanged }: ProgressContentProps) {
  const participants = useMemo(() => participantsInOrder(progress.participants), [progress.participants]);
  return (
    <>
      <ProgressRule rule={progress.rule} status={status} onChanged={onChanged} />
      <ProgressCredit credit={progress.rule.credit} statuses={progress.statuses} status={status} onChanged={onChanged} />
      <ProgressPeople progress={progress} participants={participants} status={status} />
      {participants.length > 0 && progress.meetings.length > 0 ? <ProgressGrid progress={progress} participants={participants} /> : null}
    </>
  );
}

/**
 * The workshop's progress, loaded again (without a "Loading…" in between) whenever the page's
 * workshop view changes: any change to the workshop can change the progress.
 */
function useProgress(view: WorkshopView) {
  const [state, setState] = useState<Loaded<ProgressView>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const workshopId = view.workshop.id;

  useEffect(() => {
    let current = true;
    call('progress.get', { workshopId }).then(
      (value) => {
        if (current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', error: toApiError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [workshopId, view, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((value: ProgressView) => setState({ status: 'ready', value }), []);
  return { state, retry, replace };
}
