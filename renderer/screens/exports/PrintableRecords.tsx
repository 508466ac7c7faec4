import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../core/domain/workshop';
import { formatShortDate, formatTime } from '../../format/dates';

/** Meetings that are not cancelled, in date order. */
function openMeetings(meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((meeting) => !meeting.cancellation).sort((a, b) => (a.date + a.startTime < b.date + b.startTime ? -1 : 1));
}

/** The meeting a sign-in sheet is most likely wanted for: today's or the next one, else the last one. */
export function likelyMeeting(meetings: readonly Meeting[], today: string): Meeting | undefined {
  const open = openMeetings(meetings);
  return open.find((meeting) => meeting.date >= today) ?? open.at(-1);
}

/** Links to the printable records of a workshop; each page lets the user choose paper and how people are named. */
export function PrintableRecords({ id, workshopId, meetings, today }: { id: string; workshopId: string; meetings: readonly Meeting[]; today: string }) {
  const { t } = useTranslation();
  const open = openMeetings(meetings);
  const [meetingId, setMeetingId] = useState(likelyMeeting(meetings, today)?.id ?? '');
  const base = `/print/workshops/${workshopId}`;
  return (
    <section className="exports-records" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="exports-form-heading">
        {t('print.links.heading')}
      </h3>
      <p>{t('print.links.explain')}</p>
      {open.length ? (
        <div className="exports-sign-in">
          <div className="field">
            <label htmlFor={`${id}-meeting`}>{t('print.links.meeting')}</label>
            <select id={`${id}-meeting`} value={meetingId} onChange={(event) => setMeetingId(event.target.value)}>
              {open.map((meeting) => (
                <option key={meeting.id} value={meeting.id}>
                  {t('print.links.meetingOption', { date: formatShortDate(meeting.date, true), time: formatTime(meeting.startTime) })}
                </option>
              ))}
            </select>
          </div>
          <Link className="button button--secondary" to={`${base}/sign-in?meeting=${meetingId}`}>
            {t('print.links.signIn')}
          </Link>
        </div>
      ) : null}
      <ul className="exports-record-links">
        <li>
          <Link to={`${base}/attendance-summary`}>{t('print.links.summary')}</Link>
        </li>
        <li>
          <Link to={`${base}/attendance-letter`}>{t('print.links.letters')}</Link>
        </li>
        <li>
          <Link to={`${base}/certificate`}>{t('print.links.certificates')}</Link>
        </li>
        <li>
          <Link to="/print/resources">{t('print.links.handout')}</Link>
        </li>
      </ul>
    </section>
  );
}
