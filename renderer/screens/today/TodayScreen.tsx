import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingOccurrence, TodayView } from '../../../core/contract/planning';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { Section } from '../../components/Section';
import { useLoad } from '../../data/useLoad';
import { formatLongDate, formatShortDate, formatTime } from '../../format/dates';
import { AtRiskList } from './AtRiskList';
import { FirstRunChecklist } from './FirstRunChecklist';
import { groupByDay, LaterThisWeek } from './LaterThisWeek';
import { MeetingCard } from './MeetingCard';
import { matchesFilter, type MeetingFilter } from '../calendar/meetingFilter';
import { MeetingFilterFields } from '../calendar/MeetingFilterFields';
import './today.css';

const loadToday = () => call('schedule.today');

/** The first screen: today's meetings, each ready to start, then the rest of the week. */
export function TodayScreen() {
  const { t } = useTranslation();
  const today = useLoad(loadToday);
  return (
    <Screen title={t('today.title')}>
      {today.state.status === 'loading' ? <p role="status">{t('today.loading')}</p> : null}
      {today.state.status === 'failed' ? (
        <div role="alert">
          <p>{t('today.loadFailed', { message: today.state.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={today.retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {today.state.status === 'ready' ? <TodayContent view={today.state.value} /> : null}
    </Screen>
  );
}

function TodayContent({ view }: { view: TodayView }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<MeetingFilter>({});
  const meetings = view.meetings.filter((occurrence) => matchesFilter(occurrence, filter));
  const todays = meetings.filter((occurrence) => occurrence.meeting.date === view.today);
  const later = meetings.filter((occurrence) => occurrence.meeting.date > view.today);
  const laterDays = groupByDay(later);

  return (
    <>
      <p className="today-date">{formatLongDate(view.today)}</p>
      <FirstRunChecklist hasMeetings={view.meetings.length > 0} />
      <MeetingFilterFields id="today-filter" meetings={view.meetings} filter={filter} shown={meetings.length} onChange={setFilter} />
      <Section id="today-meetings" heading={t('today.todayHeading')} className="today-section">
        {todays.length > 0 ? (
          <ul className="today-cards">
            {groupByDay(todays).flatMap((day) =>
              day.meetings.map((occurrence) => (
                <li key={occurrence.meeting.id}>
                  <MeetingCard occurrence={occurrence} />
                </li>
              )),
            )}
          </ul>
        ) : (
          <NothingToday later={later} />
        )}
      </Section>
      {todays.length === 0 && later.length === 0 ? null : (
        <Section id="today-later" heading={t('today.laterHeading')} className="today-section">
          {laterDays.length > 0 ? <LaterThisWeek days={laterDays} /> : <p className="empty">{t('today.nothingLater')}</p>}
          <p>
            <Link to="/calendar">{t('today.openCalendar')}</Link>
          </p>
        </Section>
      )}
      <AtRiskList participants={view.atRisk} />
    </>
  );
}

/** No meeting today: say what is next this week, or that the week is empty and how to plan one. */
function NothingToday({ later }: { later: MeetingOccurrence[] }) {
  const { t } = useTranslation();
  const next = later.find((occurrence) => !occurrence.meeting.cancellation);
  if (later.length > 0) {
    return (
      <div className="today-empty">
        <p className="today-empty-lead">{t('today.noneToday')}</p>
        {next ? (
          <p>
            {t('today.nextThisWeek', {
              title: next.workshopTitle,
              day: formatShortDate(next.meeting.date),
              time: formatTime(next.meeting.startTime),
            })}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="today-empty">
      <p className="today-empty-lead">{t('today.noneThisWeek')}</p>
      <p>{t('today.noneThisWeekHelp')}</p>
      <p className="today-empty-actions">
        <Link className="button button--primary" to="/workshops/new">
          {t('today.planWorkshop')}
        </Link>
        <Link className="button button--secondary" to="/calendar">
          {t('today.openCalendar')}
        </Link>
      </p>
    </div>
  );
}
