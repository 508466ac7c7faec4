import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CalendarView } from '../../../core/contract/planning';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../data/useLoad';
import { periodTitle } from './format';
import { MonthGrid } from './MonthGrid';
import { periodOf, readCalendarParams, stepFrom, type CalendarViewKind, type Period } from './period';
import { WeekList } from './WeekList';
import { DoubleBookingList } from './DoubleBookingList';
import { matchesFilter, meetingFilterNames, readMeetingFilter, type MeetingFilter } from './meetingFilter';
import { MeetingFilterFields } from './MeetingFilterFields';
import './calendar.css';

interface Shown {
  period: Period;
  calendar: CalendarView;
}

/**
 * Every workshop's meetings by month or by week. The URL holds the view and the date
 * (`?view=week&date=2027-03-08`), so Back and Forward move through what was looked at.
 */
export function CalendarScreen() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { view, date } = readCalendarParams(params);
  const filter = readMeetingFilter(params);
  // Today, once a service has said what it is: a URL without a date shows today's month or week.
  const knownToday = useRef<string | null>(null);

  const load = useCallback(async (): Promise<Shown> => {
    const anchor = date ?? knownToday.current ?? (await call('schedule.today')).today;
    const period = periodOf(view, anchor);
    const calendar = await call('schedule.range', { from: period.from, to: period.to });
    knownToday.current = calendar.today;
    return { period, calendar };
  }, [view, date]);
  const shown = useLoad(load);
  const value = shown.state.status === 'ready' ? shown.state.value : null;
  const today = value?.calendar.today ?? null;
  const anchor = date ?? today;
  // The period asked for is still on its way while the last one stays on screen.
  const stale = value !== null && (value.period.view !== view || (anchor !== null && value.period.anchor !== anchor));

  function show(nextView: CalendarViewKind, nextDate: string | null) {
    const next = new URLSearchParams(params);
    next.set('view', nextView);
    if (nextDate) next.set('date', nextDate);
    else next.delete('date');
    setParams(next);
  }

  function showOnly(nextFilter: MeetingFilter) {
    const next = new URLSearchParams(params);
    for (const name of meetingFilterNames) {
      const value = nextFilter[name];
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next);
  }

  function switchView(nextView: CalendarViewKind) {
    if (nextView === view) return;
    const current = value?.period;
    // From a period that holds today, the other view opens on today too.
    const target = today && current && current.from <= today && today <= current.to ? today : anchor;
    show(nextView, target);
  }

  const title = value ? periodTitle(value.period) : '';
  const meetings = value ? value.calendar.meetings.filter((occurrence) => matchesFilter(occurrence, filter)) : [];
  // A double booking concerns whoever is on either side of it.
  const doubleBookings = value
    ? value.calendar.doubleBookings.filter((booking) => matchesFilter(booking.first, filter) || matchesFilter(booking.second, filter))
    : [];
  const previousLabel = view === 'month' ? t('calendar.previousMonth') : t('calendar.previousWeek');
  const nextLabel = view === 'month' ? t('calendar.nextMonth') : t('calendar.nextWeek');

  return (
    <Screen title={t('calendar.title')} wide>
      <div className="cal-toolbar" role="group" aria-label={t('calendar.controls')}>
        <div className="cal-step">
          <button
            type="button"
            className="button button--secondary"
            aria-label={previousLabel}
            disabled={!anchor}
            onClick={() => anchor && show(view, stepFrom(view, anchor, -1))}
          >
            <span aria-hidden="true">← </span>
            {t('calendar.previous')}
          </button>
          <button type="button" className="button button--secondary" disabled={!today} onClick={() => show(view, today)}>
            {t('calendar.today')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-label={nextLabel}
            disabled={!anchor}
            onClick={() => anchor && show(view, stepFrom(view, anchor, 1))}
          >
            {t('calendar.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <div className="cal-views" role="group" aria-label={t('calendar.viewLabel')}>
          {(['week', 'month'] as const).map((kind) => (
            <button key={kind} type="button" className="cal-view-button" aria-pressed={view === kind} onClick={() => switchView(kind)}>
              {t(`calendar.${kind}`)}
            </button>
          ))}
        </div>
      </div>

      <p role="status" className={value && !stale ? 'visually-hidden' : 'cal-status'}>
        {value && !stale
          ? `${t('calendar.showing', { period: title })} ${t('calendar.meetingCount', { count: meetings.length })}`
          : shown.state.status === 'failed'
            ? ''
            : t('calendar.loading')}
      </p>
      {shown.state.status === 'failed' ? (
        <div role="alert">
          <p>{t('calendar.loadFailed', { message: shown.state.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={shown.retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}

      {value ? (
        <div className={stale ? 'cal-body cal-body--stale' : 'cal-body'} aria-busy={stale || undefined}>
          <DoubleBookingList doubleBookings={doubleBookings} />
          <MeetingFilterFields id="cal-filter" meetings={value.calendar.meetings} filter={filter} shown={meetings.length} onChange={showOnly} />
          {value.calendar.meetings.length === 0 ? (
            <p className="cal-empty">
              {t('calendar.emptyPeriod')} <Link to="/workshops/new">{t('calendar.planWorkshop')}</Link>
            </p>
          ) : null}
          {value.period.view === 'month' ? (
            <MonthGrid period={value.period} title={title} meetings={meetings} today={value.calendar.today} />
          ) : (
            <WeekList period={value.period} title={title} meetings={meetings} today={value.calendar.today} />
          )}
        </div>
      ) : null}
    </Screen>
  );
}
