import { screen, waitFor, within } from '@testing-library/react';
import type { HubDecision, HubStatus } from '../../core/contract/hub';
import { i18n } from '../../renderer/i18n';
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

  it('says the time it went offline as Spanish writes it', async () => {
    install({
      status: inProgram({ sync: { kind: 'offline', since: '2027-03-08T22:40:00.000Z', sinceOn: '2027-03-08', sinceAt: '15:40', sinceToday: false } }),
    });
    fake.settings.preferences = { ...fake.settings.preferences, language: 'es' };
    try {
      renderApp('/today');
      expect(await screen.findByRole('link', { name: 'Hub del programa: Sin conexión desde el lun, 8 mar, 15:40' })).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
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

  it('follows main’s state within a few seconds on the same screen: up to date, then catching up when the hub stops answering, then offline', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      install({ status: inProgram() });
      renderApp('/today');
      await screen.findByRole('link', { name: 'Program hub: Up to date' });
      hub.state.status = inProgram({ sync: { kind: 'catching-up' } });
      vi.advanceTimersByTime(5_000);
      expect(await screen.findByRole('link', { name: 'Program hub: Catching up…' })).toBeInTheDocument();
      hub.state.status = inProgram({ sync: { kind: 'offline', since: '2027-03-16T22:40:00.000Z', sinceOn: '2027-03-16', sinceAt: '15:40', sinceToday: true } });
      vi.advanceTimersByTime(5_000);
      expect(await screen.findByRole('link', { name: 'Program hub: Offline since 3:40 PM' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
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

const meeting = { code: 'merge-meeting', params: { date: '2027-03-16', time: '16:00' } } as const;

/** A decision about one mark: this laptop's copy holds `mine` (the kept side unless `here` says otherwise). */
function decision(id: string, code: string, kept: string, other: string, extra: Partial<HubDecision> = {}): HubDecision {
  return {
    id,
    workshopId: wid.tuesday,
    workshopTitle: 'Tuesday group',
    label: { code: 'change-mark', params: { code, meeting } },
    kept: { revision: `3-${id}a`, value: { code: 'value-text', params: { text: kept } } },
    other: { revision: `3-${id}b`, value: { code: 'value-text', params: { text: other } } },
    newer: `3-${id}a`,
    here: 'kept',
    ...extra,
  };
}

describe('the decisions list', () => {
  beforeEach(() =>
    install({
      status: inProgram({ sync: { kind: 'needs-you', why: 'decisions' }, pendingDecisions: 3 }),
      decisions: [
        decision('d1', 'JH-26-014', 'Present', 'Absent (sick)', { newer: '3-d1b' }),
        decision('d2', 'JH-26-015', 'Present', 'Late', { here: 'other' }),
        decision('d3', 'JH-26-020', 'Excused', 'Absent', { workshopId: wid.thursday, workshopTitle: 'Thursday group', here: undefined }),
      ],
    }),
  );

  it('shows both sides of each decision in plain words, this laptop’s first, nothing chosen', async () => {
    renderApp('/program/decisions');
    const first = await screen.findByRole('group', { name: 'Mark of JH-26-014 at the meeting on March 16, 2027 at 4:00 PM' });
    expect(
      within(first)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['On this laptop: Present', 'From another laptop: Absent (sick) (newer)']);
    const second = screen.getByRole('group', { name: 'Mark of JH-26-015 at the meeting on March 16, 2027 at 4:00 PM' });
    expect(
      within(second)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['On this laptop: Late', 'From another laptop: Present (newer)']);
    // Neither side is this laptop's own copy: said as the workshop holds them.
    const third = screen.getByRole('group', { name: 'Mark of JH-26-020 at the meeting on March 16, 2027 at 4:00 PM' });
    expect(
      within(third)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Kept for now: Excused (newer)', 'The other version: Absent']);
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    expect(screen.getByRole('form', { name: 'Tuesday group' })).toBeInTheDocument();
  });

  it('is decided by keyboard, one workshop at a time; focus moves on, then to “nothing waiting”', async () => {
    const { user } = renderApp('/program/decisions');
    await screen.findByRole('form', { name: 'Tuesday group' });
    screen.getByRole('link', { name: 'Tuesday group' }).focus();
    // Saving with a decision not made says so at it, and sends nothing.
    await user.tab();
    await user.keyboard('{ArrowDown}'); // the first group: from this laptop's side to the other's
    expect(screen.getByRole('radio', { name: 'From another laptop: Absent (sick) (newer)' })).toBeChecked();
    await user.tab(); // the second group
    await user.tab(); // the Save button
    expect(screen.getByRole('button', { name: 'Save these 2 decisions' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const second = screen.getByRole('group', { name: 'Mark of JH-26-015 at the meeting on March 16, 2027 at 4:00 PM' });
    expect(second).toHaveAccessibleDescription('Choose which to keep.');
    expect(within(second).getByRole('radio', { name: 'On this laptop: Late' })).toHaveFocus();
    expect(fake.callsTo('hub.decide')).toEqual([]);

    await user.keyboard(' ');
    expect(within(second).getByRole('radio', { name: 'On this laptop: Late' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Saved the decisions for Tuesday group.')).toBeInTheDocument();
    expect(fake.callsTo('hub.decide')).toEqual([{ workshopId: wid.tuesday, choices: { d1: '3-d1b', d2: '3-d2b' } }]);
    expect(screen.queryByRole('form', { name: 'Tuesday group' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Kept for now: Excused (newer)' })).toHaveFocus());

    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Nothing is waiting for you: every change from the program is settled.')).toHaveFocus();
    expect(fake.callsTo('hub.decide')).toEqual([
      { workshopId: wid.tuesday, choices: { d1: '3-d1b', d2: '3-d2b' } },
      { workshopId: wid.thursday, choices: { d3: '3-d3a' } },
    ]);
  });

  it('words the meeting’s time as each language writes it: “4:00 PM” in English, “16:00” in Spanish', async () => {
    fake.settings.preferences = { ...fake.settings.preferences, language: 'es' };
    try {
      renderApp('/program/decisions');
      const first = await screen.findByRole('group', { name: 'Asistencia de JH-26-014 en la reunión del 16 de marzo de 2027 a las 16:00' });
      expect(
        within(first)
          .getAllByRole('radio')
          .map((radio) => radio.closest('label')?.textContent),
      ).toEqual(['En esta laptop: Present', 'De otra laptop: Absent (sick) (más reciente)']);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('says why when saving fails, and shows the list as it now is', async () => {
    const { user } = renderApp('/program/decisions');
    const form = await screen.findByRole('form', { name: 'Thursday group' });
    hub.state.decisions = hub.state.decisions.filter((each) => each.workshopId !== wid.thursday);
    await user.click(within(form).getByRole('radio', { name: 'The other version: Absent' }));
    await user.click(within(form).getByRole('button', { name: 'Save this decision' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Thursday group' })).not.toBeInTheDocument());
    expect(screen.getByRole('form', { name: 'Tuesday group' })).toBeInTheDocument();
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

  it('says when another laptop withdrew the workshop from the program, until it is shared again', async () => {
    install({ status: inProgram(), withdrawnOn: new Map([[wid.tuesday, '2027-03-15']]) });
    const { user } = renderWorkshopApp(`/workshops/${wid.tuesday}`);
    const share = await screen.findByRole('switch', { name: 'Share with the program' }, { timeout: 5000 });
    expect(share).not.toBeChecked();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Withdrawn from the program on Monday, March 15, 2027 by another laptop. This copy stays here, with every mark, and is no longer shared.',
    );
    await user.click(share);
    await waitFor(() => expect(share).toBeChecked());
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('is not there while the hub is off', async () => {
    install();
    renderWorkshopApp(`/workshops/${wid.tuesday}`);
    await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
    await waitFor(() => expect(fake.callsTo('hub.status').length).toBeGreaterThan(0));
    expect(screen.queryByRole('switch', { name: 'Share with the program' })).not.toBeInTheDocument();
  });
});
