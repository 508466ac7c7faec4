import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../data/useLoad';
import { MeetingRunner } from '../run/MeetingRunner';
import './workshop.css';

/**
 * The meeting page: the session runner for one meeting. Loads Markdown (the activities'
 * instructions): route it lazily.
 */
export function MeetingScreen() {
  const { t } = useTranslation();
  const { workshopId = '', meetingId = '' } = useParams();
  const load = useCallback(() => call('attendance.get', { workshopId, meetingId }), [workshopId, meetingId]);
  const { state, retry } = useLoad(load);

  if (state.status === 'ready') return <MeetingRunner key={`${workshopId}/${meetingId}`} initialView={state.value} />;
  if (state.status === 'loading') {
    return (
      <Screen title={t('run.screenTitle')}>
        <p role="status">{t('run.loading')}</p>
      </Screen>
    );
  }
  const notFound = state.error.code === 'not-found';
  return (
    <Screen title={notFound ? t('run.notFound') : t('run.loadFailed')}>
      <div role="alert">
        <p>{state.error.message}</p>
        {notFound ? <p>{t('run.notFoundHelp')}</p> : null}
        {notFound ? null : (
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        )}
      </div>
      <p>
        <Link to={`/workshops/${workshopId}`}>{t('run.backToWorkshop')}</Link>
      </p>
    </Screen>
  );
}
