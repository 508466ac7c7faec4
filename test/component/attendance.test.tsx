import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { AttendanceCounts, MeetingRunView } from '../../core/contract/running';
import { defaultAbsenceReasons, defaultAttendanceStatuses, type ActivityPresence, type AttendanceMark } from '../../core/domain/attendance';
import type { Participant } from '../../core/domain/participants';
import { SettingsProvider } from '../../renderer/data/SettingsProvider';
import '../../renderer/i18n';
import { AttendancePanel, type CurrentActivity } from '../../renderer/screens/run/AttendancePanel';
import { buildWorkshop } from '../support/workshops';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, installFakeFacilitator, sampleSettings } from './fakeFacilitator';

const WORKSHOP_ID = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01';
const AT = '2027-03-02T23:40:00.000Z';

function participant(n: number, extra: Partial<Participant> = {}): Participant {
  return { id: `6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d${String(n).padStart(2, '0')}`, code: `JH-26-00${n}`, createdAt: '2027-02-01T12:00:00.000Z', ...extra };
}

const roster: Participant[] = [
  participant(1, { initials: 'AB', pronouns: 'she/her', fullName: 'Alicia Brown' }),
  participant(2, { initials: 'CD' }),
  participant(3, { initials: 'EF', pronouns: 'they/them' }),
  participant(4),
  participant(5, { initials: 'GH' }),
  participant(6, { initials: 'IJ' }),
];
const [ana, ben, cy, dee, eli] = roster.map((p) => p.id) as [string, string, string, string, string];

const workshop = buildWorkshop({ id: WORKSHOP_ID, title: 'Tuesday group' });
const meeting = workshop.meetings[0]!;
const session = workshop.module.sessions[0]!;
const activity: CurrentActivity = { sessionId: session.id, activityId: session.activities[0]!.id, title: session.activities[0]!.title };

/** The meeting as the service would give it: today is the meeting's day unless a test says otherwise. */
function runView(overrides: Partial<MeetingRunView> = {}): MeetingRunView {
  const { id, title, timeZone, site, facilitators, module, agreements, archivedAt } = workshop;
  return {
    workshop: { id, title, timeZone, site, facilitators, module, agreements, archivedAt },
    meeting,
    today: meeting.date,
    roster,
    marks: [],
    presence: [],
    followUps: [],
    statuses: defaultAttendanceStatuses,
    absenceReasons: defaultAbsenceReasons,
    ...overrides,
  };
}

function markOf(participantId: string, statusId: string, reasonId?: string): AttendanceMark {
  return { meetingId: meeting.id, participantId, statusId, ...(reasonId ? { reasonId } : {}), at: AT };
}

/** A tiny attendance service: keeps the marks and counts them its own way. */
let current: MeetingRunView;
let fake: FakeFacilitator;

function counts(view: MeetingRunView): AttendanceCounts {
  const byStatus: Record<string, number> = {};
  let attended = 0;
  for (const mark of view.marks) {
    byStatus[mark.statusId] = (byStatus[mark.statusId] ?? 0) + 1;
    if (view.statuses.find((status) => status.id === mark.statusId)?.countsAsAttended) attended += 1;
  }
  return { expected: view.roster.length, unmarked: view.roster.length - view.marks.length, byStatus, attended };
}

function setMark(participantId: string, statusId: string | null, reasonId?: string) {
  const others = current.marks.filter((mark) => mark.participantId !== participantId);
  current = { ...current, marks: statusId ? [...others, markOf(participantId, statusId, reasonId)] : others };
}

function install(view: MeetingRunView, options: { allowFullNames?: boolean } = {}) {
  current = view;
  const settings = sampleSettings();
  settings.preferences.allowFullNames = options.allowFullNames ?? false;
  fake = installFakeFacilitator({
    settings,
    planning: {
      'attendance.mark': ({ participantId, statusId, reasonId }) => {
        setMark(participantId, statusId, reasonId);
        return { marks: current.marks, counts: counts(current) };
      },
      'attendance.markAll': ({ statusId, overwrite }) => {
        for (const p of current.roster) {
          if (overwrite || !current.marks.some((mark) => mark.participantId === p.id)) setMark(p.id, statusId);
        }
        return { marks: current.marks, counts: counts(current) };
      },
      'attendance.presence': ({ participantId, activityId, kind, on }) => {
        const others = current.presence.filter((entry) => !(entry.participantId === participantId && entry.activityId === activityId && entry.kind === kind));
        const entry: ActivityPresence = { meetingId: meeting.id, participantId, activityId, kind };
        current = { ...current, presence: on ? [...others, entry] : others };
        return current;
      },
      'attendance.walkIn': ({ code, initials, statusId }) => {
        const added = participant(9, { code, ...(initials ? { initials } : {}) });
        current = { ...current, roster: [...current.roster, added] };
        setMark(added.id, statusId);
        return current;
      },
    },
  });
}

/** The runner's part: it keeps the view and hands the panel each new one. */
function Runner({ initial, activity: now }: { initial: MeetingRunView; activity?: CurrentActivity }) {
  const [view, setView] = useState(initial);
  return (
    <>
      <AttendancePanel view={view} onViewChange={setView} currentActivity={now} />
      {/* As the runner does after saving agreements: a new view, with the marks it had. */}
      <button type="button" onClick={() => setView((latest) => ({ ...latest, workshop: { ...latest.workshop, agreements: ['We listen'] } }))}>
        Save agreements
      </button>
    </>
  );
}

/** Renders the panel as the runner would, once Settings have loaded. */
async function renderPanel(view: MeetingRunView, options: { activity?: CurrentActivity; allowFullNames?: boolean } = {}) {
  install(view, options);
  const user = userEvent.setup();
  await act(async () => {
    render(
      <SettingsProvider>
        <Runner initial={view} activity={options.activity} />
      </SettingsProvider>,
    );
  });
  return user;
}

const row = (code: string) => screen.getByRole('row', { name: new RegExp(code) });
const markIn = (code: string) => within(row(code)).getAllByRole('gridcell')[0] as HTMLElement;
const who = (code: string) => within(row(code)).getByRole('rowheader');
const announcement = () => screen.getByRole('status');
const count = (label: string) => {
  const term = within(screen.getByRole('group', { name: 'Counts' }))
    .getAllByRole('term')
    .find((dt) => dt.textContent === label);
  return term?.nextElementSibling?.textContent;
};

/** Into the roster from the search box, by keyboard. */
async function enterRoster(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('Find by code or initials'));
  await user.keyboard('{ArrowDown}');
}

async function settled() {
  await waitFor(() => expect(screen.queryByText('Saving…')).not.toBeInTheDocument());
}

describe('the attendance panel', () => {
  it('lists the meeting’s roster by code, initials and pronouns, unmarked, with the counts', async () => {
    await renderPanel(runView());
    expect(screen.getAllByRole('row')).toHaveLength(roster.length + 1);
    expect(who('JH-26-001')).toHaveTextContent('JH-26-001 AB · she/her');
    expect(screen.queryByText(/Alicia Brown/)).not.toBeInTheDocument();
    expect(markIn('JH-26-001')).toHaveTextContent('Not marked');
    expect(count('Expected')).toBe('6');
    expect(count('Not marked')).toBe('6');
    expect(count('Attended')).toBe('0');
  });

  it('shows full names when Settings allow them', async () => {
    await renderPanel(runView(), { allowFullNames: true });
    expect(await screen.findByText(/Alicia Brown/)).toBeInTheDocument();
  });

  it('marks five participants with status keys and arrows, each saved at once and announced, and updates the counts', async () => {
    const user = await renderPanel(runView());
    await enterRoster(user);
    expect(who('JH-26-001')).toHaveFocus();

    await user.keyboard('p');
    expect(who('JH-26-002')).toHaveFocus();
    expect(announcement()).toHaveTextContent('JH-26-001: Present');
    await user.keyboard('l{ArrowDown}e');
    await user.keyboard('{ArrowUp}{ArrowUp}p');
    await user.keyboard('jp');
    await settled();

    expect(fake.callsTo('attendance.mark')).toEqual([
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ana, statusId: 'present' },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ben, statusId: 'late' },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: dee, statusId: 'left-early' },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: cy, statusId: 'present' },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: eli, statusId: 'present' },
    ]);
    expect(markIn('JH-26-001')).toHaveTextContent('Present');
    expect(markIn('JH-26-002')).toHaveTextContent('Late');
    expect(markIn('JH-26-003')).toHaveTextContent('Present');
    expect(markIn('JH-26-004')).toHaveTextContent('Left early');
    expect(markIn('JH-26-005')).toHaveTextContent('PresentSaved');
    expect(markIn('JH-26-006')).toHaveTextContent('Not marked');
    expect(who('JH-26-006')).toHaveFocus();
    expect(announcement()).toHaveTextContent('JH-26-005: Present');
    expect(within(row('JH-26-005')).getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');

    expect(count('Present')).toBe('3');
    expect(count('Late')).toBe('1');
    expect(count('Left early')).toBe('1');
    expect(count('Not marked')).toBe('1');
    expect(count('Attended')).toBe('5');
  });

  it('keeps the marks made when the runner changes something else in its view', async () => {
    const user = await renderPanel(runView());
    await enterRoster(user);
    await user.keyboard('pl');
    await settled();
    await user.click(screen.getByRole('button', { name: 'Save agreements' }));
    expect(markIn('JH-26-001')).toHaveTextContent('Present');
    expect(markIn('JH-26-002')).toHaveTextContent('Late');
    expect(count('Attended')).toBe('2');
  });

  it('says “Saving…” on the row until the mark is saved', async () => {
    const user = await renderPanel(runView());
    const release = fake.hold('attendance.mark');
    await enterRoster(user);
    await user.keyboard('p');
    expect(markIn('JH-26-001')).toHaveTextContent('PresentSaving…');
    release();
    await waitFor(() => expect(markIn('JH-26-001')).toHaveTextContent('PresentSaved'));
  });

  it('undoes the last change with Ctrl+Z or the Undo button, sending back the previous mark', async () => {
    const user = await renderPanel(runView({ marks: [markOf(ben, 'absent', 'court-date')] }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await enterRoster(user);
    await user.keyboard('p');
    await settled();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(markIn('JH-26-001')).toHaveTextContent('Not marked'));
    expect(fake.callsTo('attendance.mark').at(-1)).toEqual({ workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ana, statusId: null });
    expect(announcement()).toHaveTextContent('Undone. JH-26-001: Not marked');
    expect(who('JH-26-001')).toHaveFocus();

    // Replacing an absence with a reason, then undoing by button, puts the reason back too.
    await user.keyboard('{ArrowDown}l');
    await settled();
    expect(markIn('JH-26-002')).toHaveTextContent('Late');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(markIn('JH-26-002')).toHaveTextContent('Absence · Court date'));
    expect(fake.callsTo('attendance.mark').at(-1)).toEqual({
      workshopId: WORKSHOP_ID,
      meetingId: meeting.id,
      participantId: ben,
      statusId: 'absent',
      reasonId: 'court-date',
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('clears a mark with Backspace or Delete', async () => {
    const user = await renderPanel(runView({ marks: [markOf(ana, 'present'), markOf(ben, 'late')] }));
    expect(count('Not marked')).toBe('4');
    await enterRoster(user);
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(markIn('JH-26-001')).toHaveTextContent('Not marked'));
    expect(who('JH-26-001')).toHaveFocus();
    await user.keyboard('{ArrowDown}{Delete}');
    await waitFor(() => expect(markIn('JH-26-002')).toHaveTextContent('Not marked'));
    expect(fake.callsTo('attendance.mark')).toEqual([
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ana, statusId: null },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ben, statusId: null },
    ]);
    expect(count('Not marked')).toBe('6');
    expect(announcement()).toHaveTextContent('JH-26-002: Not marked');
  });

  it('asks why someone is absent: a number picks the reason, Enter skips, Escape keeps the mark as it was', async () => {
    const user = await renderPanel(runView());
    await enterRoster(user);
    await user.keyboard('a');
    const chooser = screen.getByRole('group', { name: 'Why is JH-26-001 absent?' });
    expect(chooser).toHaveFocus();
    expect(fake.callsTo('attendance.mark')).toHaveLength(0);
    await user.keyboard('2');
    await waitFor(() => expect(markIn('JH-26-001')).toHaveTextContent('Absence · Medical'));
    expect(screen.queryByRole('group', { name: /absent\?/ })).not.toBeInTheDocument();
    expect(who('JH-26-002')).toHaveFocus();
    expect(announcement()).toHaveTextContent('JH-26-001: Absence · Medical');

    await user.keyboard('x{Enter}');
    await waitFor(() => expect(markIn('JH-26-002')).toHaveTextContent('Excused absence'));

    await user.keyboard('a{Escape}');
    expect(screen.queryByRole('group', { name: /absent\?/ })).not.toBeInTheDocument();
    expect(who('JH-26-003')).toHaveFocus();
    expect(markIn('JH-26-003')).toHaveTextContent('Not marked');

    expect(fake.callsTo('attendance.mark')).toEqual([
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ana, statusId: 'absent', reasonId: 'medical' },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ben, statusId: 'excused' },
    ]);
  });

  it('marks with the mouse too: a click on a status marks, a click on the pressed one takes it off', async () => {
    const user = await renderPanel(runView());
    await user.click(within(row('JH-26-003')).getByRole('button', { name: 'Late' }));
    await waitFor(() => expect(markIn('JH-26-003')).toHaveTextContent('Late'));
    await user.click(within(row('JH-26-003')).getByRole('button', { name: 'Late' }));
    await waitFor(() => expect(markIn('JH-26-003')).toHaveTextContent('Not marked'));
    await user.click(within(row('JH-26-004')).getByRole('button', { name: 'Excused absence' }));
    await user.click(screen.getByRole('button', { name: /Court date/ }));
    await waitFor(() => expect(markIn('JH-26-004')).toHaveTextContent('Excused absence · Court date'));
    await user.click(within(row('JH-26-004')).getByRole('button', { name: 'Excused absence' }));
    await waitFor(() => expect(markIn('JH-26-004')).toHaveTextContent('Not marked'));
    expect(fake.callsTo('attendance.mark').map((input) => (input as { statusId: string | null }).statusId)).toEqual(['late', null, 'excused', null]);
  });

  it('marks everyone present at once when no one is marked yet', async () => {
    const user = await renderPanel(runView());
    await user.click(screen.getByRole('button', { name: 'All present' }));
    await waitFor(() => expect(count('Present')).toBe('6'));
    expect(fake.callsTo('attendance.markAll')).toEqual([{ workshopId: WORKSHOP_ID, meetingId: meeting.id, statusId: 'present', overwrite: false }]);
    for (const p of roster) expect(markIn(p.code)).toHaveTextContent('Present');
    expect(announcement()).toHaveTextContent('6 participants marked Present.');
    expect(count('Attended')).toBe('6');

    // One undo puts everyone back.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(count('Not marked')).toBe('6'));
    expect(fake.callsTo('attendance.mark')).toHaveLength(6);
    expect(announcement()).toHaveTextContent('Undone: 6 marks put back.');
  });

  it('marks only the unmarked by default, and replaces marks (absences and reasons too) only when chosen', async () => {
    const user = await renderPanel(runView({ marks: [markOf(ana, 'late'), markOf(ben, 'absent', 'ill')] }));
    await user.click(screen.getByRole('button', { name: 'All present' }));
    const question = screen.getByRole('group', { name: '2 people already have a mark. Their marks stay unless you choose to replace them.' });
    const safe = within(question).getByRole('button', { name: 'Mark the 4 unmarked people present' });
    expect(safe).toHaveFocus();
    expect(safe).toHaveClass('button--primary');
    expect(
      within(question).getByRole('button', { name: 'Replace the 2 marks too: they become present, and absences and their reasons are replaced' }),
    ).toHaveClass('button--secondary');
    expect(fake.callsTo('attendance.markAll')).toHaveLength(0);

    // Escape says no and goes back to the button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /already have a mark/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All present' })).toHaveFocus();

    // Enter twice: the default answer keeps the marks made.
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(count('Present')).toBe('4'));
    expect(markIn('JH-26-001')).toHaveTextContent('Late');
    expect(markIn('JH-26-002')).toHaveTextContent('Absence · Ill');

    await user.click(screen.getByRole('button', { name: 'All present' }));
    expect(screen.getByRole('group', { name: /^6 people already have a mark/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /unmarked/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep the marks as they are' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: /^Replace the 6 marks too: they become present/ }));
    await waitFor(() => expect(count('Present')).toBe('6'));
    expect(markIn('JH-26-002')).toHaveTextContent('Present');
    expect(fake.callsTo('attendance.markAll')).toEqual([
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, statusId: 'present', overwrite: false },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, statusId: 'present', overwrite: true },
    ]);
    expect(markIn('JH-26-001')).toHaveTextContent('Present');
  });

  it('finds participants by code or initials; Escape clears the search', async () => {
    const user = await renderPanel(runView());
    const search = screen.getByLabelText('Find by code or initials');
    await user.type(search, '003');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(row('JH-26-003')).toBeInTheDocument();
    expect(screen.getByText('1 of 6 shown')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'gh');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(row('JH-26-005')).toBeInTheDocument();
    // Down from the search box goes to the first match, ready to mark.
    await user.keyboard('{ArrowDown}p');
    await waitFor(() => expect(markIn('JH-26-005')).toHaveTextContent('Present'));

    await user.click(search);
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(screen.getAllByRole('row')).toHaveLength(roster.length + 1);

    await user.type(search, 'zz');
    expect(screen.getByText('No one on this meeting’s roster matches “zz”.')).toBeInTheDocument();
  });

  it('adds a walk-in by code and initials, marked present, and focuses their row', async () => {
    const user = await renderPanel(runView());
    const open = screen.getByRole('button', { name: 'Add a walk-in' });
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Program code')).toHaveFocus();

    await user.keyboard('not a code{Enter}');
    expect(await screen.findByText(/Program code may hold only letters, digits and dashes/)).toBeInTheDocument();
    expect(screen.getByLabelText('Program code')).toHaveValue('not a code');

    await user.clear(screen.getByLabelText('Program code'));
    await user.type(screen.getByLabelText('Program code'), 'JH-26-099');
    await user.type(screen.getByLabelText(/Initials/), 'ZZ{Enter}');

    await waitFor(() => expect(who('JH-26-099')).toHaveFocus());
    expect(who('JH-26-099')).toHaveTextContent('JH-26-099 ZZ');
    expect(markIn('JH-26-099')).toHaveTextContent('Present');
    expect(fake.callsTo('attendance.walkIn').at(-1)).toEqual({
      workshopId: WORKSHOP_ID,
      meetingId: meeting.id,
      code: 'JH-26-099',
      initials: 'ZZ',
      statusId: 'present',
    });
    expect(screen.queryByLabelText('Program code')).not.toBeInTheDocument();
    expect(announcement()).toHaveTextContent('JH-26-099 was added and marked Present.');
    expect(count('Expected')).toBe('7');
  });

  it('closes the walk-in form with Escape, back to its button', async () => {
    const user = await renderPanel(runView());
    await user.click(screen.getByRole('button', { name: 'Add a walk-in' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Program code')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a walk-in' })).toHaveFocus();
    expect(fake.callsTo('attendance.walkIn')).toHaveLength(0);
  });

  it('marks “passed” and “stepped out” for the current activity on present participants only', async () => {
    const view = runView({
      marks: [markOf(ana, 'present'), markOf(ben, 'late'), markOf(cy, 'absent')],
      presence: [{ meetingId: meeting.id, participantId: ben, activityId: activity.activityId, kind: 'stepped-out' }],
    });
    const user = await renderPanel(view, { activity });
    expect(screen.getByRole('columnheader', { name: `During “${activity.title}”` })).toBeInTheDocument();
    expect(within(row('JH-26-002')).getByRole('button', { name: 'Stepped out' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(row('JH-26-003')).queryByRole('button', { name: 'Passed' })).not.toBeInTheDocument();
    expect(within(row('JH-26-004')).queryByRole('button', { name: 'Passed' })).not.toBeInTheDocument();

    const passed = within(row('JH-26-001')).getByRole('button', { name: 'Passed' });
    expect(passed).toHaveAttribute('aria-pressed', 'false');
    await user.click(passed);
    await waitFor(() => expect(within(row('JH-26-001')).getByRole('button', { name: 'Passed' })).toHaveAttribute('aria-pressed', 'true'));
    expect(announcement()).toHaveTextContent(`JH-26-001: passed during “${activity.title}”`);

    await user.click(within(row('JH-26-002')).getByRole('button', { name: 'Stepped out' }));
    await waitFor(() => expect(within(row('JH-26-002')).getByRole('button', { name: 'Stepped out' })).toHaveAttribute('aria-pressed', 'false'));
    expect(fake.callsTo('attendance.presence')).toEqual([
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ana, activityId: activity.activityId, kind: 'passed', on: true },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ben, activityId: activity.activityId, kind: 'stepped-out', on: false },
    ]);

    // Marking someone present offers the toggles on their row.
    await user.click(who('JH-26-004'));
    await user.keyboard('p');
    await waitFor(() => expect(within(row('JH-26-004')).getByRole('button', { name: 'Passed' })).toBeInTheDocument());
  });

  it('explains “passed” and “stepped out” once someone attends and their toggles appear', async () => {
    const user = await renderPanel(runView({}), { activity });
    const hint = /are for the activity now/;
    expect(screen.queryByText(hint)).not.toBeInTheDocument();
    await user.click(who('JH-26-001'));
    await user.keyboard('p');
    await waitFor(() => expect(screen.getByText(hint)).toHaveTextContent(`“${activity.title}”`));
  });

  it('offers no “passed” or “stepped out” before the session has a current activity', async () => {
    await renderPanel(runView({ marks: [markOf(ana, 'present')] }));
    expect(within(row('JH-26-001')).queryByRole('button', { name: 'Passed' })).not.toBeInTheDocument();
  });

  it('asks before the first change to a past meeting, then sends confirmPastEdit with each change', async () => {
    const user = await renderPanel(runView({ today: '2027-03-05', marks: [markOf(ana, 'present')] }));
    expect(screen.getByText('This meeting is over. Changes to its attendance are recorded.')).toBeInTheDocument();
    await enterRoster(user);
    await user.keyboard('l');
    const question = screen.getByRole('group', { name: 'This meeting is over. Change its attendance? Changes are recorded.' });
    expect(within(question).getByRole('button', { name: 'Yes, change it' })).toHaveFocus();
    expect(fake.callsTo('attendance.mark')).toHaveLength(0);

    // Cancel changes nothing and goes back to the row.
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(who('JH-26-001')).toHaveFocus();
    expect(markIn('JH-26-001')).toHaveTextContent('Present');

    await user.keyboard('l');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(markIn('JH-26-001')).toHaveTextContent('Late'));
    expect(who('JH-26-002')).toHaveFocus();
    // Asked once: the next change goes straight through.
    await user.keyboard('p');
    await waitFor(() => expect(markIn('JH-26-002')).toHaveTextContent('Present'));
    expect(screen.queryByRole('group', { name: /meeting is over/ })).not.toBeInTheDocument();
    expect(fake.callsTo('attendance.mark')).toEqual([
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ana, statusId: 'late', confirmPastEdit: true },
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, participantId: ben, statusId: 'present', confirmPastEdit: true },
    ]);
  });

  it('treats a meeting whose session has ended as past, for “All present” too', async () => {
    const run = { meetingId: meeting.id, startedAt: '2027-03-02T23:30:00.000Z', endedAt: '2027-03-03T00:15:00.000Z', fidelity: [], notes: '' };
    const user = await renderPanel(runView({ run }));
    await user.click(screen.getByRole('button', { name: 'All present' }));
    await user.click(screen.getByRole('button', { name: 'Yes, change it' }));
    await waitFor(() => expect(count('Present')).toBe('6'));
    expect(fake.callsTo('attendance.markAll')).toEqual([
      { workshopId: WORKSHOP_ID, meetingId: meeting.id, statusId: 'present', overwrite: false, confirmPastEdit: true },
    ]);
  });

  it('keeps the previous mark when saving fails, and says why', async () => {
    const user = await renderPanel(runView({ marks: [markOf(ana, 'present')] }));
    fake.failNext('attendance.mark', DISK_FULL);
    await enterRoster(user);
    await user.keyboard('a3');
    await waitFor(() => expect(markIn('JH-26-001')).toHaveTextContent(`PresentNot saved. ${DISK_FULL_TEXT}`));
    expect(announcement()).toHaveTextContent(`JH-26-001: not saved. ${DISK_FULL_TEXT}`);
    expect(count('Present')).toBe('1');
    // A failed change is not undoable: there is nothing to put back.
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('says why “All present” failed, and changes nothing', async () => {
    const user = await renderPanel(runView());
    fake.failNext('attendance.markAll', DISK_FULL);
    await user.click(screen.getByRole('button', { name: 'All present' }));
    expect(await screen.findByText(`The marks were not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
    expect(markIn('JH-26-001')).toHaveTextContent('Not marked');
  });

  it('is read-only for an archived workshop or a cancelled meeting', async () => {
    const archived = runView({ marks: [markOf(ana, 'present')] });
    archived.workshop = { ...archived.workshop, archivedAt: '2027-04-01T10:00:00.000Z' };
    const user = await renderPanel(archived);
    expect(screen.getByText('The workshop is archived: its attendance can be read but not changed.')).toBeInTheDocument();
    expect(markIn('JH-26-001')).toHaveTextContent('Present');
    expect(screen.queryByRole('button', { name: 'Present' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'All present' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a walk-in' })).not.toBeInTheDocument();
    await enterRoster(user);
    await user.keyboard('l{Backspace}');
    expect(fake.calls.filter((c) => c.channel.startsWith('attendance.'))).toHaveLength(0);
  });

  it('takes no attendance for a cancelled meeting', async () => {
    await renderPanel(runView({ meeting: { ...meeting, cancellation: { reason: 'lockdown', note: '', at: AT } } }));
    expect(screen.getByText('This meeting was cancelled: no attendance is taken.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Late' })).not.toBeInTheDocument();
  });
});
