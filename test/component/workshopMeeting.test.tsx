import { screen, within } from '@testing-library/react';
import type { WorkshopView } from '../../electron/api/planning';
import { formatLongDate, formatTime, formatTimeRange } from '../../renderer/format/dates';
import { installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderWorkshopApp, sampleView, wid } from './workshopFixtures';

let view: WorkshopView;

beforeEach(() => {
  view = sampleView();
  installFakeFacilitator({ settings: sampleSettings(), planning: { 'workshops.get': () => view, 'workshops.list': () => [] } });
});

const text = (value: string) => value.replace(/\s+/g, ' ');

describe('the meeting page', () => {
  it('opens from "Start" on the workshop page', async () => {
    const { user } = renderWorkshopApp(`/workshops/${wid.tuesday}`);
    const today = await screen.findByRole('listitem', { name: /^Meeting 2 / });
    await user.click(within(today).getByRole('link', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tuesday group: meeting 2' })).toBeInTheDocument();
  });

  it('shows the plan of each session it covers, timed from the meeting’s start', async () => {
    renderWorkshopApp(`/workshops/${wid.tuesday}/meetings/${wid.m4}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tuesday group: meeting 3' })).toBeInTheDocument();
    expect(screen.getByText(text(`${formatLongDate('2027-03-23')} · ${formatTimeRange('16:00', 90)}`), { normalizer: text })).toBeInTheDocument();
    expect(screen.getByText('Site', { selector: 'dt' }).nextElementSibling).toHaveTextContent('North High School');
    expect(screen.getByText('Facilitators', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Ana Reyes (Lead)');

    const first = screen.getByRole('region', { name: 'Session 1: What friends do' });
    expect(within(first).getByRole('complementary', { name: 'Content notice' })).toHaveTextContent('We will talk about friendships, including ones that did not feel good.');
    expect(within(first).getByRole('region', { name: 'Objectives' })).toHaveTextContent('Name three signs of a healthy friendship.');
    expect(within(first).getByRole('region', { name: 'Materials' })).toHaveTextContent('Flip chart');
    expect(within(first).getByRole('region', { name: 'Preparation' })).toHaveTextContent('Write the group agreements on the flip chart.');
    const activities = within(first).getAllByRole('listitem').filter((item) => item.classList.contains('activity'));
    expect(activities.map((item) => item.querySelector('h4')?.textContent)).toEqual(['Check-in · Check-in', 'Friend map · Activity', 'Closing · Closing']);
    expect(activities[1]).toHaveTextContent(text(`${formatTime('16:10')}0:10–0:3525 min`));
    expect(activities[1]).toHaveTextContent('In pairs, list what a good friend does.');
    expect(activities[1]).toHaveTextContent('Prompt for the room: What does a good friend do?');
    expect(activities[1]).toHaveTextContent('Trauma-informed notes');

    // The second session starts when the first ends, 45 minutes in.
    const second = screen.getByRole('region', { name: 'Session 2: When it feels wrong' });
    const scenarios = within(second).getAllByRole('listitem').filter((item) => item.classList.contains('activity'))[1];
    expect(scenarios).toHaveTextContent(text(`${formatTime('16:55')}0:10–0:35`));
    expect(scenarios).toHaveTextContent('Content notice: The scenarios describe a friend being pressured.');

    expect(screen.getByRole('region', { name: 'Local resources' })).toHaveTextContent('Youth Crisis Line · Text 555-0100 · 24 hours');
    expect(screen.getByRole('link', { name: 'Back to the workshop “Tuesday group”' })).toHaveAttribute('href', `/workshops/${wid.tuesday}`);
    // Attendance and timers are not part of this page yet.
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the plan from the workshop’s own copy of the module', async () => {
    const module = { ...view.workshop.module, version: 1 };
    module.sessions = module.sessions.map((session) => (session.id === 'what-friends-do' ? { ...session, title: 'What friends do (as planned)' } : session));
    view = { ...view, workshop: { ...view.workshop, module } };
    renderWorkshopApp(`/workshops/${wid.tuesday}/meetings/${wid.m1}`);
    expect(await screen.findByRole('region', { name: 'Session 1: What friends do (as planned)' })).toBeInTheDocument();
  });

  it('says when a meeting is cancelled, or not in the workshop', async () => {
    const { unmount } = renderWorkshopApp(`/workshops/${wid.tuesday}/meetings/${wid.m2}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tuesday group: cancelled meeting' })).toBeInTheDocument();
    expect(screen.getByText('Cancelled: Lockdown.')).toBeInTheDocument();
    unmount();

    renderWorkshopApp(`/workshops/${wid.tuesday}/meetings/1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7b77`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This meeting is not in the workshop' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the workshop “Tuesday group”' })).toBeInTheDocument();
  });
});
