import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../../api';
import { LoadedScreen } from '../../components/LoadedScreen';
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

  const texts = {
    title: t('run.screenTitle'),
    loading: t('run.loading'),
    notFound: t('run.notFound'),
    notFoundHelp: t('run.notFoundHelp'),
    failed: t('run.loadFailed'),
    back: { to: `/workshops/${workshopId}`, label: t('run.backToWorkshop') },
  };
  return (
    <LoadedScreen state={state} retry={retry} texts={texts}>
      {(view) => <MeetingRunner key={`${workshopId}/${meetingId}`} initialView={view} />}
    </LoadedScreen>
  );
}
