import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingOccurrence } from '../../../core/contract/planning';
import { weekdays } from '../../../core/domain/calendar/civil';
import { formatLongDate, formatTime, weekdayName } from '../../format/dates';
import { facilitatorsText, workshopPath } from '../today/meetingText';
import { meetingsByDate } from './meetingsByDate';
import { isSameMonth, type Period } from './period';
import { workshopColourClass } from './workshopColour';

interface GridProps {
  period: Period;
  title: string;
  meetings: readonly MeetingOccurrence[];
  today: string;
}

/** A month as a table, Monday first: each day with its meetings; days of other months dimmed. */
export function MonthGrid({ period, title, meetings, today }: GridProps) {
  const byDate = meetingsByDate(meetings);
  return (
    <table className="cal-month">
      <caption>
        <h2 className="cal-period">{title}</h2>
      </caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th key={weekday} scope="col">
              <span aria-hidden="true">{weekdayName(weekday, 'short')}</span>
              <span className="visually-hidden">{weekdayName(weekday)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {period.weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((date) => (
              <DayCell key={date} date={date} inMonth={isSameMonth(date, period.anchor)} isToday={date === today} meetings={byDate.get(date) ?? []} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell({ date, inMonth, isToday, meetings }: { date: string; inMonth: boolean; isToday: boolean; meetings: MeetingOccurrence[] }) {
  const { t } = useTranslation();
  const classes = ['cal-day', inMonth ? '' : 'cal-day--outside', isToday ? 'cal-day--today' : ''].filter(Boolean).join(' ');
  return (
    <td className={classes} aria-current={isToday ? 'date' : undefined}>
      <p className="cal-daynum">
        <time dateTime={date}>
          <span aria-hidden="true">{Number(date.slice(8, 10))}</span>
          <span className="visually-hidden">{formatLongDate(date)}</span>
        </time>
        {isToday ? <span className="cal-today-marker">{t('calendar.todayMarker')}</span> : null}
      </p>
      {meetings.length > 0 ? (
        <ul className="cal-items">
          {meetings.map((occurrence) => (
            <MonthItem key={occurrence.meeting.id} occurrence={occurrence} />
          ))}
        </ul>
      ) : null}
    </td>
  );
}

function MonthItem({ occurrence }: { occurrence: MeetingOccurrence }) {
  const { t, i18n } = useTranslation();
  const cancelled = Boolean(occurrence.meeting.cancellation);
  const people = facilitatorsText(t, i18n.language, occurrence);
  const classes = ['cal-item', workshopColourClass(occurrence.workshopId), cancelled ? 'cal-item--cancelled' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes}>
      <Link to={workshopPath(occurrence.workshopId)}>
        <span className="cal-item-time">{formatTime(occurrence.meeting.startTime)}</span> <span className="cal-item-title">{occurrence.workshopTitle}</span>
        {cancelled ? <span className="visually-hidden"> {t('calendar.cancelled')}</span> : null}
        {occurrence.hasConflict && !cancelled ? (
          <span className="cal-item-conflict">
            {' '}
            <span aria-hidden="true">⚠</span>
            <span className="visually-hidden">{t('calendar.conflict')}</span>
          </span>
        ) : null}
        {people ? (
          <>
            {' '}
            <span className="cal-item-people">{people}</span>
          </>
        ) : null}
      </Link>
    </li>
  );
}
