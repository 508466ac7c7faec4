import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingOccurrence } from '../../../core/contract/planning';
import { formatLongDate, formatShortDate, formatTimeRange } from '../../format/dates';
import { workshopColourClass } from '../calendar/workshopColour';
import { MeetingBadges } from './MeetingCard';
import { cancellationText, facilitatorsText, meetingPath, sessionsText, workshopPath } from './meetingText';

export interface MeetingDay {
  date: string;
  meetings: MeetingOccurrence[];
}

/** Meetings grouped by date, in date and time order. */
export function groupByDay(meetings: readonly MeetingOccurrence[]): MeetingDay[] {
  const sorted = [...meetings].sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.meeting.startTime.localeCompare(b.meeting.startTime));
  const days: MeetingDay[] = [];
  for (const occurrence of sorted) {
    const last = days[days.length - 1];
    if (last && last.date === occurrence.meeting.date) last.meetings.push(occurrence);
    else days.push({ date: occurrence.meeting.date, meetings: [occurrence] });
  }
  return days;
}

/** The rest of the week, day by day: shorter than today's cards, with a way to each meeting. */
export function LaterThisWeek({ days }: { days: MeetingDay[] }) {
  return (
    <ol className="today-days">
      {days.map((day) => (
        <li key={day.date} className="today-day">
          <h3 className="today-day-title">{formatLongDate(day.date)}</h3>
          <ul className="today-later-list">
            {day.meetings.map((occurrence) => (
              <LaterMeeting key={occurrence.meeting.id} occurrence={occurrence} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function LaterMeeting({ occurrence }: { occurrence: MeetingOccurrence }) {
  const { t, i18n } = useTranslation();
  const { meeting } = occurrence;
  const time = formatTimeRange(meeting.startTime, meeting.minutes);
  const cancelled = cancellationText(t, occurrence);
  const people = facilitatorsText(t, i18n.language, occurrence);
  const classes = ['today-later', workshopColourClass(occurrence.workshopId), cancelled ? 'today-later--cancelled' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <p className="today-later-time">{time}</p>
      <div className="today-later-body">
        <p className="today-later-title">
          <Link to={workshopPath(occurrence.workshopId)}>{occurrence.workshopTitle}</Link>
          {occurrence.siteName ? <span className="today-later-site"> · {occurrence.siteName}</span> : null}
        </p>
        {cancelled ? <p className="today-card-cancelled">{cancelled}</p> : null}
        {people ? <p className="today-later-people">{people}</p> : null}
        <p className="today-later-sessions">{sessionsText(t, occurrence)}</p>
        <MeetingBadges occurrence={occurrence} />
      </div>
      {cancelled ? null : (
        <Link
          className="today-later-open"
          to={meetingPath(occurrence)}
          aria-label={t('today.openMeetingNamed', { title: occurrence.workshopTitle, day: formatShortDate(meeting.date), time })}
        >
          {t('today.openMeeting')}
        </Link>
      )}
    </li>
  );
}
