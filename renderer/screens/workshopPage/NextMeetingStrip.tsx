import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../core/domain/workshop';
import { formatLongDate, formatTimeRange } from '../../format/dates';
import { meetingNumbers, meetingsInOrder, sessionLabel } from './format';
import { useWorkshop } from './WorkshopContext';

/**
 * The strip above every section of the workshop page: its status and the next meeting with a way to
 * open it, on one line. It stays in view while the page scrolls.
 */
export function NextMeetingStrip() {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const { workshop, today } = view;
  const next = nextMeeting(view.workshop.meetings, workshop.runs, today);
  const number = next ? meetingNumbers(workshop.meetings).get(next.id) : undefined;

  return (
    <div className="workshop-strip" role="group" aria-label={t('workshopPage.strip.label')}>
      <span className={view.status === 'running' ? 'badge badge--accent' : 'badge badge--muted'}>{t(`planning.status.${view.status}`)}</span>
      {next ? (
        <p className="workshop-strip-next">
          <span className="workshop-strip-label">{next.date === today ? t('workshopPage.strip.today') : t('workshopPage.strip.next')}</span>{' '}
          <span id="workshop-next-meeting" className="workshop-strip-meeting">
            {t('workshopPage.strip.meeting', {
              number,
              date: formatLongDate(next.date),
              time: formatTimeRange(next.startTime, next.minutes),
            })}
            {next.sessionIds[0] ? <span className="workshop-strip-session"> · {sessionLabel(t, workshop, next.sessionIds[0], next.part)}</span> : null}
          </span>{' '}
          <Link className="button button--secondary" to={`/workshops/${workshop.id}/meetings/${next.id}`} aria-describedby="workshop-next-meeting">
            {t('workshopPage.strip.open')}
          </Link>
        </p>
      ) : (
        <p className="workshop-strip-next muted">{t('workshopPage.strip.none')}</p>
      )}
    </div>
  );
}

/** The first meeting from today on that still takes place and has not been held. */
export function nextMeeting(meetings: readonly Meeting[], runs: readonly { meetingId: string; endedAt?: string }[], today: string): Meeting | undefined {
  const held = new Set(runs.filter((run) => run.endedAt !== undefined).map((run) => run.meetingId));
  return meetingsInOrder(meetings).find((meeting) => meeting.date >= today && !meeting.cancellation && !held.has(meeting.id));
}
