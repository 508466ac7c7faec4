import { screen, waitFor, within } from '@testing-library/react';
import type { WorkshopView } from '../../core/contract/planning';
import type { CompletionRuleView, ParticipantProgress, ProgressView } from '../../core/contract/running';
import { defaultAttendanceStatuses } from '../../core/domain/attendance';
import type { Meeting } from '../../core/domain/workshop';
import { formatShortDate, formatTime } from '../../renderer/format/dates';
import { custodyModule } from '../support/sampleModules';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, installFakeFacilitator, sampleSettings, UNREADABLE, UNREADABLE_TEXT } from './fakeFacilitator';
import { renderWorkshopApp, sampleView, settingsCredit, sampleWorkshop, wid } from './workshopFixtures';

/**
 * A custody group on the ten-session module, today (Tuesday 2027-03-16) being its fifth meeting:
 * three meetings held, one cancelled. Alicia is on track, Carlos missed the required session 1,
 * Dani was released after two meetings.
 */
const m = {
  s1: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7c01',
  s2: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7c02',
  cancelled: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7c03',
  s3: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7c04',
  s4: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7c05',
  added: '1c9a6d2f-3b4e-4f6a-8b2c-3d4e5f6a7c99',
} as const;

function meeting(id: string, date: string, session: number, extra: Partial<Meeting> = {}): Meeting {
  return { id, date, startTime: '15:30', minutes: 60, sessionIds: [`session-${session}`], kind: 'planned', sequence: 0, ...extra };
}

function custodyView(): WorkshopView {
  return sampleView({
    workshop: sampleWorkshop({
      module: custodyModule(),
      plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
      meetings: [
        meeting(m.s1, '2027-03-02', 1),
        meeting(m.s2, '2027-03-04', 2),
        meeting(m.cancelled, '2027-03-09', 3, { cancellation: { reason: 'lockdown', note: '', at: '2027-03-09T20:00:00.000Z' } }),
        meeting(m.s3, '2027-03-11', 3),
        meeting(m.s4, '2027-03-16', 4),
      ],
      roster: [
        { participantId: wid.alicia, enrolledOn: '2027-03-02' },
        { participantId: wid.carlos, enrolledOn: '2027-03-02' },
        { participantId: wid.dani, enrolledOn: '2027-03-02', exit: { on: '2027-03-05', reason: 'released' } },
        { participantId: wid.eli, enrolledOn: '2027-03-08' },
      ],
    }),
  });
}

const moduleRule: CompletionRuleView = { source: 'module', minimumPercent: 70, requiredSessionIds: ['session-1'], credit: settingsCredit };

function person(participantId: string, code: string, extra: Partial<ParticipantProgress>): ParticipantProgress {
  return {
    participantId,
    code,
    heldWhileEnrolled: 3,
    attended: 2,
    share: 2 / 3,
    sessionsAttended: [],
    sessionsNeeded: 7,
    missedRequired: [],
    state: 'on-track',
    current: true,
    ...extra,
  };
}

function progressView(rule: CompletionRuleView = moduleRule): ProgressView {
  const cell = (meetingId: string, participantId: string) => `${meetingId}:${participantId}`;
  return {
    workshopId: wid.tuesday,
    rule,
    meetings: [
      { id: m.s1, date: '2027-03-02', startTime: '15:30', sessionIds: ['session-1'], kind: 'planned', held: true, cancelled: false },
      { id: m.s2, date: '2027-03-04', startTime: '15:30', sessionIds: ['session-2'], kind: 'planned', held: true, cancelled: false },
      { id: m.cancelled, date: '2027-03-09', startTime: '15:30', sessionIds: ['session-3'], kind: 'planned', held: false, cancelled: true },
      { id: m.s3, date: '2027-03-11', startTime: '15:30', sessionIds: ['session-3'], kind: 'planned', held: true, cancelled: false },
      { id: m.s4, date: '2027-03-16', startTime: '15:30', sessionIds: ['session-4'], kind: 'planned', held: false, cancelled: false },
    ],
    // Given out of order on purpose: the section lists people on the roster first, by code.
    participants: [
      person(wid.dani, 'JH-26-003', { heldWhileEnrolled: 2, attended: 1, share: 0.5, missedRequired: ['session-1'], state: 'not-complete', current: false }),
      person(wid.eli, 'JH-26-020', { heldWhileEnrolled: 1, attended: 1, share: 1, sessionsAttended: ['session-3'], state: 'at-risk' }),
      person(wid.carlos, 'JH-26-015', { missedRequired: ['session-1'], state: 'at-risk' }),
      person(wid.alicia, 'JH-26-014', { sessionsAttended: ['session-1', 'session-2'] }),
    ],
    cells: {
      [cell(m.s1, wid.alicia)]: 'present',
      [cell(m.s2, wid.alicia)]: 'late',
      [cell(m.s3, wid.alicia)]: 'absent',
      [cell(m.s1, wid.carlos)]: 'excused',
      [cell(m.s2, wid.carlos)]: 'present',
      [cell(m.s3, wid.carlos)]: 'left-early',
      [cell(m.s1, wid.dani)]: 'absent',
      [cell(m.s2, wid.dani)]: 'present',
      [cell(m.s3, wid.dani)]: 'not-enrolled',
      [cell(m.s4, wid.dani)]: 'not-enrolled',
      [cell(m.s1, wid.eli)]: 'not-enrolled',
      [cell(m.s2, wid.eli)]: 'not-enrolled',
      [cell(m.cancelled, wid.eli)]: 'not-enrolled',
      [cell(m.s3, wid.eli)]: 'present',
    },
    statuses: defaultAttendanceStatuses,
  };
}

let fake: FakeFacilitator;
let view: WorkshopView;
let progress: ProgressView;

beforeEach(() => {
  view = custodyView();
  progress = progressView();
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.get': () => view,
      'progress.get': () => progress,
      'workshops.setCredit': ({ credit }) => {
        progress = { ...progress, rule: { ...progress.rule, credit: credit ? { source: 'workshop', ...credit } : settingsCredit } };
        return progress;
      },
      'workshops.setCompletionRule': ({ rule }) => {
        progress = progressView(rule ? { source: 'workshop', ...rule, credit: settingsCredit } : moduleRule);
        return progress;
      },
      'meetings.add': ({ kind, date, startTime, minutes, sessionIds, participantIds }) => {
        const added: Meeting = { id: m.added, kind, date, startTime, minutes, sessionIds, sequence: 0, ...(participantIds ? { participantIds } : {}) };
        view = { ...view, workshop: { ...view.workshop, meetings: [...view.workshop.meetings, added] } };
        return view;
      },
    },
  });
});

async function openWorkshop() {
  const rendered = renderWorkshopApp(`/workshops/${wid.tuesday}/attendance`);
  await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
  await within(section()).findByRole('table');
  return rendered;
}

const section = () => screen.getByRole('region', { name: 'Attendance and completion' });
const grid = () => within(section()).getByRole('table');
const gridRow = (code: string) => within(grid()).getByRole('row', { name: new RegExp(`^${code}`) });
const cellTexts = (code: string) =>
  within(gridRow(code))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const personItem = (code: string) => within(section()).getByRole('listitem', { name: new RegExp(`^${code}`) });

describe('attendance and completion on the workshop page', () => {
  it('shows the grid: a row per participant, a column per meeting, status keys with their labels', async () => {
    await openWorkshop();
    expect(fake.callsTo('progress.get')).toEqual([{ workshopId: wid.tuesday }]);

    const headings = within(grid()).getAllByRole('columnheader');
    const names = [
      'Participant',
      `${formatShortDate('2027-03-02', true)} Session 1 Held`,
      `${formatShortDate('2027-03-04', true)} Session 2 Held`,
      `${formatShortDate('2027-03-09', true)} Session 3 Cancelled`,
      `${formatShortDate('2027-03-11', true)} Session 3 Held`,
      `${formatShortDate('2027-03-16', true)} Session 4 Today`,
    ];
    expect(headings).toHaveLength(names.length);
    headings.forEach((heading, index) => expect(heading).toHaveAccessibleName(names[index]));
    // Each date leads to its meeting page, where attendance is taken.
    expect(within(headings[1]!).getByRole('link')).toHaveAttribute('href', `/workshops/${wid.tuesday}/meetings/${m.s1}`);

    // People on the roster first, by code; the key letter is shown, the label is what a screen reader reads.
    const rows = within(grid()).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['JH-26-014', 'JH-26-015', 'JH-26-020', 'JH-26-003 left']);
    expect(cellTexts('JH-26-014')).toEqual(['PPresent', 'LLate', 'Cancelled', 'AAbsence', 'Not marked']);
    expect(cellTexts('JH-26-015')).toEqual(['XExcused absence', 'PPresent', 'Cancelled', 'ELeft early', 'Not marked']);
    expect(cellTexts('JH-26-020')).toEqual(['—Not enrolled', '—Not enrolled', '—Not enrolled', 'PPresent', 'Not marked']);
    expect(cellTexts('JH-26-003')).toEqual(['AAbsence', 'PPresent', 'Cancelled', '—Not enrolled', '—Not enrolled']);
    expect(within(section()).getByText('Key:').parentElement).toHaveTextContent(
      'Key: P Present L Late E Left early X Excused absence A Absence — Not enrolled',
    );
  });

  it('shows each participant’s attendance, share and completion state, and the required sessions they still need', async () => {
    await openWorkshop();
    expect(within(section()).getByText('2 at risk · 1 on track · 1 not complete')).toBeInTheDocument();
    const alicia = personItem('JH-26-014');
    expect(alicia).toHaveTextContent('JH-26-014 (AB)On track');
    expect(alicia).toHaveTextContent('Attended 2 of 3 meetings (67%)');
    expect(within(alicia).queryByRole('button')).not.toBeInTheDocument();

    const carlos = personItem('JH-26-015');
    expect(within(carlos).getByText('At risk')).toBeInTheDocument();
    expect(carlos).toHaveTextContent('Required sessions to make up:Session 1: Custody session 1 (missed)');
    expect(within(carlos).getByRole('button', { name: 'Schedule a make-up' })).toHaveAccessibleDescription(
      'JH-26-015 (CD) Session 1: Custody session 1 (missed)',
    );

    // Joined after the required session was held: at risk too, and offered a make-up for it.
    const eli = personItem('JH-26-020');
    expect(eli).toHaveTextContent('JH-26-020At risk');
    expect(eli).toHaveTextContent('Attended 1 of 1 meeting (100%)');
    expect(eli).toHaveTextContent('Required sessions to make up:Session 1: Custody session 1 (held before they joined)');
    expect(within(eli).getByRole('button', { name: 'Schedule a make-up' })).toBeInTheDocument();

    // Someone who left keeps the record of what they missed, with nothing to schedule.
    const dani = personItem('JH-26-003');
    expect(dani).toHaveTextContent('JH-26-003 (DE)Not completeLeft the group');
    expect(dani).toHaveTextContent('Attended 1 of 2 meetings (50%)');
    expect(dani).toHaveTextContent('Missed required sessions:Session 1: Custody session 1 (missed)');
    expect(within(dani).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says the rule in force in words, changes it for this workshop, and goes back to the module’s rule', async () => {
    const { user } = await openWorkshop();
    expect(section()).toHaveTextContent('To complete: At least 70% of the 10 sessions, including session 1. This is the module’s rule.');
    expect(within(section()).queryByRole('button', { name: 'Use the module’s rule' })).not.toBeInTheDocument();

    await user.click(within(section()).getByRole('button', { name: 'Change for this workshop' }));
    const form = within(section()).getByRole('form', { name: 'Completion rule for this workshop' });
    // Filled in with the rule in force.
    expect(within(form).getByRole('radio', { name: 'A percentage of the sessions' })).toBeChecked();
    expect(within(form).getByRole('spinbutton', { name: 'Percentage' })).toHaveValue(70);
    expect(within(form).getByRole('checkbox', { name: 'Session 1: Custody session 1' })).toBeChecked();

    await user.click(within(form).getByRole('radio', { name: 'A number of sessions' }));
    const minimum = within(form).getByRole('spinbutton', { name: 'Number of sessions' });
    await user.clear(minimum);
    await user.type(minimum, '11');
    await user.click(within(form).getByRole('button', { name: 'Save the rule' }));
    expect(await within(form).findByText('Number of sessions must be from 1 to 10.')).toBeInTheDocument();
    expect(fake.callsTo('workshops.setCompletionRule')).toHaveLength(0);

    await user.clear(minimum);
    await user.type(minimum, '8');
    await user.click(within(form).getByRole('checkbox', { name: 'Session 10: Custody session 10' }));
    await user.click(within(form).getByRole('button', { name: 'Save the rule' }));
    await waitFor(() => expect(fake.callsTo('workshops.setCompletionRule')).toHaveLength(1));
    expect(fake.callsTo('workshops.setCompletionRule')[0]).toEqual({
      workshopId: wid.tuesday,
      rule: { minimumSessions: 8, requiredSessionIds: ['session-1', 'session-10'] },
    });
    expect(await within(section()).findByText(/At least 8 of the 10 sessions, including session 1 and session 10\./)).toBeInTheDocument();
    expect(section()).toHaveTextContent('This workshop has its own rule.');
    expect(within(section()).queryByRole('form')).not.toBeInTheDocument();
    expect(within(section()).getByRole('button', { name: 'Change for this workshop' })).toHaveFocus();

    await user.click(within(section()).getByRole('button', { name: 'Use the module’s rule' }));
    await waitFor(() => expect(fake.callsTo('workshops.setCompletionRule')).toHaveLength(2));
    expect(fake.callsTo('workshops.setCompletionRule')[1]).toEqual({ workshopId: wid.tuesday, rule: null });
    expect(await within(section()).findByText(/This is the module’s rule\./)).toBeInTheDocument();
    expect(within(section()).getByRole('button', { name: 'Change for this workshop' })).toHaveFocus();
  });

  it('says what counts toward completion, and changes it for this workshop only', async () => {
    const { user } = await openWorkshop();
    expect(section()).toHaveTextContent(
      'What counts: Present, Late, and Left early. A missed session made up at a make-up meeting or one-to-one catch-up counts. These are the statuses Settings counts as attended.',
    );
    await user.click(within(section()).getByRole('button', { name: 'Change what counts' }));
    const form = within(section()).getByRole('form', { name: 'What counts toward completion in this workshop' });
    expect(within(form).getByRole('checkbox', { name: 'Late' })).toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Excused absence' })).not.toBeChecked();

    await user.click(within(form).getByRole('checkbox', { name: 'Late' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Only when the absence was excused' }));
    await user.click(within(form).getByRole('button', { name: 'Save what counts' }));
    await waitFor(() => expect(fake.callsTo('workshops.setCredit')).toHaveLength(1));
    expect(fake.callsTo('workshops.setCredit')[0]).toEqual({
      workshopId: wid.tuesday,
      credit: { statuses: ['present', 'left-early'], madeUpCounts: true, excusedMadeUpOnly: true },
    });
    await waitFor(() =>
      expect(section()).toHaveTextContent(
        'What counts: Present and Left early. A missed session counts when made up only if the absence was excused. This workshop has its own rule.',
      ),
    );

    await user.click(within(section()).getByRole('button', { name: 'Use the module’s rule for what counts' }));
    await waitFor(() => expect(fake.callsTo('workshops.setCredit')).toHaveLength(2));
    expect(fake.callsTo('workshops.setCredit')[1]).toEqual({ workshopId: wid.tuesday, credit: null });
    expect(await within(section()).findByText(/These are the statuses Settings counts as attended\./)).toBeInTheDocument();
  });

  it('schedules a make-up for a missed required session in one step', async () => {
    const { user } = await openWorkshop();
    await user.click(within(personItem('JH-26-015')).getByRole('button', { name: 'Schedule a make-up' }));
    const form = within(section()).getByRole('form', { name: 'Make-up for JH-26-015: Session 1: Custody session 1' });
    // Prefilled: the next weekday after today (Tuesday the 16th), at the plan's time and length.
    expect(within(form).getByLabelText('Date')).toHaveValue('2027-03-17');
    expect(within(form).getByLabelText('Date')).toHaveFocus();
    expect(within(form).getByLabelText('Start time')).toHaveValue('15:30');
    expect(within(form).getByLabelText('Length (minutes)')).toHaveValue(60);

    await user.click(within(form).getByRole('button', { name: 'Schedule the make-up' }));
    await waitFor(() => expect(fake.callsTo('meetings.add')).toHaveLength(1));
    expect(fake.callsTo('meetings.add')[0]).toEqual({
      workshopId: wid.tuesday,
      kind: 'make-up',
      date: '2027-03-17',
      startTime: '15:30',
      minutes: 60,
      sessionIds: ['session-1'],
      participantIds: [wid.carlos],
    });

    // The make-up now shows where the button was, and the progress was loaded again.
    const carlos = personItem('JH-26-015');
    const planned = await within(carlos).findByRole('link', { name: `${formatShortDate('2027-03-17')}, ${formatTime('15:30')}` });
    expect(planned).toHaveAttribute('href', `/workshops/${wid.tuesday}/meetings/${m.added}`);
    expect(within(carlos).queryByRole('button', { name: 'Schedule a make-up' })).not.toBeInTheDocument();
    expect(within(section()).queryByRole('form')).not.toBeInTheDocument();
    await waitFor(() => expect(fake.callsTo('progress.get')).toHaveLength(2));
    expect(
      within(section())
        .getAllByRole('status')
        .some((status) => status.textContent === 'Saved'),
    ).toBe(true);
  });

  it('offers a make-up on the next Monday when today is a Friday, with the date editable', async () => {
    view = { ...custodyView(), today: '2027-03-19' };
    const { user } = await openWorkshop();
    await user.click(within(personItem('JH-26-015')).getByRole('button', { name: 'Schedule a make-up' }));
    const date = within(section()).getByLabelText('Date');
    expect(date).toHaveValue('2027-03-22');
    await user.clear(date);
    await user.type(date, '2027-03-23');
    await user.click(within(section()).getByRole('button', { name: 'Schedule the make-up' }));
    await waitFor(() => expect(fake.callsTo('meetings.add')).toHaveLength(1));
    expect(fake.callsTo('meetings.add')[0]).toMatchObject({ date: '2027-03-23', participantIds: [wid.carlos], sessionIds: ['session-1'] });
  });

  it('keeps what was typed and says why when the make-up is not saved', async () => {
    fake.failNext('meetings.add', DISK_FULL);
    const { user } = await openWorkshop();
    await user.click(within(personItem('JH-26-015')).getByRole('button', { name: 'Schedule a make-up' }));
    const form = within(section()).getByRole('form', { name: /^Make-up for JH-26-015/ });
    await user.click(within(form).getByRole('button', { name: 'Schedule the make-up' }));
    expect(await within(form).findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
    expect(within(form).getByLabelText('Date')).toHaveValue('2027-03-17');
  });

  it('offers no changes on an archived workshop', async () => {
    view = { ...custodyView(), status: 'archived' };
    await openWorkshop();
    expect(within(section()).queryByRole('button')).not.toBeInTheDocument();
    expect(personItem('JH-26-015')).toHaveTextContent('Session 1: Custody session 1');
  });

  it('says so when the progress cannot be loaded, and tries again', async () => {
    fake.failNext('progress.get', UNREADABLE);
    const { user } = renderWorkshopApp(`/workshops/${wid.tuesday}/attendance`);
    expect(await within(await screen.findByRole('region', { name: 'Attendance and completion' })).findByRole('alert')).toHaveTextContent(
      `Attendance and completion could not be loaded. ${UNREADABLE_TEXT}`,
    );
    await user.click(within(section()).getByRole('button', { name: 'Try again' }));
    expect(await within(section()).findByRole('table')).toBeInTheDocument();
  });
});
