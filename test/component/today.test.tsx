import { randomUUID } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import type { MeetingOccurrence, TodayView } from '../../core/contract/planning';
import type { AtRiskParticipant } from '../../core/contract/running';
import type { Meeting } from '../../core/domain/workshop';
import { type FakeFacilitator, installFakeFacilitator, sampleSettings, UNREADABLE, UNREADABLE_TEXT } from './fakeFacilitator';
import { renderApp } from './renderApp';

const tuesdayGroup = { workshopId: randomUUID(), workshopTitle: 'Tuesday group' };
const unitB = { workshopId: randomUUID(), workshopTitle: 'Unit B girls' };

function occurrence(
  workshop: { workshopId: string; workshopTitle: string },
  meeting: Partial<Meeting>,
  extra: Partial<MeetingOccurrence> = {},
): MeetingOccurrence {
  return {
    ...workshop,
    timeZone: 'America/Los_Angeles',
    siteName: 'North High School',
    facilitatorNames: ['Ana Reyes', 'Ben Okafor'],
    meeting: { id: randomUUID(), date: '2027-03-09', startTime: '15:30', minutes: 45, sessionIds: ['welcome'], kind: 'planned', sequence: 0, ...meeting },
    sessions: [{ id: 'welcome', number: 1, title: 'Welcome and agreements' }],
    participantCount: 8,
    hasConflict: false,
    ...extra,
  };
}

function todayView(meetings: MeetingOccurrence[]): TodayView {
  return { today: '2027-03-09', weekStart: '2027-03-08', weekEnd: '2027-03-14', meetings, atRisk: [] };
}

let fake: FakeFacilitator;
function install(view: TodayView) {
  fake = installFakeFacilitator({ settings: sampleSettings(), planning: { 'schedule.today': () => view } });
}

const card = (title: string) => screen.getByRole('article', { name: title });
const todaySection = () => screen.getByRole('region', { name: 'Meetings today' });
const laterSection = () => screen.getByRole('region', { name: 'Later this week' });

describe('Today', () => {
  it('is the first screen, with today’s long date', async () => {
    install(todayView([]));
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(await screen.findByText('Tuesday, March 9, 2027')).toBeInTheDocument();
    expect(fake.callsTo('schedule.today')).toHaveLength(1);
  });

  it('shows each meeting today as a card with what, where and who, and a Start link to the meeting page', async () => {
    const first = occurrence(tuesdayGroup, { startTime: '09:00', minutes: 60 });
    const makeUp = occurrence(
      unitB,
      { startTime: '15:30', minutes: 45, kind: 'make-up', part: 2, sessionIds: ['s3'] },
      {
        sessions: [{ id: 's3', number: 3, title: 'Recognising recruitment' }],
        siteName: 'County Juvenile Hall',
        facilitatorNames: ['Ana Reyes'],
        participantCount: 1,
        hasConflict: true,
      },
    );
    install(todayView([first, makeUp]));
    renderApp('/today');

    const morning = await screen.findByRole('article', { name: 'Tuesday group' });
    expect(within(morning).getByText('9:00 – 10:00 AM')).toBeInTheDocument();
    expect(within(morning).getByRole('link', { name: 'Tuesday group' })).toHaveAttribute('href', `/workshops/${tuesdayGroup.workshopId}`);
    expect(within(morning).getByText('Session 1: Welcome and agreements')).toBeInTheDocument();
    expect(within(morning).getByText('North High School')).toBeInTheDocument();
    expect(within(morning).getByText('Ana Reyes and Ben Okafor')).toBeInTheDocument();
    expect(within(morning).getByText('8 participants')).toBeInTheDocument();
    expect(within(morning).queryByText('Booking conflict')).not.toBeInTheDocument();
    const start = within(morning).getByRole('link', { name: /^Start/ });
    expect(start).toHaveTextContent('Start');
    // Intl puts thin and narrow no-break spaces in time ranges.
    expect(start.getAttribute('aria-label')?.replace(/\s/g, ' ')).toBe('Start Tuesday group, 9:00 – 10:00 AM');
    expect(start).toHaveAttribute('href', `/workshops/${tuesdayGroup.workshopId}/meetings/${first.meeting.id}`);

    const afternoon = card('Unit B girls');
    expect(within(afternoon).getByText('3:30 – 4:15 PM')).toBeInTheDocument();
    expect(within(afternoon).getByText('Session 3: Recognising recruitment, part 2 of 2')).toBeInTheDocument();
    expect(within(afternoon).getByText('Make-up meeting')).toBeInTheDocument();
    expect(within(afternoon).getByText('Booking conflict')).toBeInTheDocument();
    expect(within(afternoon).getByText('1 participant')).toBeInTheDocument();
    expect(within(afternoon).getByRole('link', { name: /^Start/ })).toHaveAttribute('href', `/workshops/${unitB.workshopId}/meetings/${makeUp.meeting.id}`);

    // In time order.
    const cards = within(todaySection()).getAllByRole('article');
    expect(cards.map((element) => element.getAttribute('aria-labelledby'))).toEqual([
      `today-meeting-${first.meeting.id}`,
      `today-meeting-${makeUp.meeting.id}`,
    ]);
  });

  it('keeps a cancelled meeting on the list with its reason, and offers no Start', async () => {
    const cancelled = occurrence(tuesdayGroup, {
      cancellation: { reason: 'lockdown', note: 'unit on lockdown', at: '2027-03-09T14:00:00.000Z' },
    });
    install(todayView([cancelled]));
    renderApp('/today');
    const shown = await screen.findByRole('article', { name: 'Tuesday group' });
    expect(within(shown).getByText('Cancelled: Lockdown (unit on lockdown)')).toBeInTheDocument();
    expect(within(shown).queryByRole('link', { name: /Start/ })).not.toBeInTheDocument();
    expect(within(shown).getByRole('link', { name: 'Tuesday group' })).toBeInTheDocument();
  });

  it('lists the rest of the week by day, with a way to each meeting page', async () => {
    const now = occurrence(tuesdayGroup, {});
    const thursday = occurrence(unitB, { date: '2027-03-11', startTime: '10:00', minutes: 60 });
    const thursdayLate = occurrence(tuesdayGroup, { date: '2027-03-11', startTime: '16:00', minutes: 45 });
    const saturday = occurrence(unitB, {
      date: '2027-03-13',
      startTime: '11:00',
      minutes: 60,
      cancellation: { reason: 'holiday', note: '', at: '2027-03-01T10:00:00.000Z' },
    });
    install(todayView([now, thursday, thursdayLate, saturday]));
    renderApp('/today');

    await screen.findByRole('article', { name: 'Tuesday group' });
    const later = laterSection();
    const days = within(later).getAllByRole('heading', { level: 3 });
    expect(days.map((heading) => heading.textContent)).toEqual(['Thursday, March 11, 2027', 'Saturday, March 13, 2027']);
    const thursdayList = days[0]!.closest('li')!;
    expect(
      within(thursdayList)
        .getAllByRole('link', { name: /^Meeting page/ })
        .map((link) => link.getAttribute('href')),
    ).toEqual([`/workshops/${unitB.workshopId}/meetings/${thursday.meeting.id}`, `/workshops/${tuesdayGroup.workshopId}/meetings/${thursdayLate.meeting.id}`]);
    const saturdayList = days[1]!.closest('li')!;
    expect(within(saturdayList).getByText('Cancelled: Holiday')).toBeInTheDocument();
    expect(within(saturdayList).queryByRole('link', { name: /^Meeting page/ })).not.toBeInTheDocument();
    // Today's meetings are not repeated among the later ones.
    expect(within(later).queryByText('3:30 – 4:15 PM')).not.toBeInTheDocument();
    expect(within(later).getByRole('link', { name: 'Open the calendar' })).toHaveAttribute('href', '/calendar');
  });

  it('says when there is nothing today, and what comes next this week', async () => {
    const cancelledFirst = occurrence(unitB, { date: '2027-03-10', cancellation: { reason: 'other', note: '', at: '2027-03-01T10:00:00.000Z' } });
    const next = occurrence(tuesdayGroup, { date: '2027-03-11', startTime: '15:30' });
    install(todayView([cancelledFirst, next]));
    renderApp('/today');
    const section = await screen.findByRole('region', { name: 'Meetings today' });
    expect(within(section).getByText('No meetings today.')).toBeInTheDocument();
    expect(within(section).getByText('Next this week: Tuesday group, Thu, Mar 11 at 3:30 PM.')).toBeInTheDocument();
    expect(within(section).queryByRole('article')).not.toBeInTheDocument();
    expect(within(laterSection()).getByRole('heading', { name: 'Thursday, March 11, 2027' })).toBeInTheDocument();
  });

  it('says when the whole week is empty, and points to planning a workshop and to the calendar', async () => {
    install(todayView([]));
    renderApp('/today');
    const section = await screen.findByRole('region', { name: 'Meetings today' });
    expect(within(section).getByText('No meetings this week.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Later this week' })).not.toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Plan a workshop' })).toHaveAttribute('href', '/workshops/new');
    expect(within(section).getByRole('link', { name: 'Open the calendar' })).toHaveAttribute('href', '/calendar');
  });

  it('says so when the meetings cannot be loaded, and tries again', async () => {
    install(todayView([occurrence(tuesdayGroup, {})]));
    fake.failNext('schedule.today', UNREADABLE);
    const { user } = renderApp('/today');
    expect(await screen.findByRole('alert')).toHaveTextContent(`Today’s meetings could not be loaded. ${UNREADABLE_TEXT}`);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Tuesday group' })).toBeInTheDocument();
  });

  describe('at risk of not completing', () => {
    const atRisk = (participant: Partial<AtRiskParticipant> & Pick<AtRiskParticipant, 'code'>): AtRiskParticipant => ({
      ...unitB,
      participantId: randomUUID(),
      missedRequired: [],
      ...participant,
    });

    it('lists who is at risk, with their workshop and why, by workshop and code', async () => {
      install({
        ...todayView([occurrence(tuesdayGroup, {})]),
        atRisk: [
          atRisk({ code: 'JH-26-020', missedRequired: ['welcome', 'closing'], share: 0.5 }),
          atRisk({ ...tuesdayGroup, code: 'TG-014', share: 0.4 }),
          atRisk({ code: 'JH-26-014', missedRequired: ['welcome'] }),
        ],
      });
      renderApp('/today');
      const section = await screen.findByRole('region', { name: 'At risk of not completing' });
      const items = within(section).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual([
        'TG-014 · Tuesday groupCannot complete with the meetings now planned, attended 40% of the meetings held so far',
        'JH-26-014 · Unit B girlsMissed 1 required session',
        'JH-26-020 · Unit B girlsMissed 2 required sessions, attended 50% of the meetings held so far',
      ]);
      expect(within(items[1]!).getByRole('link', { name: 'Unit B girls' })).toHaveAttribute('href', `/workshops/${unitB.workshopId}`);
      expect(within(items[0]!).getByRole('link', { name: 'Tuesday group' })).toHaveAttribute('href', `/workshops/${tuesdayGroup.workshopId}`);
    });

    it('is hidden when no one is at risk', async () => {
      install(todayView([occurrence(tuesdayGroup, {})]));
      renderApp('/today');
      await screen.findByRole('article', { name: 'Tuesday group' });
      expect(screen.queryByRole('region', { name: 'At risk of not completing' })).not.toBeInTheDocument();
      expect(screen.queryByText(/At risk/)).not.toBeInTheDocument();
    });
  });
});
