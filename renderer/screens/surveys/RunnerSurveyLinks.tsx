import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingRunView } from '../../../core/contract/running';
import { call } from '../../api';
import { useLoad } from '../../data/useLoad';
import { surveyChoicePath } from './surveyChoice';
import './surveys.css';

/**
 * The way from the runner to a survey given at this meeting: "Give the pre-survey" at the first
 * meeting, "Give the post-survey" at the last (main places each instrument's occasions). Nothing
 * while loading, when the module has no survey, or when the list cannot be had.
 */
export function RunnerSurveyLinks({ view }: { view: MeetingRunView }) {
  const { t } = useTranslation();
  const { workshop, meeting } = view;
  const hasSurveys = workshop.module.instruments.length > 0;
  const load = useCallback(async () => (hasSurveys ? (await call('surveys.list', { workshopId: workshop.id })).totals : []), [hasSurveys, workshop.id]);
  const { state } = useLoad(load);
  const here = state.status === 'ready' ? state.value.filter((totals) => totals.meetingId === meeting.id) : [];
  if (here.length === 0) return null;
  return (
    <ul className="survey-runner-links">
      {here.map((totals) => (
        <li key={`${totals.instrumentId}/${totals.occasion}`}>
          <Link to={surveyChoicePath(workshop.id, totals)}>{t(`surveys.runner.${totals.occasion}`)}</Link>
        </li>
      ))}
    </ul>
  );
}
