import { screen, waitFor, within } from '@testing-library/react';
import type { CalendarView, MeetingOccurrence } from '../../core/contract/planning';
import type { Meeting } from '../../core/domain/workshop';
import { type FakeFacilitator, installFakeFacilitator, sampleSettings, UNREADABLE, UNREADABLE_TEXT } from './fakeFacilitator';
import { renderApp } from './renderApp';

const tuesdayGroup = { workshopId: '0b6f1d2e-3c4a-4b5c-8d6e-7f8091a2b3c4', workshopTitle: 'Tuesday group' };
const unitB = { workshopId: '9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0', workshopTitle: 'Unit B girls' };
let meetingNumber = 0;

function occurrence(workshop: { workshopId: string; workshopTitle: string }, meeting: Partial<Meeting> & { date: string }): MeetingOccurrence {
  meetingNumber += 1;
  return {
    ...workshop,
    timeZone: 'America/Los_Angeles',
    siteName: 'North High School',
    facilitatorNames: ['Ana Reyes'],
    meeting: {
      id: `5d1c6a3e-0000-4000-8000-${String(meetingNumber).padStart(12, '0')}`,
      startTime: '15:30',
      minutes: 45,
      sessionIds: ['welcome'],
      kind: 'planned',
      sequence: 0,
      ...meeting,
    },
    sessions: [{ id: 'welcome', number: 1, title: 'Welcome and agreements' }],
    participantCount: 8,
    hasConflict: false,
  };
}

const TODAY = '2027-03-09';
let fake: FakeFacilitator;

/** The fake answers schedule.range with the meetings that fall in the range asked for. */
function install(meetings: MeetingOccurrence[], today = TODAY) {
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'schedule.today': () => ({ today, weekStart: '2027-03-08', weekEnd: '2027-03-14', meetings: [], atRisk: [] }),
      'schedule.range': ({ from, to }): CalendarView => ({
        today,
        from,
        to,
        meetings: meetings.filter(({ meeting }) => meeting.date >= from && meeting.date <= to),
        doubleBookings: [],
      }),
    },
  });
}

/** Intl writes ranges with thin spaces: "Mar 8 – 14, 2027" matches whatever spaces it uses. */
const spaced = (text: string) => new RegExp(`^${text.replace(/\s/g, '\\s')}$`);
const table = () => screen.getByRole('table');
/** The month grid's cells, each named by its full date (the visible number is hidden from screen readers). */
const dayCell = (longDate: string) => within(table()).getByText(longDate).closest('td')!;
const rows = () => within(table()).getAllByRole('row').slice(1);
const search = (router: { state: { location: { search: string } } }) => Object.fromEntries(new URLSearchParams(router.state.location.search));

describe('Calendar, month', () => {
  it('opens on this month when the URL has no date: asks for today, then for the weeks of the month', async () => {
    install([occurrence(tuesdayGroup, { date: '2027-03-09' })]);
    renderApp('/calendar');
    expect(await screen.findByRole('heading', { level: 2, name: 'March 2027' })).toBeInTheDocument();
    expect(fake.callsTo('schedule.today')).toHaveLength(1);
    expect(fake.callsTo('schedule.range')).toEqual([{ from: '2027-03-01', to: '2027-04-04' }]);
    expect(screen.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Week' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('draws the month as a table, Monday first, with days of other months dimmed and today marked', async () => {
    const meeting = occurrence(tuesdayGroup, { date: '2027-03-09' });
    const early = occurrence(unitB, { date: '2027-03-09', startTime: '09:00' });
    const cancelled = occurrence(tuesdayGroup, { date: '2027-03-16', cancellation: { reason: 'holiday', note: '', at: '2027-03-01T10:00:00.000Z' } });
    const nextMonth = occurrence(unitB, { date: '2027-04-02', startTime: '10:00' });
    const doubleBooked = { ...occurrence(unitB, { date: '2027-03-18', startTime: '13:00' }), hasConflict: true };
    install([meeting, early, cancelled, nextMonth, doubleBooked]);
    renderApp('/calendar?view=month&date=2027-03-20');

    await screen.findByRole('heading', { level: 2, name: 'March 2027' });
    expect(table()).toHaveAccessibleName('March 2027');
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'MonMonday',
      'TueTuesday',
      'WedWednesday',
      'ThuThursday',
      'FriFriday',
      'SatSaturday',
      'SunSunday',
    ]);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(rows()).toHaveLength(5);
    expect(within(rows()[0]!).getAllByRole('cell')[0]).toHaveTextContent(/^1Monday, March 1, 2027/);

    const ninth = dayCell('Tuesday, March 9, 2027');
    expect(ninth).toHaveAttribute('aria-current', 'date');
    expect(within(ninth).getByText('Today')).toBeInTheDocument();
    // Meetings in time order, each a link to its workshop.
    const links = within(ninth).getAllByRole('link');
    // Whose group it is under each: a coordinator's month holds many facilitators' groups.
    expect(links.map((link) => link.textContent)).toEqual(['9:00 AM Unit B girls With Ana Reyes', '3:30 PM Tuesday group With Ana Reyes']);
    expect(links[1]).toHaveAttribute('href', `/workshops/${tuesdayGroup.workshopId}`);

    const struck = within(dayCell('Tuesday, March 16, 2027')).getByRole('link');
    expect(struck).toHaveAccessibleName('3:30 PM Tuesday group (cancelled) With Ana Reyes');
    expect(struck.closest('li')).toHaveClass('cal-item--cancelled');

    expect(within(dayCell('Thursday, March 18, 2027')).getByRole('link')).toHaveAccessibleName('1:00 PM Unit B girls (booking conflict) With Ana Reyes');

    const april = dayCell('Friday, April 2, 2027');
    expect(april).toHaveClass('cal-day--outside');
    expect(within(april).getByRole('link')).toHaveTextContent('10:00 AM Unit B girls With Ana Reyes');
    expect(dayCell('Wednesday, March 31, 2027')).not.toHaveClass('cal-day--outside');
    expect(dayCell('Sunday, April 4, 2027')).toHaveClass('cal-day--outside');
  });

  it('tells workshops apart with a colour of their own, always next to the title', async () => {
    install([occurrence(tuesdayGroup, { date: '2027-03-02' }), occurrence(tuesdayGroup, { date: '2027-03-09' }), occurrence(unitB, { date: '2027-03-03' })]);
    renderApp('/calendar?view=month&date=2027-03-01');
    await screen.findByRole('heading', { level: 2, name: 'March 2027' });
    const colourOf = (longDate: string) => [...within(dayCell(longDate)).getByRole('listitem').classList].find((name) => name.startsWith('cal-colour-'));
    expect(colourOf('Tuesday, March 2, 2027')).toBeDefined();
    expect(colourOf('Tuesday, March 2, 2027')).toBe(colourOf('Tuesday, March 9, 2027'));
    expect(colourOf('Wednesday, March 3, 2027')).not.toBe(colourOf('Tuesday, March 2, 2027'));
    expect(within(dayCell('Wednesday, March 3, 2027')).getByRole('link')).toHaveTextContent('Unit B girls');
  });

  it('puts a month that starts on a Sunday in six weeks, its first day alone in the last column', async () => {
    install([]);
    renderApp('/calendar?view=month&date=2027-08-15');
    await screen.findByRole('heading', { level: 2, name: 'August 2027' });
    expect(fake.callsTo('schedule.range')).toEqual([{ from: '2027-07-26', to: '2027-09-05' }]);
    expect(rows()).toHaveLength(6);
    const firstWeek = within(rows()[0]!).getAllByRole('cell');
    expect(firstWeek[6]).toHaveTextContent(/^1Sunday, August 1, 2027/);
    expect(firstWeek[6]).not.toHaveClass('cal-day--outside');
    expect(firstWeek.slice(0, 6).every((cell) => cell.classList.contains('cal-day--outside'))).toBe(true);
    expect(within(rows()[5]!).getAllByRole('cell')[1]).toHaveTextContent(/^31Tuesday, August 31, 2027/);
    expect(screen.getByText('No meetings in this period.')).toBeInTheDocument();
  });

  it('has February 29 in a leap year', async () => {
    install([]);
    renderApp('/calendar?view=month&date=2028-02-10');
    await screen.findByRole('heading', { level: 2, name: 'February 2028' });
    expect(fake.callsTo('schedule.range')).toEqual([{ from: '2028-01-31', to: '2028-03-05' }]);
    expect(rows()).toHaveLength(5);
    expect(dayCell('Tuesday, February 29, 2028')).not.toHaveClass('cal-day--outside');
    expect(dayCell('Wednesday, March 1, 2028')).toHaveClass('cal-day--outside');
  });

  it('moves by month with Previous, Next and Today, keeping each step in the URL so Back returns', async () => {
    install([]);
    const { user, router } = renderApp('/calendar?view=month&date=2027-03-20');
    await screen.findByRole('heading', { level: 2, name: 'March 2027' });

    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'April 2027' })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'month', date: '2027-04-01' });
    expect(fake.callsTo('schedule.range').at(-1)).toEqual({ from: '2027-03-29', to: '2027-05-02' });

    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'February 2027' })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'month', date: '2027-02-01' });
    // February 2027 starts on a Monday and has 28 days: exactly four weeks.
    expect(fake.callsTo('schedule.range').at(-1)).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(rows()).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'March 2027' })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'month', date: TODAY });

    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 2, name: 'February 2027' })).toBeInTheDocument();
    expect(fake.callsTo('schedule.today')).toHaveLength(0);
  });

  it('crosses the year at December', async () => {
    install([]);
    const { user, router } = renderApp('/calendar?view=month&date=2027-12-31');
    await screen.findByRole('heading', { level: 2, name: 'December 2027' });
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'January 2028' })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'month', date: '2028-01-01' });
  });

  it('says so when the calendar cannot be loaded, and tries again', async () => {
    install([]);
    fake.failNext('schedule.range', UNREADABLE);
    const { user } = renderApp('/calendar?view=month&date=2027-03-01');
    expect(await screen.findByRole('alert')).toHaveTextContent(`The calendar could not be loaded. ${UNREADABLE_TEXT}`);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'March 2027' })).toBeInTheDocument();
  });
});

describe('Calendar, week', () => {
  it('lists Monday to Sunday, each day with its meetings by time: time range, workshop, session and site', async () => {
    const late = occurrence(tuesdayGroup, { date: '2027-03-10', startTime: '15:30' });
    const early = { ...occurrence(unitB, { date: '2027-03-10', startTime: '09:00', minutes: 60 }), siteName: 'County Juvenile Hall' };
    const sunday = occurrence(unitB, {
      date: '2027-03-14',
      startTime: '11:00',
      cancellation: { reason: 'lockdown', note: '', at: '2027-03-01T10:00:00.000Z' },
    });
    install([late, early, sunday]);
    renderApp('/calendar?view=week&date=2027-03-10');

    expect(await screen.findByRole('heading', { level: 2, name: spaced('Mar 8 – 14, 2027') })).toBeInTheDocument();
    expect(fake.callsTo('schedule.range')).toEqual([{ from: '2027-03-08', to: '2027-03-14' }]);
    expect(screen.getByRole('button', { name: 'Week' })).toHaveAttribute('aria-pressed', 'true');

    const dayHeaders = within(table()).getAllByRole('rowheader');
    expect(dayHeaders.map((header) => header.querySelector('.cal-weekday-name')?.textContent)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(dayHeaders[0]).toHaveTextContent('Mar 8');
    expect(dayHeaders.every((header) => header.getAttribute('scope') === 'row')).toBe(true);

    const tuesdayRow = dayHeaders[1]!.closest('tr')!;
    expect(tuesdayRow).toHaveAttribute('aria-current', 'date');
    expect(within(tuesdayRow).getByText('No meetings')).toBeInTheDocument();

    const wednesday = within(dayHeaders[2]!.closest('tr')!).getAllByRole('listitem');
    expect(wednesday).toHaveLength(2);
    expect(wednesday[0]).toHaveTextContent(/^9:00\s–\s10:00\sAM/);
    expect(within(wednesday[0]!).getByRole('link', { name: 'Unit B girls' })).toHaveAttribute('href', `/workshops/${unitB.workshopId}`);
    expect(wednesday[0]).toHaveTextContent('County Juvenile Hall');
    expect(wednesday[0]).toHaveTextContent('Session 1: Welcome and agreements');
    expect(wednesday[1]).toHaveTextContent(/^3:30\s–\s4:15\sPM/);
    expect(within(wednesday[1]!).getByRole('link', { name: 'Tuesday group' })).toBeInTheDocument();

    expect(within(dayHeaders[6]!.closest('tr')!).getByText('Cancelled: Lockdown')).toBeInTheDocument();
  });

  it('moves by week, across months and years, and switches back to the month holding the week', async () => {
    install([]);
    const { user, router } = renderApp('/calendar?view=week&date=2027-12-22');
    await screen.findByRole('heading', { level: 2, name: spaced('Dec 20 – 26, 2027') });

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(await screen.findByRole('heading', { level: 2, name: spaced('Dec 27, 2027 – Jan 2, 2028') })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'week', date: '2027-12-27' });
    expect(fake.callsTo('schedule.range').at(-1)).toEqual({ from: '2027-12-27', to: '2028-01-02' });

    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(await screen.findByRole('heading', { level: 2, name: spaced('Dec 13 – 19, 2027') })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'week', date: '2027-12-13' });

    await user.click(screen.getByRole('button', { name: 'Month' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'December 2027' })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'month', date: '2027-12-13' });
  });

  it('switches from this month to this week, and back with Back', async () => {
    install([]);
    const { user, router } = renderApp('/calendar');
    await screen.findByRole('heading', { level: 2, name: 'March 2027' });
    await user.click(screen.getByRole('button', { name: 'Week' }));
    expect(await screen.findByRole('heading', { level: 2, name: spaced('Mar 8 – 14, 2027') })).toBeInTheDocument();
    expect(search(router)).toEqual({ view: 'week', date: TODAY });
    expect(fake.callsTo('schedule.range').at(-1)).toEqual({ from: '2027-03-08', to: '2027-03-14' });

    await router.navigate(-1);
    expect(await screen.findByRole('heading', { level: 2, name: 'March 2027' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true'));
    expect(fake.callsTo('schedule.today')).toHaveLength(1);
  });
});
