import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WorkshopView } from '../../core/contract/planning';
import type { Meeting } from '../../core/domain/workshop';
import { formatLongDate } from '../../renderer/format/dates';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderWorkshopApp, sampleView, wid } from './workshopFixtures';

let fake: FakeFacilitator;
let view: WorkshopView;

function changeMeeting(meetingId: string, change: (meeting: Meeting) => Meeting): WorkshopView {
  view = { ...view, workshop: { ...view.workshop, meetings: view.workshop.meetings.map((meeting) => (meeting.id === meetingId ? change(meeting) : meeting)) } };
  return view;
}

beforeEach(() => {
  view = sampleView();
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.get': () => view,
      'workshops.list': () => [],
      'meetings.move': ({ meetingId, date, startTime, minutes }) => changeMeeting(meetingId, (meeting) => ({ ...meeting, date, startTime, minutes })),
      'meetings.cancel': ({ meetingId, reason, note }) =>
        changeMeeting(meetingId, (meeting) => ({ ...meeting, cancellation: { reason, note, at: '2027-03-16T20:00:00.000Z' } })),
      'meetings.restore': ({ meetingId }) => changeMeeting(meetingId, ({ cancellation: _dropped, ...meeting }) => meeting),
      'meetings.setSessions': ({ meetingId, sessionIds }) => changeMeeting(meetingId, (meeting) => ({ ...meeting, sessionIds })),
      'meetings.add': ({ kind, date, startTime, minutes, sessionIds, participantIds }) => {
        const added: Meeting = {
          id: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7b99',
          kind,
          date,
          startTime,
          minutes,
          sessionIds,
          sequence: 0,
          ...(participantIds ? { participantIds } : {}),
        };
        view = { ...view, workshop: { ...view.workshop, meetings: [...view.workshop.meetings, added] } };
        return view;
      },
    },
  });
});

async function openWorkshop() {
  const rendered = renderWorkshopApp(`/workshops/${wid.tuesday}`);
  await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
  return rendered;
}

const meetingItem = (name: string | RegExp) => screen.getByRole('listitem', { name });
const schedule = () => screen.getByRole('region', { name: 'Schedule' });

describe('the schedule', () => {
  it('moves a meeting, and the later ones along the pattern when asked', async () => {
    const { user } = await openWorkshop();
    const item = meetingItem(/^Meeting 3 /);
    const move = within(item).getByRole('button', { name: 'Move…' });
    await user.click(move);
    const form = within(item).getByRole('form', { name: 'Move Meeting 3' });
    expect(within(form).getByLabelText('Date')).toHaveFocus();
    expect(within(form).getByLabelText('Date')).toHaveValue('2027-03-23');

    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2027-03-25' } });
    fireEvent.change(within(form).getByLabelText('Start time'), { target: { value: '14:00' } });
    await user.clear(within(form).getByLabelText('Length (minutes)'));
    await user.type(within(form).getByLabelText('Length (minutes)'), '60');
    await user.click(within(form).getByRole('checkbox', { name: 'Also move the later meetings along the weekly pattern' }));
    await user.click(within(form).getByRole('button', { name: 'Move the meeting' }));

    await waitFor(() =>
      expect(fake.callsTo('meetings.move')).toEqual([
        { workshopId: wid.tuesday, meetingId: wid.m4, date: '2027-03-25', startTime: '14:00', minutes: 60, shiftLater: true },
      ]),
    );
    const moved = await screen.findByRole('listitem', { name: `Meeting 3 ${formatLongDate('2027-03-25')}` });
    expect(within(moved).queryByRole('form')).not.toBeInTheDocument();
    expect(within(moved).getByRole('button', { name: 'Move…' })).toHaveFocus();
    expect(within(schedule()).getByText('Saved')).toBeInTheDocument();
  });

  it('keeps the move form and what was typed when the move fails', async () => {
    fake.failNext('meetings.move', {
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [{ path: 'minutes', rule: 'too-big', params: { maximum: 480 } }],
    });
    const { user } = await openWorkshop();
    const item = meetingItem(/^Meeting 3 /);
    await user.click(within(item).getByRole('button', { name: 'Move…' }));
    const form = within(item).getByRole('form', { name: 'Move Meeting 3' });
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2027-03-24' } });
    await user.clear(within(form).getByLabelText('Length (minutes)'));
    await user.type(within(form).getByLabelText('Length (minutes)'), '500');
    await user.click(within(form).getByRole('button', { name: 'Move the meeting' }));

    expect(await within(form).findByText('Length (minutes) must be at most 480.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Length (minutes)')).toHaveFocus();
    expect(within(form).getByLabelText('Date')).toHaveValue('2027-03-24');
    expect(within(schedule()).getByText('Not saved. Please check the message next to the field.')).toBeInTheDocument();
  });

  it('cancels a meeting with a reason and a note, and can restore it', async () => {
    const { user } = await openWorkshop();
    const item = meetingItem(/^Meeting 3 /);
    await user.click(within(item).getByRole('button', { name: 'Cancel…' }));
    const form = within(item).getByRole('form', { name: 'Cancel Meeting 3' });
    expect(within(form).getByText('About the meeting, not about a young person.')).toBeInTheDocument();

    // A reason is needed before anything is sent.
    await user.click(within(form).getByRole('button', { name: 'Cancel the meeting' }));
    expect(within(form).getByText('Choose why the meeting is cancelled.')).toBeInTheDocument();
    expect(fake.callsTo('meetings.cancel')).toEqual([]);

    await user.click(within(form).getByRole('radio', { name: 'Holiday' }));
    await user.type(within(form).getByLabelText(/Note/), 'Spring break');
    await user.click(within(form).getByRole('checkbox', { name: /Hand its sessions on to the later meetings/ }));
    await user.click(within(form).getByRole('button', { name: 'Cancel the meeting' }));

    const cancelled = await screen.findByRole('listitem', { name: `Cancelled meeting ${formatLongDate('2027-03-23')}` });
    expect(fake.callsTo('meetings.cancel')).toEqual([
      { workshopId: wid.tuesday, meetingId: wid.m4, reason: 'holiday', note: 'Spring break', moveSessionsLater: true },
    ]);
    expect(cancelled).toHaveClass('workshop-meeting--cancelled');
    expect(cancelled).toHaveTextContent('Cancelled: Holiday. Spring break');
    // The "Cancel…" button is gone: focus stays on the meeting.
    expect(within(cancelled).getByRole('heading')).toHaveFocus();

    await user.click(within(cancelled).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('listitem', { name: `Meeting 3 ${formatLongDate('2027-03-23')}` })).toBeInTheDocument();
    expect(fake.callsTo('meetings.restore')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m4 }]);
  });

  it('closes a form on Escape, sending nothing, and gives focus back to its button', async () => {
    const { user } = await openWorkshop();
    const item = meetingItem(/^Meeting 2 /);
    const cancel = within(item).getByRole('button', { name: 'Cancel…' });
    await user.click(cancel);
    expect(cancel).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(item).getByRole('radio', { name: 'Lockdown' }));
    await user.keyboard('{Escape}');
    expect(within(item).queryByRole('form')).not.toBeInTheDocument();
    expect(cancel).toHaveFocus();
    expect(fake.callsTo('meetings.cancel')).toEqual([]);
  });

  it('changes the sessions a meeting covers', async () => {
    const { user } = await openWorkshop();
    const item = meetingItem(/^Meeting 3 /);
    await user.click(within(item).getByRole('button', { name: 'Change session…' }));
    const form = within(item).getByRole('form', { name: 'Change the sessions of Meeting 3' });
    expect(within(form).getByRole('checkbox', { name: 'Session 1: What friends do' })).toBeChecked();
    await user.click(within(form).getByRole('checkbox', { name: 'Session 1: What friends do' }));
    await user.click(within(form).getByRole('button', { name: 'Save the sessions' }));

    await waitFor(() =>
      expect(fake.callsTo('meetings.setSessions')).toEqual([{ workshopId: wid.tuesday, meetingId: wid.m4, sessionIds: ['when-it-feels-wrong'] }]),
    );
    await waitFor(() => expect(within(meetingItem(/^Meeting 3 /)).queryByText('Session 1: What friends do')).not.toBeInTheDocument());
  });

  it('lists sessions no meeting covers, and adds a make-up for them for chosen participants', async () => {
    // Without meeting 3 and the make-up, session 2 is covered only by the cancelled meeting.
    view = { ...view, workshop: { ...view.workshop, meetings: view.workshop.meetings.filter((meeting) => meeting.id === wid.m1 || meeting.id === wid.m2) } };
    const { user } = await openWorkshop();
    const unscheduled = within(schedule()).getByRole('heading', { name: 'Sessions not scheduled yet' }).parentElement as HTMLElement;
    expect(unscheduled).toHaveTextContent('Session 2: When it feels wrong');

    await user.click(within(unscheduled).getByRole('button', { name: 'Add a make-up meeting for this session' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    expect(within(form).getByRole('radio', { name: 'Make-up meeting' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Session 2: When it feels wrong' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Session 1: What friends do' })).not.toBeChecked();
    expect(within(form).getByLabelText('Date')).toHaveValue('2027-03-16');

    await user.click(within(form).getByRole('radio', { name: 'Chosen participants' }));
    // Only people on the roster now can be chosen.
    const people = within(form).getByRole('group', { name: 'Chosen participants' });
    expect(
      within(people)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['JH-26-014 (AB)', 'JH-26-015 (CD)']);
    await user.click(within(form).getByRole('button', { name: 'Add the meeting' }));
    expect(within(form).getByText('Choose at least one participant.')).toBeInTheDocument();
    expect(fake.callsTo('meetings.add')).toEqual([]);

    await user.click(within(people).getByRole('checkbox', { name: 'JH-26-014 (AB)' }));
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2027-03-18' } });
    await user.click(within(form).getByRole('button', { name: 'Add the meeting' }));

    await waitFor(() =>
      expect(fake.callsTo('meetings.add')).toEqual([
        {
          workshopId: wid.tuesday,
          kind: 'make-up',
          date: '2027-03-18',
          startTime: '15:30',
          minutes: 45,
          sessionIds: ['when-it-feels-wrong'],
          participantIds: [wid.alicia],
        },
      ]),
    );
    const added = await screen.findByRole('listitem', { name: `Meeting 2 ${formatLongDate('2027-03-18')}` });
    expect(added).toHaveTextContent('Make-up meetingSession 2: When it feels wrongFor JH-26-014');
    expect(within(schedule()).queryByRole('heading', { name: 'Sessions not scheduled yet' })).not.toBeInTheDocument();
    expect(within(schedule()).getByRole('heading', { name: 'Schedule' })).toHaveFocus();
  });

  it('warns, while adding a meeting, of a time that happens twice the night the clocks go back', async () => {
    const { user } = await openWorkshop();
    await user.click(screen.getByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    expect(within(form).queryByRole('note', { name: 'Clock change' })).not.toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2027-11-07' } });
    fireEvent.change(within(form).getByLabelText('Start time'), { target: { value: '01:30' } });
    expect(within(form).getByRole('note', { name: 'Clock change' })).toHaveTextContent(
      `On ${formatLongDate('2027-11-07')} the clocks go back, so 1:30 AM happens twice in Pacific Time (Los Angeles). This meeting is at the first 1:30 AM, before the clocks go back, and calendar files say so.`,
    );
  });

  it('adds an extra meeting for everyone', async () => {
    const { user } = await openWorkshop();
    await user.click(screen.getByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    await user.click(within(form).getByRole('radio', { name: 'Extra meeting' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Session 1: What friends do' }));
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2027-03-30' } });
    await user.click(within(form).getByRole('button', { name: 'Add the meeting' }));

    await waitFor(() =>
      expect(fake.callsTo('meetings.add')).toEqual([
        { workshopId: wid.tuesday, kind: 'extra', date: '2027-03-30', startTime: '15:30', minutes: 45, sessionIds: ['what-friends-do'] },
      ]),
    );
    expect(await screen.findByRole('listitem', { name: `Meeting 4 ${formatLongDate('2027-03-30')}` })).toHaveTextContent('For everyone on the roster');
    expect(screen.getByRole('button', { name: 'Add a meeting' })).toHaveFocus();
  });
});
