import { screen, waitFor, within } from '@testing-library/react';
import type { CalendarView, DoubleBooking, MeetingOccurrence, TodayView, WorkshopSummary } from '../../core/contract/planning';
import { type FakeFacilitator, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderApp } from './renderApp';

/** A coordinator's computer: groups of several facilitators at several sites, on one day. */
let meetingNumber = 0;
function group(title: string, siteName: string, facilitatorNames: string[], startTime: string, date = '2027-03-09'): MeetingOccurrence {
  meetingNumber += 1;
  const id = String(meetingNumber).padStart(12, '0');
  return {
    workshopId: `0b6f1d2e-3c4a-4b5c-8d6e-${id}`,
    workshopTitle: title,
    timeZone: 'America/Los_Angeles',
    siteName,
    facilitatorNames,
    meeting: { id: `5d1c6a3e-0000-4000-8000-${id}`, date, startTime, minutes: 60, sessionIds: ['welcome'], kind: 'planned', sequence: 0 },
    sessions: [{ id: 'welcome', number: 1, title: 'Welcome and agreements' }],
    participantCount: 8,
    hasConflict: false,
  };
}

const hallBoys = group('Hall boys', 'Eastlake Juvenile Hall', ['Maya Ortiz'], '15:00');
const schoolGirls = group('School girls', 'Roosevelt Middle School', ['Maya Ortiz', 'Sam Rivera'], '15:30');
const hallGirls = group('Hall girls', 'Eastlake Juvenile Hall', ['Jordan Lee'], '10:00');
const laterHall = group('Hall boys', 'Eastlake Juvenile Hall', ['Maya Ortiz'], '15:00', '2027-03-11');

const clash: DoubleBooking = {
  kind: 'facilitator',
  resourceId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  resourceName: 'Maya Ortiz',
  first: {
    workshopId: hallBoys.workshopId,
    workshopTitle: 'Hall boys',
    meetingId: hallBoys.meeting.id,
    date: '2027-03-09',
    startTime: '15:00',
    minutes: 60,
    facilitatorNames: ['Maya Ortiz'],
    siteName: 'Eastlake Juvenile Hall',
  },
  second: {
    workshopId: schoolGirls.workshopId,
    workshopTitle: 'School girls',
    meetingId: schoolGirls.meeting.id,
    date: '2027-03-09',
    startTime: '15:30',
    minutes: 60,
    facilitatorNames: ['Maya Ortiz', 'Sam Rivera'],
  },
};

let fake: FakeFacilitator;
function install(meetings: MeetingOccurrence[], doubleBookings: DoubleBooking[] = []) {
  const today: TodayView = { today: '2027-03-09', weekStart: '2027-03-08', weekEnd: '2027-03-14', meetings, atRisk: [] };
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'schedule.today': () => today,
      'schedule.range': ({ from, to }): CalendarView => ({ today: '2027-03-09', from, to, meetings, doubleBookings }),
    },
  });
}

const search = (router: { state: { location: { search: string } } }) => Object.fromEntries(new URLSearchParams(router.state.location.search));

describe('Calendar over the program', () => {
  it('says whose group each meeting is, and narrows the week to one site or one facilitator, kept in the address', async () => {
    install([hallGirls, hallBoys, schoolGirls, laterHall]);
    const { user, router } = renderApp('/calendar?view=week&date=2027-03-09');
    const week = await screen.findByRole('table');
    const items = () => within(week).getAllByRole('listitem');
    expect(items().map((item) => item.querySelector('.cal-week-people')?.textContent)).toEqual([
      'With Jordan Lee',
      'With Maya Ortiz',
      'With Maya Ortiz and Sam Rivera',
      'With Maya Ortiz',
    ]);

    await user.selectOptions(screen.getByLabelText('At site'), 'Eastlake Juvenile Hall');
    expect(search(router)).toMatchObject({ view: 'week', date: '2027-03-09', site: 'Eastlake Juvenile Hall' });
    expect(items().map((item) => within(item).getByRole('link').textContent)).toEqual(['Hall girls', 'Hall boys', 'Hall boys']);
    expect(screen.getByText('Showing 3 of 4 meetings.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('With facilitator'), 'Maya Ortiz');
    expect(items().map((item) => within(item).getByRole('link').textContent)).toEqual(['Hall boys', 'Hall boys']);

    // The filter stays when moving to the next week, and "Show all groups" takes it off.
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(search(router)).toMatchObject({ date: '2027-03-15', site: 'Eastlake Juvenile Hall', facilitator: 'Maya Ortiz' });
    await user.click(screen.getByRole('button', { name: 'Show all groups' }));
    expect(search(router)).toEqual({ view: 'week', date: '2027-03-15' });
  });

  it('lists each double booking with both groups: who leads them, where and when', async () => {
    install([hallBoys, schoolGirls], [clash]);
    renderApp('/calendar?view=week&date=2027-03-09');
    const list = await screen.findByRole('region', { name: 'A double booking in this period' });
    const [line] = within(list).getAllByRole('listitem');
    expect(line).toHaveTextContent(
      /^Maya Ortiz is booked twice: “Hall boys” with Maya Ortiz at Eastlake Juvenile Hall on Tue, Mar 9, 2027, 3:00\s–\s4:00\sPM and “School girls” with Maya Ortiz and Sam Rivera on Tue, Mar 9, 2027, 3:30\s–\s4:30\sPM\./,
    );
    expect(within(line!).getByRole('link', { name: 'Open “School girls”' })).toHaveAttribute('href', `/workshops/${schoolGirls.workshopId}`);
  });

  it('keeps the double bookings of the groups the filter shows, either side, and folds a long list', async () => {
    const many = Array.from({ length: 4 }, (_, week): DoubleBooking => ({
      ...clash,
      first: { ...clash.first, date: `2027-03-${String(2 + 7 * week).padStart(2, '0')}` },
    }));
    install([hallBoys, schoolGirls, hallGirls], many);
    const { user } = renderApp('/calendar?date=2027-03-09');
    const list = await screen.findByRole('region', { name: '4 double bookings in this period' });
    // More than three: folded under its heading, so the month stays near the top.
    expect(list.querySelector('details')).not.toHaveAttribute('open');
    await user.selectOptions(screen.getByLabelText('With facilitator'), 'Sam Rivera');
    expect(screen.getByRole('region', { name: '4 double bookings in this period' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('With facilitator'), 'Jordan Lee');
    expect(screen.queryByRole('region', { name: /double booking/ })).not.toBeInTheDocument();
  });

  it('shows no filter on one facilitator’s own calendar, with one site and one facilitator', async () => {
    install([hallBoys, laterHall]);
    renderApp('/calendar?view=week&date=2027-03-09');
    await screen.findByRole('table');
    expect(screen.queryByRole('group', { name: 'Show groups' })).not.toBeInTheDocument();
    expect(fake.callsTo('schedule.range')).toHaveLength(1);
  });
});

describe('Today over the program', () => {
  it('narrows today and later this week to one facilitator’s groups', async () => {
    install([hallGirls, hallBoys, schoolGirls, laterHall]);
    const { user } = renderApp('/');
    const todays = await screen.findByRole('region', { name: 'Meetings today' });
    expect(within(todays).getAllByRole('article')).toHaveLength(3);
    expect(within(screen.getByRole('region', { name: 'Later this week' })).getByText('With Maya Ortiz')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('With facilitator'), 'Jordan Lee');
    expect(
      within(todays)
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-labelledby') && within(card).getByRole('heading').textContent),
    ).toEqual(['Hall girls']);
    expect(screen.getByText('Showing 1 of 4 meetings.')).toBeInTheDocument();
  });
});

describe('Reports over the program', () => {
  it('offers the modules and sites of every group, also those planned on another laptop, and passes them to the report', async () => {
    const elsewhere: WorkshopSummary = {
      id: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a',
      title: 'Harbor girls',
      audience: '',
      status: 'running',
      moduleId: 'street-smarts',
      moduleTitle: 'Street Smarts',
      siteId: '6e5d4c3b-2a19-4807-b6f5-e4d3c2b1a098',
      siteName: 'Harbor Outreach Center',
      facilitatorNames: ['Jordan Lee'],
      meetingCount: 10,
      pastMeetingCount: 2,
      enrolledCount: 9,
    };
    fake = installFakeFacilitator({
      settings: sampleSettings(),
      planning: {
        'workshops.list': () => [elsewhere],
        'schedule.today': () => ({ today: '2027-03-09', weekStart: '2027-03-08', weekEnd: '2027-03-14', meetings: [], atRisk: [] }),
      },
    });
    const { user, router } = renderApp('/reports');
    const form = await screen.findByRole('region', { name: 'Funder report' });
    const site = await within(form).findByLabelText('Site');
    // The sites of Settings stay choices, and the other laptop's site is one too.
    expect(
      within(site)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(expect.arrayContaining(['All', ...sampleSettings().sites.map((one) => one.name), 'Harbor Outreach Center']));
    await user.selectOptions(site, 'Harbor Outreach Center');
    await user.selectOptions(within(form).getByLabelText('Module'), 'Street Smarts');
    await user.click(within(form).getByRole('button', { name: 'Show the funder report' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/print/funder'));
    const params = new URLSearchParams(router.state.location.search);
    expect([params.get('siteId'), params.get('moduleId')]).toEqual([elsewhere.siteId, 'street-smarts']);
  });
});
