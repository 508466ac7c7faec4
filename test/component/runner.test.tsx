import { randomUUID } from 'node:crypto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingRunView, PresenterState } from '../../core/contract/running';
import { defaultAbsenceReasons, defaultAttendanceStatuses } from '../../core/domain/attendance';
import { useIdleLockHeld } from '../../renderer/app/idleLockHold';
import { DISK_FULL, DISK_FULL_TEXT, installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { registry, sampleWorkshop, wid } from './workshopFixtures';

// The attendance panel is another part's work: here it only shows what the runner gives it.
vi.mock('../../renderer/screens/run/AttendancePanel', () => import('./attendancePanelStub'));

// 15:32 and 16:20 in Los Angeles on 2027-03-02.
const STARTED = '2027-03-02T23:32:00.000Z';
const ENDED = '2027-03-03T00:20:00.000Z';

const workshop = sampleWorkshop();
const firstMeeting = workshop.meetings.find((meeting) => meeting.id === wid.m1)!;
const doubleMeeting = workshop.meetings.find((meeting) => meeting.id === wid.m4)!;
const cancelledMeeting = workshop.meetings.find((meeting) => meeting.id === wid.m2)!;

function runView(overrides: Partial<MeetingRunView> = {}): MeetingRunView {
  const { id, title, timeZone, site, facilitators, module, agreements } = workshop;
  return {
    workshop: { id, title, timeZone, site, facilitators, module, agreements },
    meeting: firstMeeting,
    today: '2027-03-02',
    roster: registry.filter((participant) => participant.id === wid.alicia || participant.id === wid.carlos),
    marks: [],
    presence: [],
    followUps: [],
    statuses: defaultAttendanceStatuses,
    absenceReasons: defaultAbsenceReasons,
    ...overrides,
  };
}

const started = (view: MeetingRunView): MeetingRunView => ({ ...view, run: { meetingId: view.meeting.id, startedAt: STARTED, fidelity: [], notes: '' } });

let view: MeetingRunView;
let fake: FakeFacilitator;

/** A fake app that keeps the meeting's state like the real services do. */
function install(initial: MeetingRunView, settings = sampleSettings()) {
  view = initial;
  const presenterState: PresenterState = { language: 'en', workshopTitle: 'Tuesday group', agreements: [], resources: [], paused: false };
  fake = installFakeFacilitator({
    settings,
    planning: {
      'attendance.get': () => view,
      'run.start': ({ moveToToday }) => (view = started(moveToToday ? { ...view, meeting: { ...view.meeting, date: view.today } } : view)),
      'run.recordHeld': () => (view = { ...view, run: { meetingId: view.meeting.id, startedAt: STARTED, endedAt: ENDED, fidelity: [], notes: '' } }),
      'run.end': () => (view = { ...view, run: { ...view.run!, endedAt: ENDED } }),
      'run.fidelity': ({ sessionId, activityId, outcome, note }) => {
        const fidelity = [
          ...view.run!.fidelity.filter((entry) => entry.activityId !== activityId || entry.sessionId !== sessionId),
          { sessionId, activityId, outcome, note },
        ];
        return (view = { ...view, run: { ...view.run!, fidelity } });
      },
      'run.notes': ({ notes }) => (view = { ...view, run: { ...view.run!, notes } }),
      'workshops.setAgreements': ({ agreements }) => agreements,
      'followUps.add': ({ participantId, kind, meetingId }) =>
        (view = { ...view, followUps: [...view.followUps, { id: randomUUID(), participantId, meetingId, kind, neededAt: '2027-03-02T23:45:00.000Z' }] }),
      'followUps.setDone': ({ followUpId, done }) =>
        (view.followUps = view.followUps.map((followUp) => {
          if (followUp.id !== followUpId) return followUp;
          const { doneAt: _doneAt, ...rest } = followUp;
          return done ? { ...rest, doneAt: '2027-03-03T00:10:00.000Z' } : rest;
        })),
      'presenter.open': () => ({ opened: true }),
      'presenter.show': () => presenterState,
    },
  });
}

async function openRunner(meetingId = view.meeting.id) {
  const rendered = renderApp(`/workshops/${wid.tuesday}/meetings/${meetingId}`);
  await screen.findByRole('heading', { level: 1, name: /^Tuesday group: / });
  return rendered;
}

/** Shows whether anything holds the idle lock (LockControl starts no idle timer then). */
function IdleLockProbe() {
  return <p>{useIdleLockHeld() ? 'idle lock held' : 'idle lock free'}</p>;
}

const lastShown = () => fake.callsTo('presenter.show').at(-1);
const currentStep = () => document.querySelector<HTMLElement>('[aria-current="step"]')!;
const controls = () => screen.getByRole('group', { name: 'Session controls' });

describe('the session runner', () => {
  it('shows the meeting, attendance and the run of show, and starts the session', async () => {
    install(runView());
    const { user } = await openRunner();
    expect(screen.getByRole('heading', { level: 1, name: 'Tuesday group: Tue, Mar 2' })).toBeInTheDocument();
    expect(screen.getByText('Site', { selector: 'dt' }).nextElementSibling).toHaveTextContent('North High School');
    expect(screen.getByText('Facilitators', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Ana Reyes (Lead)');
    expect(screen.getByText('Sessions', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Session 1: What friends do');
    expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Not started yet');
    expect(within(screen.getByRole('region', { name: 'Attendance' })).getByText('Attendance for 2 people')).toBeInTheDocument();

    const steps = within(screen.getByRole('region', { name: 'Run of show' })).getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('h4')?.textContent)).toEqual(['NowCheck-in · Check-in', 'Friend map · Activity', 'Closing · Closing']);
    expect(steps[1]).toHaveTextContent('3:40 PM0:10–0:3525 min');
    expect(currentStep()).toBe(steps[0]);
    expect(currentStep()).toHaveTextContent('Start the session to use the timer');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    // Nothing goes to the projector from a meeting that is not being run.
    expect(fake.callsTo('presenter.show')).toEqual([]);

    await user.click(within(controls()).getByRole('button', { name: 'Start session' }));
    await waitFor(() => expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Running since 3:32 PM'));
    expect(fake.callsTo('run.start')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m1 }]);
    expect(within(controls()).queryByRole('button', { name: 'Start session' })).not.toBeInTheDocument();
    expect(within(currentStep()).getByRole('timer')).toHaveTextContent('10:00');
    expect(screen.getByText('Attendance for 2 people, during Check-in (what-friends-do/check-in)')).toBeInTheDocument();
    expect(currentStep().querySelector('h4')).toHaveFocus();
    await waitFor(() =>
      expect(lastShown()).toEqual({
        workshopId: wid.tuesday,
        meetingId: wid.m1,
        sessionId: 'what-friends-do',
        activityId: 'check-in',
        timer: { running: false, secondsLeft: 600 },
        paused: false,
      }),
    );

    await user.click(within(controls()).getByRole('button', { name: 'Open presenter view' }));
    expect(fake.callsTo('presenter.open')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m1 }]);
    expect(await screen.findByText('The presenter view is open in its own window.')).toHaveAttribute('role', 'status');
  });

  it('moves through the activities with Next and Previous, telling the presenter each time', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    await waitFor(() => expect(lastShown()).toMatchObject({ activityId: 'check-in' }));

    await user.click(within(currentStep()).getByRole('button', { name: 'Next activity' }));
    expect(currentStep()).toHaveAccessibleName('Now Friend map · Activity');
    expect(currentStep().querySelector('h4')).toHaveFocus();
    expect(within(currentStep()).getByText('In pairs, list what a good friend does.')).toBeInTheDocument();
    expect(within(currentStep()).getByText('What does a good friend do?')).toBeInTheDocument();
    expect(within(currentStep()).getByRole('timer')).toHaveTextContent('25:00');
    await waitFor(() =>
      expect(lastShown()).toEqual({
        workshopId: wid.tuesday,
        meetingId: wid.m1,
        sessionId: 'what-friends-do',
        activityId: 'friend-map',
        timer: { running: false, secondsLeft: 1500 },
        paused: false,
      }),
    );

    await user.click(within(currentStep()).getByRole('button', { name: 'Next activity' }));
    expect(currentStep()).toHaveAccessibleName('Now Closing · Closing');
    expect(within(currentStep()).getByRole('button', { name: 'Next activity' })).toBeDisabled();
    await user.click(within(currentStep()).getByRole('button', { name: 'Previous activity' }));
    await user.click(within(currentStep()).getByRole('button', { name: 'Previous activity' }));
    expect(currentStep()).toHaveAccessibleName('Now Check-in · Check-in');
    expect(within(currentStep()).getByRole('button', { name: 'Previous activity' })).toBeDisabled();
    await waitFor(() => expect(lastShown()).toMatchObject({ activityId: 'check-in' }));
  });

  describe('the timer', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('counts down from the activity’s minutes, with Start, Pause, +1, +5 and Reset, and says once when time is up', async () => {
      install(started(runView()));
      vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2027-03-02T23:40:00.000Z') });
      await openRunner();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const timer = () => within(currentStep()).getByRole('timer');
      const button = (name: string) => within(currentStep()).getByRole('button', { name });
      const status = () => within(currentStep()).getByText((_, element) => element?.classList.contains('run-timer-status') ?? false);

      expect(timer()).toHaveTextContent('10:00');
      await user.click(button('Start'));
      await waitFor(() => expect(lastShown()).toMatchObject({ activityId: 'check-in', timer: { running: true } }));
      const endsAt = (lastShown() as { timer: { endsAt: string } }).timer.endsAt;
      expect(Date.parse(endsAt) - Date.now()).toBeGreaterThan(599_000);

      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(timer()).toHaveTextContent('09:00');
      await user.click(button('Pause'));
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      expect(timer()).toHaveTextContent('09:00');
      await waitFor(() => expect(lastShown()).toMatchObject({ timer: { running: false, secondsLeft: 540 } }));

      await user.click(button('+1 min'));
      expect(timer()).toHaveTextContent('10:00');
      await user.click(button('+5 min'));
      expect(timer()).toHaveTextContent('15:00');
      await user.click(button('Reset'));
      expect(timer()).toHaveTextContent('10:00');
      expect(button('Start')).toBeInTheDocument();

      await user.click(button('Start'));
      await act(() => vi.advanceTimersByTimeAsync(9 * 60_000));
      await user.click(button('+1 min'));
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(timer()).toHaveTextContent('01:00');
      expect(status()).toBeEmptyDOMElement();
      await act(() => vi.advanceTimersByTimeAsync(61_000));
      expect(timer()).toHaveTextContent('00:00');
      expect(status()).toHaveAttribute('role', 'status');
      expect(status()).toHaveTextContent('Time is up');
      // Stopped at zero: the presenter shows 00:00, and the announcement is made once.
      await waitFor(() => expect(lastShown()).toMatchObject({ timer: { running: false, secondsLeft: 0 } }));
      await act(() => vi.advanceTimersByTimeAsync(5_000));
      expect(status()).toHaveTextContent('Time is up');
      expect(button('Resume')).toHaveAttribute('aria-disabled', 'true');

      // Moving on starts the next activity's timer afresh.
      await user.click(button('Next activity'));
      expect(timer()).toHaveTextContent('25:00');
      expect(status()).toBeEmptyDOMElement();
    });
  });

  describe('when an activity’s time is up', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('moves on and starts the next activity’s timer by itself when Settings say so', async () => {
      const settings = sampleSettings();
      settings.preferences = { ...settings.preferences, autoStartNextActivity: true };
      install(started(runView()), settings);
      vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2027-03-02T23:40:00.000Z') });
      await openRunner();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      expect(screen.getByRole('checkbox', { name: 'Start the next activity’s timer when one ends' })).toBeChecked();
      await user.click(within(currentStep()).getByRole('button', { name: 'Start' }));
      await act(() => vi.advanceTimersByTimeAsync(10 * 60_000 + 1_000));
      expect(currentStep().querySelector('h4')).toHaveTextContent('Friend map');
      expect(currentStep().querySelector('h4')).toHaveFocus();
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(within(currentStep()).getByRole('timer')).toHaveTextContent(/^24:0\d$/);
      expect(within(currentStep()).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    });

    it('stops and says so when the setting is off, and the setting is saved when ticked', async () => {
      install(started(runView()));
      vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2027-03-02T23:40:00.000Z') });
      await openRunner();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(within(currentStep()).getByRole('button', { name: 'Start' }));
      await act(() => vi.advanceTimersByTimeAsync(10 * 60_000 + 1_000));
      expect(currentStep().querySelector('h4')).toHaveTextContent('Check-in');
      expect(within(currentStep()).getByText('Time is up')).toBeInTheDocument();

      await user.click(screen.getByRole('checkbox', { name: 'Start the next activity’s timer when one ends' }));
      await waitFor(() => expect(fake.callsTo('settings.setPreferences')).toEqual([{ autoStartNextActivity: true }]));
      expect(screen.getByRole('checkbox', { name: 'Start the next activity’s timer when one ends' })).toBeChecked();
    });
  });

  it('shows an activity’s content notice first, and its instructions only after Continue', async () => {
    install(started(runView({ meeting: doubleMeeting })));
    const { user } = await openRunner();
    const next = () => user.click(within(currentStep()).getByRole('button', { name: 'Next activity' }));
    for (let step = 0; step < 4; step += 1) await next();

    expect(currentStep()).toHaveAccessibleName('Now Scenarios · Discussion');
    expect(within(currentStep()).getByText('Content notice: read this to the group first')).toBeInTheDocument();
    expect(within(currentStep()).getByText('The scenarios describe a friend being pressured.')).toBeInTheDocument();
    expect(within(currentStep()).queryByText('Read two short scenarios and talk about what a friend could do.')).not.toBeInTheDocument();
    expect(within(currentStep()).queryByRole('timer')).not.toBeInTheDocument();
    // The room does not see the activity before the notice was read out.
    await waitFor(() => expect(lastShown()).toEqual({ workshopId: wid.tuesday, meetingId: wid.m4, paused: false }));

    await user.click(within(currentStep()).getByRole('button', { name: 'Continue to the activity' }));
    expect(within(currentStep()).getByText('Read two short scenarios and talk about what a friend could do.')).toBeInTheDocument();
    expect(within(currentStep()).getByRole('timer')).toHaveTextContent('25:00');
    expect(within(currentStep()).queryByText('The scenarios describe a friend being pressured.')).not.toBeInTheDocument();
    await waitFor(() => expect(lastShown()).toMatchObject({ activityId: 'scenarios', timer: { running: false, secondsLeft: 1500 } }));

    // Once read, going back and forth does not ask again.
    await user.click(within(currentStep()).getByRole('button', { name: 'Previous activity' }));
    await next();
    expect(within(currentStep()).queryByRole('button', { name: 'Continue to the activity' })).not.toBeInTheDocument();
  });

  it('records how each activity went: a note for adapted, a reason for skipped', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    const step = (name: RegExp) =>
      screen.getAllByRole('listitem').find((item) => item.classList.contains('run-step') && name.test(item.querySelector('h4')?.textContent ?? ''))!;

    const friendMap = step(/Friend map/);
    expect(friendMap).not.toHaveTextContent('How it went');
    await user.click(within(friendMap).getByRole('button', { name: 'How did it go?' }));
    const form = within(friendMap).getByRole('form', { name: 'How did “Friend map” go?' });
    await user.click(within(form).getByRole('radio', { name: 'Adapted' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByText('What did you change? is required.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/What did you change/)).toHaveFocus();
    expect(fake.callsTo('run.fidelity')).toEqual([]);

    await user.type(within(form).getByLabelText(/What did you change/), 'Did it as a whole group');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(step(/Friend map/)).toHaveTextContent('How it went: Adapted: Did it as a whole group'));
    expect(fake.callsTo('run.fidelity')).toEqual([
      {
        workshopId: wid.tuesday,
        meetingId: wid.m1,
        sessionId: 'what-friends-do',
        activityId: 'friend-map',
        outcome: 'adapted',
        note: 'Did it as a whole group',
      },
    ]);
    expect(within(step(/Friend map/)).getByRole('button', { name: 'Change how it went' })).toHaveFocus();

    const closing = step(/Closing/);
    await user.click(within(closing).getByRole('button', { name: 'How did it go?' }));
    await user.click(within(closing).getByRole('radio', { name: 'Skipped' }));
    await user.click(within(closing).getByRole('button', { name: 'Save' }));
    expect(within(closing).getByText('Why was it skipped? is required.')).toBeInTheDocument();
    await user.type(within(closing).getByLabelText(/Why was it skipped/), 'Lockdown called early');
    await user.click(within(closing).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(step(/Closing/)).toHaveTextContent('Skipped: Lockdown called early'));

    const checkIn = step(/Check-in/);
    await user.click(within(checkIn).getByRole('button', { name: 'How did it go?' }));
    await user.click(within(checkIn).getByRole('radio', { name: 'As planned' }));
    expect(within(checkIn).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(checkIn).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(step(/Check-in/)).toHaveTextContent('How it went: As planned'));
    expect(fake.callsTo('run.fidelity').at(-1)).toMatchObject({ activityId: 'check-in', outcome: 'as-planned', note: '' });
  });

  it('invites writing the group agreements in the first meeting, and saves them one per line', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    const agreements = screen.getByRole('region', { name: 'Group agreements' });
    expect(agreements).toHaveTextContent('This is the group’s first meeting: write the agreements together');

    await user.click(within(agreements).getByRole('button', { name: 'Write the agreements' }));
    const field = within(agreements).getByLabelText('Agreements, one per line');
    expect(field).toHaveFocus();
    await user.type(field, '  One voice at a time {Enter}{Enter}It is OK to pass{Enter}');
    const before = fake.callsTo('presenter.show').length;
    await user.click(within(agreements).getByRole('button', { name: 'Save the agreements' }));

    await waitFor(() =>
      expect(
        within(agreements)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['One voice at a time', 'It is OK to pass']),
    );
    expect(fake.callsTo('workshops.setAgreements')).toEqual([{ workshopId: wid.tuesday, agreements: ['One voice at a time', 'It is OK to pass'] }]);
    expect(within(agreements).getByRole('button', { name: 'Edit the agreements' })).toHaveFocus();
    // The projector reads the agreements again.
    await waitFor(() => expect(fake.callsTo('presenter.show').length).toBeGreaterThan(before));

    await user.click(within(agreements).getByRole('button', { name: 'Edit the agreements' }));
    expect(within(agreements).getByLabelText('Agreements, one per line')).toHaveValue('One voice at a time\nIt is OK to pass');
    await user.keyboard('{Escape}');
    expect(within(agreements).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('says there are no agreements yet in a later meeting, without the first-meeting invitation', async () => {
    install(runView({ meeting: doubleMeeting }));
    await openRunner();
    const agreements = screen.getByRole('region', { name: 'Group agreements' });
    expect(agreements).toHaveTextContent('No group agreements yet.');
    expect(agreements).not.toHaveTextContent('first meeting');
  });

  it('opens the pause panel, which tells the presenter to show a calm screen and pauses the timer', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    await user.click(within(currentStep()).getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(lastShown()).toMatchObject({ timer: { running: true }, paused: false }));

    await user.click(within(controls()).getByRole('button', { name: 'Pause' }));
    const panel = screen.getByRole('region', { name: 'Pause' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Pause' })).toHaveFocus();
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThanOrEqual(6);
    expect(panel).toHaveTextContent('Feet flat on the floor');
    expect(panel).toHaveTextContent('no one has to talk');
    expect(within(panel).getByRole('region', { name: 'Local resources' })).toHaveTextContent('Youth Crisis Line · Text 555-0100 · 24 hours');
    await waitFor(() => expect(lastShown()).toMatchObject({ activityId: 'check-in', timer: { running: false }, paused: true }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Pause' })).not.toBeInTheDocument();
    expect(within(controls()).getByRole('button', { name: 'Pause' })).toHaveFocus();
    await waitFor(() => expect(lastShown()).toMatchObject({ paused: false }));
  });

  it('records a follow-up from the disclosure panel, and never what was said', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    await user.click(within(controls()).getByRole('button', { name: 'Disclosure' }));
    const panel = screen.getByRole('region', { name: 'If a young person tells you about harm' });
    expect(panel).toHaveTextContent('they have been hurt or are being hurt, now or in the past');
    expect(panel).toHaveTextContent('A report is made even if they ask you not to.');
    expect(panel).toHaveTextContent('Do not promise to keep it secret.');
    expect(panel).toHaveTextContent('Do not probe: do not ask for details');
    expect(panel).toHaveTextContent('staff who were in the room may be mandated reporters too');
    expect(panel).toHaveTextContent('reported through its PREA (Prison Rape Elimination Act) procedure');
    expect(panel).toHaveTextContent('Follow your organisation’s reporting duty.');
    expect(panel).toHaveTextContent('If it involves a staff member or another adult in the room, report directly');
    expect(panel).toHaveTextContent('Tell your supervisor');
    expect(within(panel).getByRole('region', { name: 'Local resources' })).toHaveTextContent('Youth Crisis Line');
    expect(panel).toHaveTextContent('Facilitator records only that a follow-up is needed and when it was done. It never records what was said.');
    expect(within(panel).queryByRole('textbox')).not.toBeInTheDocument();
    expect(panel).toHaveTextContent('No follow-ups recorded for this meeting.');

    const form = within(panel).getByRole('form', { name: 'Record a follow-up' });
    await user.click(within(form).getByRole('button', { name: 'Record the follow-up' }));
    expect(within(form).getByText('Choose the participant the follow-up is for.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Participant/)).toHaveFocus();

    expect(
      within(form)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a participant', 'JH-26-014 (AB)', 'JH-26-015 (CD)']);
    await user.selectOptions(within(form).getByLabelText(/Participant/), 'JH-26-014 (AB)');
    await user.click(within(form).getByRole('radio', { name: 'Referral' }));
    await user.click(within(form).getByRole('button', { name: 'Record the follow-up' }));
    await waitFor(() =>
      expect(fake.callsTo('followUps.add')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m1, participantId: wid.alicia, kind: 'referral' }]),
    );
    expect(await within(panel).findByText('JH-26-014 (AB): Referral')).toBeInTheDocument();
    expect(panel).toHaveTextContent('needed since 3:45 PM');

    await user.click(within(panel).getByRole('checkbox', { name: 'Done: JH-26-014 (AB), Referral' }));
    await waitFor(() => expect(within(panel).getByRole('checkbox', { name: 'Done: JH-26-014 (AB), Referral' })).toBeChecked());
    expect(fake.callsTo('followUps.setDone')).toEqual([{ workshopId: wid.tuesday, followUpId: view.followUps[0]!.id, done: true }]);
    expect(panel).toHaveTextContent('done at 4:10 PM');

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(within(controls()).getByRole('button', { name: 'Disclosure' })).toHaveFocus();
  });

  it('saves the session notes when the field is left and with Save, with a hint about what not to write', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    const notes = screen.getByRole('region', { name: 'Session notes' });
    const field = within(notes).getByLabelText('How the session went');
    expect(field).toHaveAccessibleDescription(/Never write what a young person said or disclosed/);

    await user.type(field, 'Quiet group; the friend map worked well.');
    expect(fake.callsTo('run.notes')).toEqual([]);
    await user.tab();
    await waitFor(() => expect(within(notes).getByRole('status')).toHaveTextContent('Saved'));
    expect(fake.callsTo('run.notes')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m1, notes: 'Quiet group; the friend map worked well.' }]);

    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    expect(fake.callsTo('run.notes')).toHaveLength(1);
    await user.type(field, ' Two left early.');
    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    await waitFor(() => expect(fake.callsTo('run.notes')).toHaveLength(2));
    expect(fake.callsTo('run.notes').at(-1)).toMatchObject({ notes: 'Quiet group; the friend map worked well. Two left early.' });
  });

  it('keeps what was typed and says why when notes are not saved', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    fake.failNext('run.notes', DISK_FULL);
    const notes = screen.getByRole('region', { name: 'Session notes' });
    await user.type(within(notes).getByLabelText('How the session went'), 'Went well');
    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    expect(await within(notes).findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
    expect(within(notes).getByLabelText('How the session went')).toHaveValue('Went well');
  });

  it('ends the session after a confirmation, and then shows the meeting as held', async () => {
    install(started(runView()));
    const { user } = await openRunner();
    await user.click(within(controls()).getByRole('button', { name: 'End session' }));
    expect(screen.getByText('End the session now?')).toBeInTheDocument();
    expect(screen.getByText(/recorded as held, from 3:32 PM until now/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, end the session' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Not yet' }));
    expect(screen.queryByText('End the session now?')).not.toBeInTheDocument();
    expect(within(controls()).getByRole('button', { name: 'End session' })).toHaveFocus();
    expect(fake.callsTo('run.end')).toEqual([]);

    await user.click(within(controls()).getByRole('button', { name: 'End session' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end the session' }));
    await waitFor(() => expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Held, 3:32 – 4:20 PM'));
    expect(fake.callsTo('run.end')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m1 }]);
    expect(within(controls()).queryByRole('button', { name: 'End session' })).not.toBeInTheDocument();
    expect(within(controls()).queryByRole('button', { name: 'Start session' })).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    // The projector stops showing the activity; how it went and notes can still be recorded.
    await waitFor(() => expect(lastShown()).toEqual({ workshopId: wid.tuesday, meetingId: wid.m1, paused: false }));
    expect(screen.getAllByRole('button', { name: 'How did it go?' })).toHaveLength(3);
    expect(screen.getByLabelText('How the session went')).toBeInTheDocument();
  });

  it('holds the idle lock while the session runs, and lets it go when the session ends', async () => {
    install(runView());
    const { user } = await openRunner();
    const probe = render(<IdleLockProbe />);
    expect(probe.container).toHaveTextContent('idle lock free');
    await user.click(within(controls()).getByRole('button', { name: 'Start session' }));
    await waitFor(() => expect(probe.container).toHaveTextContent('idle lock held'));
    await user.click(within(controls()).getByRole('button', { name: 'End session' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end the session' }));
    await waitFor(() => expect(probe.container).toHaveTextContent('idle lock free'));
  });

  it('says when the session cannot be started, and stays as it was', async () => {
    install(runView());
    fake.failNext('run.start', DISK_FULL);
    const { user } = await openRunner();
    await user.click(within(controls()).getByRole('button', { name: 'Start session' }));
    expect(await screen.findByText(`That did not work. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
    expect(within(controls()).getByRole('button', { name: 'Start session' })).toBeInTheDocument();
  });

  describe('a meeting planned for another day', () => {
    it('asks before starting one planned for later, and never offers to record it as held', async () => {
      install(runView({ today: '2027-02-23' }));
      const { user } = await openRunner();
      await user.click(within(controls()).getByRole('button', { name: 'Start session' }));
      expect(screen.getByText(/planned for Tuesday, March 2, 2027, not today/)).toBeInTheDocument();
      expect(screen.getByText(/cannot be recorded as held before its day/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Move it to today and start' })).toHaveFocus();
      expect(screen.queryByRole('button', { name: /Record it as held/ })).not.toBeInTheDocument();
      expect(fake.callsTo('run.start')).toEqual([]);

      await user.click(screen.getByRole('button', { name: 'Cancel, leave it as planned' }));
      expect(screen.queryByText(/not today/)).not.toBeInTheDocument();
      expect(within(controls()).getByRole('button', { name: 'Start session' })).toHaveFocus();
      expect(fake.callsTo('run.start')).toEqual([]);

      await user.click(within(controls()).getByRole('button', { name: 'Start session' }));
      await user.click(screen.getByRole('button', { name: 'Move it to today and start' }));
      await waitFor(() => expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Running since 3:32 PM'));
      expect(fake.callsTo('run.start')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m1, moveToToday: true }]);
    });

    it('records a past meeting as held on its date, with the times typed in', async () => {
      install(runView({ today: '2027-03-04' }));
      const { user } = await openRunner();
      await user.click(within(controls()).getByRole('button', { name: 'Start session' }));
      expect(screen.getByText(/planned for Tuesday, March 2, 2027, not today/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Record it as held on Tuesday, March 2, 2027' }));
      const form = screen.getByRole('form', { name: 'Record the meeting as held on Tuesday, March 2, 2027' });
      expect(within(form).getByLabelText('It started at')).toHaveValue(firstMeeting.startTime);
      await user.clear(within(form).getByLabelText('It ended at'));
      await user.type(within(form).getByLabelText('It ended at'), '15:00');
      await user.clear(within(form).getByLabelText('It started at'));
      await user.type(within(form).getByLabelText('It started at'), '15:32');
      await user.click(within(form).getByRole('button', { name: 'Record as held on Tuesday, March 2, 2027' }));
      expect(within(form).getByText('The end time must be after the start time.')).toBeInTheDocument();
      expect(fake.callsTo('run.recordHeld')).toEqual([]);

      await user.clear(within(form).getByLabelText('It ended at'));
      await user.type(within(form).getByLabelText('It ended at'), '16:20');
      await user.click(within(form).getByRole('button', { name: 'Record as held on Tuesday, March 2, 2027' }));
      await waitFor(() => expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Held, 3:32 – 4:20 PM'));
      expect(fake.callsTo('run.recordHeld')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m1, startTime: '15:32', endTime: '16:20' }]);
      expect(fake.callsTo('run.start')).toEqual([]);
    });
  });

  it('says when a meeting was cancelled, and shows no runner', async () => {
    install(runView({ meeting: cancelledMeeting }));
    await openRunner();
    expect(screen.getByText('This meeting was cancelled: Lockdown.')).toBeInTheDocument();
    expect(screen.getByText(/Unit on lockdown/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Session controls' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Attendance' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Run of show' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the workshop “Tuesday group”' })).toHaveAttribute('href', `/workshops/${wid.tuesday}`);
  });

  it('shows an archived workshop’s meeting read-only', async () => {
    const held = started(runView());
    install({
      ...held,
      workshop: { ...held.workshop, archivedAt: '2027-06-01T12:00:00.000Z', agreements: ['Respect'] },
      run: { ...held.run!, endedAt: ENDED, notes: 'Went well' },
    });
    await openRunner();
    expect(screen.getByText('This workshop is archived: this meeting is read-only.')).toBeInTheDocument();
    expect(within(controls()).queryByRole('button', { name: /Start session|End session|Open presenter view/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /agreements/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'How did it go?' })).not.toBeInTheDocument();
    expect(screen.getAllByText('How it went:')).toHaveLength(3);
    expect(screen.getAllByText('Not recorded')).toHaveLength(3);
    expect(screen.getByLabelText('How the session went')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save notes' })).not.toBeInTheDocument();
    expect(fake.callsTo('presenter.show')).toEqual([]);
  });

  it('says so when the meeting is not in the workshop', async () => {
    install(runView());
    fake.failNext('attendance.get', { code: 'not-found', reason: { code: 'meeting-missing' } });
    renderApp(`/workshops/${wid.tuesday}/meetings/${wid.m3}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This meeting is not in your records' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That meeting is no longer in this workshop.');
    expect(screen.getByRole('link', { name: 'Back to the workshop' })).toHaveAttribute('href', `/workshops/${wid.tuesday}`);
  });
});

describe('handouts and catch-ups in the runner', () => {
  const secondSession = workshop.module.sessions[1]!;
  const catchUp = { ...firstMeeting, kind: 'catch-up' as const, sessionIds: [secondSession.id], participantIds: [wid.alicia] };

  it('shows a catch-up meeting’s key points, and puts a youth handout on the presenter only while running', async () => {
    install(runView({ meeting: catchUp }));
    const { user } = await openRunner();
    expect(screen.getByRole('region', { name: 'One-to-one catch-up' })).toHaveTextContent('Pressure from a friend is not your fault.Name one trusted adult.');

    const handouts = screen.getByRole('region', { name: 'Handouts' });
    expect(within(handouts).queryByRole('button', { name: /Scenario cards/ })).not.toBeInTheDocument();
    const show = within(handouts).getByRole('button', { name: 'Show “My Trusted Adults” on the presenter' });
    expect(show).toBeDisabled();

    await user.click(within(controls()).getByRole('button', { name: 'Start session' }));
    await user.click(within(handouts).getByRole('button', { name: 'Show “My Trusted Adults” on the presenter' }));
    await waitFor(() => expect(lastShown()).toMatchObject({ meetingId: catchUp.id, handoutId: 'trusted-adults' }));
    await user.click(within(handouts).getByRole('button', { name: 'Stop showing “My Trusted Adults”' }));
    await waitFor(() => expect(lastShown()).not.toHaveProperty('handoutId'));
  });

  it('has neither for a planned meeting of a session without handouts', async () => {
    install(runView());
    await openRunner();
    expect(screen.queryByRole('region', { name: 'Handouts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'One-to-one catch-up' })).not.toBeInTheDocument();
  });
});
