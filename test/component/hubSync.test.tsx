import { screen, waitFor, within } from '@testing-library/react';
import type { HubDecision, HubStatus } from '../../core/contract/hub';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { fakeHub, type FakeHubState, inProgram } from './fakeHub';
import { renderApp } from './renderApp';
import { renderWorkshopApp, sampleView, summaries, wid } from './workshopFixtures';

let fake: FakeFacilitator;
let hub: ReturnType<typeof fakeHub>;

function install(initial: Partial<FakeHubState> = {}) {
  hub = fakeHub(initial);
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: { ...hub.handlers, 'workshops.get': () => sampleView(), 'workshops.list': () => summaries },
  });
}

describe('the sync state in the sidebar', () => {
  const cases: { sync: HubStatus['sync']; pendingDecisions?: number; name: string; text: string; href: string }[] = [
    { sync: { kind: 'up-to-date' }, name: 'Program hub: Up to date', text: 'Up to date', href: '/settings/hub' },
    { sync: { kind: 'catching-up' }, name: 'Program hub: Catching up…', text: 'Catching up…', href: '/settings/hub' },
    {
      sync: { kind: 'offline', since: '2027-03-16T22:40:00.000Z', sinceOn: '2027-03-16', sinceAt: '15:40', sinceToday: true },
      name: 'Program hub: Offline since 3:40 PM',
      text: 'Offline since 3:40 PM',
      href: '/settings/hub',
    },
    {
      sync: { kind: 'offline', since: '2027-03-08T22:40:00.000Z', sinceOn: '2027-03-08', sinceAt: '15:40', sinceToday: false },
      name: 'Program hub: Offline since Mon, Mar 8, 3:40 PM',
      text: 'Offline since Mon, Mar 8, 3:40 PM',
      href: '/settings/hub',
    },
    {
      sync: { kind: 'needs-you', why: 'decisions' },
      pendingDecisions: 2,
      name: 'Program hub: 2 decisions need you',
      text: '2 decisions need you',
      href: '/program/decisions',
    },
    { sync: { kind: 'needs-you', why: 'revoked' }, name: 'Program hub: Needs you', text: 'Needs you', href: '/settings/hub' },
    { sync: { kind: 'needs-you', why: 'wrong-key' }, name: 'Program hub: Needs you', text: 'Needs you', href: '/settings/hub' },
  ];

  it.each(cases)('shows “$text” and leads to $href', async ({ sync, pendingDecisions = 0, name, text, href }) => {
    install({ status: inProgram({ sync, pendingDecisions }) });
    renderApp('/today');
    const link = await screen.findByRole('link', { name });
    expect(link).toHaveTextContent(text);
    expect(link).toHaveAttribute('href', href);
    expect(screen.getByRole('banner')).toContainElement(link);
  });

  it('shows nothing while the hub is off', async () => {
    install();
    renderApp('/today');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(fake.callsTo('hub.status').length).toBeGreaterThan(0));
    expect(screen.queryByRole('link', { name: /^Program hub:/ })).not.toBeInTheDocument();
  });

  it('shows nothing when main cannot say (no hub channels answered)', async () => {
    install({ status: inProgram() });
    fake.failAlways('hub.status', { code: 'unknown-channel', reason: { code: 'unknown-action', params: { action: 'hub.status' } } });
    renderApp('/today');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(fake.callsTo('hub.status').length).toBeGreaterThan(0));
    expect(screen.queryByRole('link', { name: /^Program hub:/ })).not.toBeInTheDocument();
  });

  it('asks again after moving to another screen', async () => {
    install({ status: inProgram({ sync: { kind: 'catching-up' } }) });
    const { user } = renderApp('/today');
    await screen.findByRole('link', { name: 'Program hub: Catching up…' });
    hub.state.status = inProgram();
    await user.click(screen.getByRole('link', { name: 'Workshops' }));
    expect(await screen.findByRole('link', { name: 'Program hub: Up to date' })).toBeInTheDocument();
  });
});

const decision = (id: string, code: string, mine: string, theirs: string, extra: Partial<HubDecision> = {}): HubDecision => ({
  id,
  workshopId: wid.tuesday,
  workshopTitle: 'Tuesday group',
  about: { code: 'change-mark', params: { code, meeting: { code: 'change-meeting-at', params: { date: '2027-03-16', time: '16:00' } } } },
  mine: { code: 'value-text', params: { text: mine } },
  theirs: { code: 'value-text', params: { text: theirs } },
  ...extra,
});

describe('the decisions list', () => {
  beforeEach(() =>
    install({
      status: inProgram({ sync: { kind: 'needs-you', why: 'decisions' }, pendingDecisions: 2 }),
      decisions: [
        decision('d1', 'JH-26-014', 'Present', 'Absent (sick)', { theirsFrom: 'ana.reyes', newer: 'theirs' }),
        decision('d2', 'JH-26-015', 'Late', 'Present'),
      ],
    }),
  );

  it('shows both sides of each decision in plain words', async () => {
    renderApp('/program/decisions');
    const first = await screen.findByRole('listitem', { name: 'Mark of JH-26-014 at Meeting on March 16, 2027 at 16:00' });
    expect(within(first).getByText('On this laptop').nextElementSibling).toHaveTextContent('Present');
    expect(within(first).getByText('From ana.reyes').nextElementSibling).toHaveTextContent('Absent (sick) (newer)');
    const second = screen.getByRole('listitem', { name: 'Mark of JH-26-015 at Meeting on March 16, 2027 at 16:00' });
    expect(within(second).getByText('From another laptop').nextElementSibling).toHaveTextContent('Present');
    expect(screen.getByRole('heading', { level: 2, name: 'Tuesday group' })).toBeInTheDocument();
  });

  it('is decided by keyboard: focus moves on to the next decision, then to “nothing waiting”', async () => {
    const { user } = renderApp('/program/decisions');
    await screen.findByRole('button', { name: 'Keep “Present”' });
    // From the workshop's link, Tab reaches the first decision's choices.
    screen.getByRole('link', { name: 'Tuesday group' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Keep “Present”' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Use “Absent (sick)”' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Mark of JH-26-014 at Meeting on March 16, 2027 at 16:00: “Absent (sick)” kept.')).toBeInTheDocument();
    expect(fake.callsTo('hub.decide')).toEqual([{ decisionId: 'd1', keep: 'theirs' }]);
    expect(screen.queryByRole('listitem', { name: /JH-26-014/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep “Late”' })).toHaveFocus());

    await user.keyboard(' ');
    expect(await screen.findByText('Nothing is waiting for you: every change from the program is settled.')).toHaveFocus();
    expect(fake.callsTo('hub.decide')).toEqual([
      { decisionId: 'd1', keep: 'theirs' },
      { decisionId: 'd2', keep: 'mine' },
    ]);
  });

  it('says so when a decision was already made elsewhere, and shows the list as it is', async () => {
    const { user } = renderApp('/program/decisions');
    await screen.findByRole('button', { name: 'Keep “Present”' });
    hub.state.decisions = hub.state.decisions.filter((each) => each.id !== 'd1');
    await user.click(screen.getByRole('button', { name: 'Keep “Present”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That decision was already made (perhaps in another window). The list is up to date now.');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /JH-26-014/ })).not.toBeInTheDocument());
    expect(screen.getByRole('listitem', { name: /JH-26-015/ })).toBeInTheDocument();
  });
});

describe('Share with the program, on the workshop page', () => {
  it('is a switch saved as soon as it changes, once this laptop is in a program', async () => {
    install({ status: inProgram() });
    const { user } = renderWorkshopApp(`/workshops/${wid.tuesday}`);
    // The workshop page loads when first opened, then asks whether the workshop is shared.
    const share = await screen.findByRole('switch', { name: 'Share with the program' }, { timeout: 5000 });
    expect(share).not.toBeChecked();
    expect(share).toHaveAccessibleDescription(expect.stringContaining('Only on this laptop.'));
    await user.click(share);
    await waitFor(() => expect(share).toBeChecked());
    expect(fake.callsTo('hub.share')).toEqual([{ workshopId: wid.tuesday, shared: true }]);
    expect(hub.state.shared.has(wid.tuesday)).toBe(true);
    expect(share).toHaveAccessibleDescription(expect.stringContaining('Everyone in Harbor Youth Services gets this workshop’s plan, roster codes and marks'));
  });

  it('shows the saved value again when sharing fails, and says why', async () => {
    install({ status: inProgram() });
    fake.failNext('hub.share', DISK_FULL);
    const { user } = renderWorkshopApp(`/workshops/${wid.tuesday}`);
    const share = await screen.findByRole('switch', { name: 'Share with the program' }, { timeout: 5000 });
    await user.click(share);
    await waitFor(() => expect(share).toHaveAccessibleDescription(expect.stringContaining(DISK_FULL_TEXT)));
    expect(share).not.toBeChecked();
  });

  it('is not there while the hub is off', async () => {
    install();
    renderWorkshopApp(`/workshops/${wid.tuesday}`);
    await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
    await waitFor(() => expect(fake.callsTo('hub.status').length).toBeGreaterThan(0));
    expect(screen.queryByRole('switch', { name: 'Share with the program' })).not.toBeInTheDocument();
  });
});
