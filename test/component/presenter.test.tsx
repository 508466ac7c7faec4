import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, within } from '@testing-library/react';
import { presenterChannelNames } from '../../core/contract/channels';
import type { MeetingRunView, PresenterState } from '../../core/contract/running';
import { defaultAbsenceReasons, defaultAttendanceStatuses } from '../../core/domain/attendance';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { registry, sampleWorkshop, wid } from './workshopFixtures';

const NOW = new Date('2027-03-02T23:40:00.000Z');

function presenterState(overrides: Partial<PresenterState> = {}): PresenterState {
  return {
    language: 'en',
    workshopTitle: 'Tuesday group',
    session: { number: 1, title: 'What friends do' },
    activityTitle: 'Friend map',
    prompt: 'What does a good friend do?',
    timer: { running: false, secondsLeft: 245 },
    agreements: ['One voice at a time', 'It is OK to pass'],
    resources: [{ name: 'Youth Crisis Line', contact: 'Text 555-0100', hours: '24 hours' }],
    paused: false,
    ...overrides,
  };
}

let state: PresenterState | null;
let fake: FakeFacilitator;

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, now: NOW });
  state = null;
  const workshop = sampleWorkshop();
  const meetingView: MeetingRunView = {
    workshop,
    meeting: workshop.meetings[0]!,
    today: '2027-03-02',
    roster: registry,
    marks: [],
    presence: [],
    followUps: [],
    statuses: defaultAttendanceStatuses,
    absenceReasons: defaultAbsenceReasons,
  };
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'presenter.state': () => state,
      // Present in the app, but never the presenter's business.
      'attendance.get': () => meetingView,
    },
  });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the presenter ask again (it asks every half second) and get its answer. */
async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

async function openPresenter() {
  const rendered = renderApp('/present');
  await screen.findByRole('main');
  await wait(0);
  return rendered;
}

describe('the presenter screen', () => {
  it('welcomes the room before a session sends anything, with no app navigation', async () => {
    await openPresenter();
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(document.title).toBe('Presenter – Facilitator');
  });

  it('shows the session, the current activity and its prompt, the timer, the agreements and the resources', async () => {
    state = presenterState();
    await openPresenter();
    expect(await screen.findByRole('heading', { level: 1, name: 'Friend map' })).toBeInTheDocument();
    expect(screen.getByText('Tuesday group')).toBeInTheDocument();
    expect(screen.getByText('Session 1: What friends do')).toBeInTheDocument();
    expect(screen.getByText('What does a good friend do?')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('04:05');
    const agreements = screen.getByRole('region', { name: 'Our agreements' });
    expect(
      within(agreements)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['One voice at a time', 'It is OK to pass']);
    expect(screen.getByRole('region', { name: 'If you need someone to talk to' })).toHaveTextContent('Youth Crisis Line · Text 555-0100 · 24 hours');
  });

  it('never breaks a hotline number over two lines, while the words around it may wrap', async () => {
    state = presenterState({ resources: [{ name: 'National Human Trafficking Hotline', contact: 'Call 1-888-373-7888 or text 233733', hours: '24/7' }] });
    await openPresenter();
    const resources = await screen.findByRole('region', { name: 'If you need someone to talk to' });
    expect(resources).toHaveTextContent('National Human Trafficking Hotline · Call 1-888-373-7888 or text 233733 · 24/7');
    const numbers = [...resources.querySelectorAll('.run-whole-number')];
    expect(numbers.map((number) => number.textContent)).toEqual(['1-888-373-7888', '233733']);
    // jsdom applies no style sheet: the rule is read from the one the presenter loads.
    const css = readFileSync(join(__dirname, '../../renderer/screens/run/run.css'), 'utf8');
    expect(css).toMatch(/\.run-whole-number\s*\{[^}]*white-space:\s*nowrap;/);
  });

  it('follows what the runner sends, asking every half second', async () => {
    await openPresenter();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();
    const asked = fake.callsTo('presenter.state').length;

    state = presenterState({ activityTitle: 'Check-in', prompt: undefined, timer: { running: false, secondsLeft: 600 } });
    await wait(500);
    expect(fake.callsTo('presenter.state').length - asked).toBeGreaterThanOrEqual(1);
    expect(fake.callsTo('presenter.state').length - asked).toBeLessThanOrEqual(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Check-in' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('10:00');

    state = presenterState({ activityTitle: undefined, prompt: undefined, timer: undefined });
    await wait(500);
    expect(screen.getByRole('heading', { level: 1, name: 'Session 1: What friends do' })).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('counts a running timer down from the instant it ends', async () => {
    state = presenterState({ timer: { running: true, endsAt: new Date(NOW.getTime() + 90_000).toISOString() } });
    await openPresenter();
    expect(await screen.findByRole('timer')).toHaveTextContent('01:30');
    await wait(30_000);
    expect(screen.getByRole('timer')).toHaveTextContent('01:00');
    await wait(59_000);
    expect(screen.getByRole('timer')).toHaveTextContent('00:01');
    await wait(5_000);
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
  });

  it('shows a calm screen while the session is paused, with the resources and nothing of the activity', async () => {
    state = presenterState({ paused: true });
    await openPresenter();
    expect(await screen.findByRole('heading', { level: 1, name: 'Let’s take a pause' })).toBeInTheDocument();
    expect(screen.getByText('Breathe slowly. You don’t have to say anything.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'If you need someone to talk to' })).toHaveTextContent('Youth Crisis Line');
    expect(screen.queryByText('Friend map')).not.toBeInTheDocument();
    expect(screen.queryByText('What does a good friend do?')).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('keeps showing the last screen when the app does not answer', async () => {
    state = presenterState();
    await openPresenter();
    expect(await screen.findByRole('heading', { level: 1, name: 'Friend map' })).toBeInTheDocument();
    fake.failNext('presenter.state', { code: 'internal', reason: { code: 'unexpected' } });
    await wait(500);
    expect(screen.getByRole('heading', { level: 1, name: 'Friend map' })).toBeInTheDocument();
    expect(screen.queryByText(/went wrong/)).not.toBeInTheDocument();
  });

  it('never shows participant codes, even when an answer carries more than a PresenterState', async () => {
    // A roster exists in the app, and a careless answer carries one: the screen shows only its own fields.
    state = {
      ...presenterState(),
      roster: registry,
      marks: [{ participantId: wid.alicia, statusId: 'present' }],
      notes: 'JH-26-014 told us…',
    } as PresenterState;
    await openPresenter();
    expect(await screen.findByRole('heading', { level: 1, name: 'Friend map' })).toBeInTheDocument();
    await wait(1_000);
    for (const participant of registry) {
      expect(document.body).not.toHaveTextContent(participant.code);
      if (participant.initials) expect(screen.queryByText(new RegExp(`\\b${participant.initials}\\b`))).not.toBeInTheDocument();
    }
    expect(document.body).not.toHaveTextContent('told us');
    expect(fake.callsTo('attendance.get')).toEqual([]);
    // Only what the projector window's own bridge offers: anything else would be refused there.
    expect(fake.calls.map((call) => call.channel).filter((channel) => !(presenterChannelNames as readonly string[]).includes(channel))).toEqual([]);
  });
});
