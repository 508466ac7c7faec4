import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingOccurrence } from '../../../core/contract/planning';
import { formatTimeRange } from '../../format/dates';
import { workshopColourClass } from '../calendar/workshopColour';
import { cancellationText, meetingPath, sessionsText, workshopPath } from './meetingText';
import './today.css';

/** Badges for what is unusual about a meeting: an extra or make-up meeting, a double booking. */
export function MeetingBadges({ occurrence }: { occurrence: MeetingOccurrence }) {
  const { t } = useTranslation();
  const { kind } = occurrence.meeting;
  if (kind === 'planned' && !occurrence.hasConflict) return null;
  return (
    <p className="badge-row">
      {kind === 'planned' ? null : <span className="badge">{t(`planning.meetingKind.${kind}`)}</span>}
      {occurrence.hasConflict ? (
        <span className="badge today-conflict" title={t('today.conflictHelp')}>
          {t('today.conflict')}
        </span>
      ) : null}
    </p>
  );
}

/** One of today's meetings: what, where, who, and the button that starts it (unless it is cancelled). */
export function MeetingCard({ occurrence }: { occurrence: MeetingOccurrence }) {
  const { t, i18n } = useTranslation();
  const { meeting } = occurrence;
  const headingId = `today-meeting-${meeting.id}`;
  const time = formatTimeRange(meeting.startTime, meeting.minutes);
  const cancelled = cancellationText(t, occurrence);
  const names = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const classes = ['today-card', workshopColourClass(occurrence.workshopId), cancelled ? 'today-card--cancelled' : ''];

  return (
    <article className={classes.filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <p className="today-card-time">{time}</p>
      <h3 id={headingId} className="today-card-title">
        <Link to={workshopPath(occurrence.workshopId)}>{occurrence.workshopTitle}</Link>
      </h3>
      {cancelled ? <p className="today-card-cancelled">{cancelled}</p> : null}
      <p className="today-card-sessions">{sessionsText(t, occurrence)}</p>
      <MeetingBadges occurrence={occurrence} />
      {occurrence.hasConflict && !cancelled ? <p className="today-card-note">{t('today.conflictHelp')}</p> : null}
      <dl className="today-facts">
        {occurrence.siteName ? (
          <div>
            <dt>{t('today.facts.site')}</dt>
            <dd>{occurrence.siteName}</dd>
          </div>
        ) : null}
        {occurrence.facilitatorNames.length > 0 ? (
          <div>
            <dt>{t('today.facts.facilitators')}</dt>
            <dd>{names.format(occurrence.facilitatorNames)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('today.facts.participants')}</dt>
          <dd>{occurrence.participantCount > 0 ? t('today.participants', { count: occurrence.participantCount }) : t('today.noParticipants')}</dd>
        </div>
      </dl>
      {cancelled ? null : (
        <p className="today-card-actions">
          <Link className="button button--primary" to={meetingPath(occurrence)} aria-label={t('today.startNamed', { title: occurrence.workshopTitle, time })}>
            {t('today.start')}
          </Link>
        </p>
      )}
    </article>
  );
}
