import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingOccurrence } from '../../../core/contract/planning';
import { formatTimeRange, weekdayName } from '../../format/dates';
import { weekdayOf } from '../../../core/domain/calendar/civil';
import { MeetingBadges } from '../today/MeetingCard';
import { cancellationText, facilitatorsText, sessionsText, workshopPath } from '../today/meetingText';
import { meetingsByDate } from './meetingsByDate';
import type { Period } from './period';
import { formatDayMonth } from '../../format/dates';
import { workshopColourClass } from './workshopColour';

interface WeekProps {
  period: Period;
  title: string;
  meetings: readonly MeetingOccurrence[];
  today: string;
}

/** A week as a table: one row per day, Monday to Sunday, each with its meetings in time order. */
export function WeekList({ period, title, meetings, today }: WeekProps) {
  const { t } = useTranslation();
  const byDate = meetingsByDate(meetings);
  const days = period.weeks[0] ?? [];
  return (
    <table className="cal-week">
      <caption>
        <h2 className="cal-period">{title}</h2>
      </caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('calendar.dayColumn')}</th>
          <th scope="col">{t('calendar.meetingsColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((date) => {
          const dayMeetings = byDate.get(date) ?? [];
          const isToday = date === today;
          return (
            <tr key={date} className={isToday ? 'cal-weekday cal-weekday--today' : 'cal-weekday'} aria-current={isToday ? 'date' : undefined}>
              <th scope="row">
                <span className="cal-weekday-name">{weekdayName(weekdayOf(date))}</span>
                <span className="cal-weekday-date">{formatDayMonth(date)}</span>
                {isToday ? <span className="cal-today-marker">{t('calendar.todayMarker')}</span> : null}
              </th>
              <td>
                {dayMeetings.length === 0 ? (
                  <p className="cal-none">{t('calendar.noMeetings')}</p>
                ) : (
                  <ul className="cal-week-items">
                    {dayMeetings.map((occurrence) => (
                      <WeekItem key={occurrence.meeting.id} occurrence={occurrence} />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function WeekItem({ occurrence }: { occurrence: MeetingOccurrence }) {
  const { t, i18n } = useTranslation();
  const { meeting } = occurrence;
  const cancelled = cancellationText(t, occurrence);
  const people = facilitatorsText(t, i18n.language, occurrence);
  const classes = ['cal-week-item', workshopColourClass(occurrence.workshopId), cancelled ? 'cal-week-item--cancelled' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes}>
      <p className="cal-week-time">{formatTimeRange(meeting.startTime, meeting.minutes)}</p>
      <div className="cal-week-body">
        <p className="cal-week-title">
          <Link to={workshopPath(occurrence.workshopId)}>{occurrence.workshopTitle}</Link>
          {occurrence.siteName ? <span className="cal-week-site"> · {occurrence.siteName}</span> : null}
        </p>
        {cancelled ? <p className="cal-week-cancelled">{cancelled}</p> : null}
        {people ? <p className="cal-week-people">{people}</p> : null}
        <p className="cal-week-sessions">{sessionsText(t, occurrence)}</p>
        <MeetingBadges occurrence={occurrence} />
      </div>
    </li>
  );
}
