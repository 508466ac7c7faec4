import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressView } from '../../../core/contract/running';
import type { WorkshopView } from '../../../core/contract/planning';
import { call } from '../../api';
import { SavedSection } from '../../components/SavedSection';
import { useLoad } from '../../data/useLoad';
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
    <SavedSection headingId="progress-heading" heading={t('progress.heading')} className="workshop-section workshop-progress-section" status={status.state}>
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
    </SavedSection>
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
  const workshopId = view.workshop.id;
  // Loaded again whenever the workshop changes (a meeting moved, a mark made elsewhere on the page).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `view` is the reason to load again
  const load = useCallback(() => call('progress.get', { workshopId }), [workshopId, view]);
  return useLoad(load);
}
