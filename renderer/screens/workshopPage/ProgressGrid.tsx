import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantProgress, ProgressView } from '../../../core/contract/running';
import { formatDayMonth, formatShortDate } from '../../format/dates';
import { cellContent, columnSessions, columnState, type CellContent, type ColumnState, type ProgressMeeting } from './progressFormat';
import { useWorkshop } from './WorkshopContext';
import { useBuiltInLabels } from '../../format/useBuiltInLabels';

/**
 * The attendance grid: a row per participant, a column per meeting, each cell the status's key
 * ("P") with its label for screen readers. The code column stays put while the meetings scroll.
 */
export function ProgressGrid({ progress, participants }: { progress: ProgressView; participants: readonly ParticipantProgress[] }) {
  const { t } = useTranslation();
  const labels = useBuiltInLabels();
  const { view } = useWorkshop();
  const columns = progress.meetings.map((meeting) => ({ meeting, state: columnState(meeting, view.today) }));

  return (
    <div className="workshop-progress-grid-part">
      <h3>{t('progress.grid.heading')}</h3>
      {/* Focusable so the keyboard can scroll it sideways. */}
      <div className="workshop-progress-grid-scroll" role="region" aria-label={t('progress.grid.region')} tabIndex={0}>
        <table className="workshop-progress-grid">
          <caption className="visually-hidden">{t('progress.grid.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="workshop-progress-grid-corner">
                {t('progress.grid.participant')}
              </th>
              {columns.map(({ meeting, state }) => (
                <ColumnHeading key={meeting.id} meeting={meeting} state={state} />
              ))}
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.participantId} className={participant.current ? undefined : 'workshop-progress-grid-row--left'}>
                <th scope="row" className="workshop-progress-grid-person">
                  <span className="workshop-code">{participant.code}</span>
                  {participant.current ? null : <span className="workshop-progress-grid-left"> {t('progress.grid.left')}</span>}
                </th>
                {columns.map(({ meeting, state }) => (
                  <Cell
                    key={meeting.id}
                    content={cellContent(progress.cells[`${meeting.id}:${participant.participantId}`], progress.statuses, state)}
                    state={state}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="workshop-progress-grid-key">
        <span className="workshop-progress-grid-key-label">{t('progress.grid.key')}</span>
        {[
          ...progress.statuses.map((status) => ({ key: status.key.toUpperCase(), label: labels.status(status) })),
          { key: '—', label: t('progress.grid.notEnrolled') },
        ].map((item) => (
          <Fragment key={item.key}>
            {' '}
            <span className="workshop-progress-grid-key-item">{t('progress.grid.keyItem', item)}</span>
          </Fragment>
        ))}
      </p>
    </div>
  );
}

const stateLabels = {
  held: 'progress.grid.held',
  cancelled: 'progress.grid.cancelled',
  today: 'progress.grid.today',
  upcoming: 'progress.grid.upcoming',
  'not-taken': 'progress.grid.notTaken',
} as const satisfies Record<ColumnState, string>;

function ColumnHeading({ meeting, state }: { meeting: ProgressMeeting; state: ColumnState }) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  return (
    <th scope="col" className={`workshop-progress-grid-meeting workshop-progress-grid-meeting--${state}`}>
      <Link className="workshop-progress-grid-date" to={`/workshops/${view.workshop.id}/meetings/${meeting.id}`}>
        <span aria-hidden="true">{formatDayMonth(meeting.date)}</span>
        <span className="visually-hidden">{formatShortDate(meeting.date, true)}</span>
      </Link>{' '}
      <span className="workshop-progress-grid-sessions">{columnSessions(t, view.workshop, meeting)}</span>{' '}
      {meeting.part ? <span className="workshop-progress-grid-sessions">{t('planning.part', { part: meeting.part })} </span> : null}
      {meeting.kind === 'planned' ? null : <span className="workshop-progress-grid-kind">{t(`progress.grid.kind.${meeting.kind}`)} </span>}
      <span className={state === 'held' ? 'visually-hidden' : 'workshop-progress-grid-state'}>{t(stateLabels[state])}</span>
    </th>
  );
}

function Cell({ content, state }: { content: CellContent; state: ColumnState }) {
  const { t } = useTranslation();
  const className = ['workshop-progress-cell', `workshop-progress-cell--${state}`];
  let shown = '';
  let spoken: string;
  if (content.kind === 'status') {
    className.push(content.attended ? 'workshop-progress-cell--attended' : 'workshop-progress-cell--missed');
    shown = content.abbreviation;
    spoken = content.label;
  } else if (content.kind === 'not-enrolled') {
    className.push('workshop-progress-cell--not-enrolled');
    shown = '—';
    spoken = t('progress.grid.notEnrolled');
  } else {
    spoken = content.state === 'cancelled' || content.state === 'upcoming' ? t(stateLabels[content.state]) : t('progress.grid.notMarked');
  }
  return (
    <td className={className.join(' ')}>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{spoken}</span>
    </td>
  );
}
