import { screen, waitFor, within } from '@testing-library/react';
import type { AttendanceStatus } from '../../core/domain/attendance';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderApp } from './renderApp';

let fake: FakeFacilitator;

beforeEach(() => {
  fake = installFakeFacilitator({ settings: sampleSettings() });
});

async function openSettings() {
  const view = renderApp('/settings/attendance');
  await screen.findByRole('region', { name: 'Attendance' });
  return view;
}

const attendance = () => screen.getByRole('region', { name: 'Attendance' });
const statusList = () => within(attendance()).getByRole('list', { name: 'Statuses' });
const reasonList = () => within(attendance()).getByRole('list', { name: 'Reasons for an absence' });
const form = (name: string) => within(attendance()).getByRole('form', { name });
const saveStatus = () => within(attendance()).getAllByRole('status')[0]!;
const rows = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
type SentAttendance = { attendanceStatuses: AttendanceStatus[]; absenceReasons: { id: string; label: string }[] };
const lastSent = () => fake.callsTo('settings.setAttendance').at(-1) as SentAttendance;

describe('Settings › Attendance', () => {
  it('lists the statuses in order with their keys and what they count as, the reasons, and what changing them does', async () => {
    await openSettings();
    expect(rows(statusList())).toEqual([
      expect.stringMatching(/^Key P\s*Present\s*Counts as attended/),
      expect.stringMatching(/^Key L\s*Late\s*Counts as attended/),
      expect.stringMatching(/^Key E\s*Left early\s*Counts as attended/),
      expect.stringMatching(/^Key X\s*Excused absence\s*Does not count as attended · An absence: asks for a reason/),
      expect.stringMatching(/^Key A\s*Absence\s*Does not count as attended · An absence: asks for a reason/),
    ]);
    expect(within(reasonList()).getAllByRole('listitem')).toHaveLength(8);
    expect(within(reasonList()).getAllByRole('listitem')[0]).toHaveTextContent('Court date');
    expect(within(attendance()).getByText(/Changing a label changes it everywhere.*show as “\(removed status\)”/)).toBeInTheDocument();
  });

  it('adds a status with an id made from its label; the key is taken as a lowercase letter', async () => {
    const { user } = await openSettings();
    const add = form('Add a status');
    await user.type(within(add).getByLabelText('Label'), 'In court');
    await user.type(within(add).getByLabelText('Key'), 'C');
    await user.click(within(add).getByRole('checkbox', { name: 'Is an absence (asks for a reason)' }));
    await user.click(within(add).getByRole('button', { name: 'Add status' }));

    expect(await within(statusList()).findByText('In court')).toBeInTheDocument();
    expect(lastSent().attendanceStatuses.at(-1)).toEqual({ id: 'in-court', key: 'c', label: 'In court', countsAsAttended: false, isAbsence: true });
    expect(lastSent().absenceReasons).toEqual(fake.settings.absenceReasons);
    expect(fake.settings.attendanceStatuses).toHaveLength(6);
    expect(saveStatus()).toHaveTextContent('Saved');
    expect(within(add).getByLabelText('Label')).toHaveValue('');
    expect(within(add).getByLabelText('Label')).toHaveFocus();
  });

  it('refuses a key another status uses, next to the Key field, keeping what was typed', async () => {
    const { user } = await openSettings();
    const add = form('Add a status');
    await user.type(within(add).getByLabelText('Label'), 'Pass');
    const key = within(add).getByLabelText('Key');
    expect(key).toHaveAccessibleDescription(expect.stringContaining('Already in use: P, L, E, X, A.'));
    await user.type(key, 'p');
    await user.click(within(add).getByRole('button', { name: 'Add status' }));

    expect(await within(add).findByText('Key is already used by “Present”.')).toBeInTheDocument();
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).toHaveAccessibleDescription(expect.stringContaining('Key is already used by “Present”.'));
    expect(key).toHaveFocus();
    expect(within(add).getByLabelText('Label')).toHaveValue('Pass');
    expect(saveStatus()).toHaveTextContent('Not saved. Please check the message next to the field.');
    expect(fake.callsTo('settings.setAttendance')).toHaveLength(0);

    // Typing another key replaces it, and the status is added.
    await user.type(key, 's');
    expect(key).toHaveValue('s');
    await user.click(within(add).getByRole('button', { name: 'Add status' }));
    expect(await within(statusList()).findByText('Pass')).toBeInTheDocument();
    expect(within(add).queryByText(/already used/)).not.toBeInTheDocument();
  });

  it('refuses an empty label and a key that is not a letter or digit', async () => {
    const { user } = await openSettings();
    const add = form('Add a status');
    await user.click(within(add).getByRole('button', { name: 'Add status' }));
    expect(await within(add).findByText('Label is required.')).toBeInTheDocument();
    expect(within(add).getByText('Key is required.')).toBeInTheDocument();

    await user.type(within(add).getByLabelText('Key'), '?');
    await user.click(within(add).getByRole('button', { name: 'Add status' }));
    expect(within(add).getByText('Key must be one lowercase letter or digit.')).toBeInTheDocument();
    expect(within(add).getByLabelText('Label')).toHaveFocus();
    expect(fake.callsTo('settings.setAttendance')).toHaveLength(0);
  });

  it('renames a status keeping its id, so marks made with it stay linked; Escape cancels an edit', async () => {
    const { user } = await openSettings();
    await user.click(within(statusList()).getByRole('button', { name: 'Edit Absence' }));
    const edit = form('Edit the status “Absence”');
    const label = within(edit).getByLabelText('Label');
    expect(label).toHaveFocus();
    await user.clear(label);
    await user.type(label, 'Unexcused absence');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));

    expect(await within(statusList()).findByText('Unexcused absence')).toBeInTheDocument();
    expect(lastSent().attendanceStatuses.at(-1)).toEqual({ id: 'absent', key: 'a', label: 'Unexcused absence', countsAsAttended: false, isAbsence: true });
    expect(within(statusList()).getByRole('button', { name: 'Edit Unexcused absence' })).toHaveFocus();

    await user.click(within(statusList()).getByRole('button', { name: 'Edit Late' }));
    await user.type(within(form('Edit the status “Late”')).getByLabelText('Label'), ' arrival');
    await user.keyboard('{Escape}');
    expect(within(statusList()).getByRole('button', { name: 'Edit Late' })).toHaveFocus();
    expect(fake.callsTo('settings.setAttendance')).toHaveLength(1);
  });

  it('a status edited to use another one’s key shows the clash on the status being edited', async () => {
    const { user } = await openSettings();
    await user.click(within(statusList()).getByRole('button', { name: 'Edit Present' }));
    const edit = form('Edit the status “Present”');
    await user.type(within(edit).getByLabelText('Key'), 'a');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(await within(edit).findByText('Key is already used by “Absence”.')).toBeInTheDocument();
    expect(fake.callsTo('settings.setAttendance')).toHaveLength(0);
  });

  describe('with only one status that counts as attended', () => {
    beforeEach(() => {
      fake.settings.attendanceStatuses = [
        { id: 'present', key: 'p', label: 'Present', countsAsAttended: true, isAbsence: false },
        { id: 'absent', key: 'a', label: 'Absent', countsAsAttended: false, isAbsence: true },
      ];
    });

    it('says next to the box that one must count, when it is unticked', async () => {
      const { user } = await openSettings();
      await user.click(within(statusList()).getByRole('button', { name: 'Edit Present' }));
      const edit = form('Edit the status “Present”');
      const counts = within(edit).getByRole('checkbox', { name: 'Counts as attended' });
      await user.click(counts);
      await user.click(within(edit).getByRole('button', { name: 'Save changes' }));

      expect(await within(edit).findByText('At least one status must count as attended.')).toBeInTheDocument();
      expect(counts).toHaveAttribute('aria-invalid', 'true');
      expect(counts).toHaveAccessibleDescription(expect.stringContaining('At least one status must count as attended.'));
      expect(counts).toHaveFocus();
      expect(fake.callsTo('settings.setAttendance')).toHaveLength(0);
    });

    it('explains why it cannot be removed instead of offering to', async () => {
      const { user } = await openSettings();
      await user.click(within(statusList()).getByRole('button', { name: 'Remove Present' }));
      const confirm = within(statusList()).getByRole('group');
      expect(confirm).toHaveAccessibleName(
        '“Present” cannot be removed: it is the only status that counts as attended. Mark another status as counting first.',
      );
      expect(within(confirm).queryByRole('button', { name: 'Yes, remove' })).not.toBeInTheDocument();
      expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(within(statusList()).getByRole('button', { name: 'Remove Present' })).toHaveFocus();
    });
  });

  it('removes a status after confirming; the others keep their ids', async () => {
    const { user } = await openSettings();
    await user.click(within(statusList()).getByRole('button', { name: 'Remove Late' }));
    const confirm = within(statusList()).getByRole('group');
    expect(confirm).toHaveAccessibleName('Remove the status “Late”? Marks already made with it stay in the records and show as “(removed status)”.');
    await user.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));

    await waitFor(() => expect(within(statusList()).queryByText('Late')).not.toBeInTheDocument());
    expect(lastSent().attendanceStatuses.map((status) => status.id)).toEqual(['present', 'left-early', 'excused', 'absent']);
    expect(within(attendance()).getByRole('heading', { name: 'Statuses' })).toHaveFocus();
  });

  it('moves a status up and down, keeping focus on the button pressed and saying where it is now', async () => {
    const { user } = await openSettings();
    const up = within(statusList()).getByRole('button', { name: 'Move Late up' });
    await user.click(up);
    await waitFor(() => expect(fake.settings.attendanceStatuses.map((status) => status.id)).toEqual(['late', 'present', 'left-early', 'excused', 'absent']));
    expect(rows(statusList())[0]).toMatch(/Late/);
    const upAtTop = within(statusList()).getByRole('button', { name: 'Move Late up' });
    await waitFor(() => expect(upAtTop).toHaveFocus());
    expect(upAtTop).toHaveAttribute('aria-disabled', 'true');
    expect(within(attendance()).getByText('Late is now number 1 of 5.')).toBeInTheDocument();

    // At the top, Up does nothing; Down works from the keyboard.
    await user.keyboard('{Enter}');
    expect(fake.callsTo('settings.setAttendance')).toHaveLength(1);
    await user.tab();
    expect(within(statusList()).getByRole('button', { name: 'Move Late down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.settings.attendanceStatuses.map((status) => status.id)).toEqual(['present', 'late', 'left-early', 'excused', 'absent']));
    await waitFor(() => expect(within(statusList()).getByRole('button', { name: 'Move Late down' })).toHaveFocus());
  });

  it('two quick moves in a row both count', async () => {
    const { user } = await openSettings();
    const release = fake.hold('settings.setAttendance');
    await user.click(within(statusList()).getByRole('button', { name: 'Move Present down' }));
    await user.click(within(statusList()).getByRole('button', { name: 'Move Present down' }));
    release();
    await waitFor(() => expect(fake.callsTo('settings.setAttendance')).toHaveLength(2));
    await waitFor(() => expect(fake.settings.attendanceStatuses.map((status) => status.id)).toEqual(['late', 'left-early', 'present', 'excused', 'absent']));
  });

  it('a move that was not saved says so, and does not come back with the next change', async () => {
    fake.failNext('settings.setAttendance', DISK_FULL);
    const { user } = await openSettings();
    await user.click(within(statusList()).getByRole('button', { name: 'Move Late up' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(`Not saved. ${DISK_FULL_TEXT}`));
    expect(rows(statusList())[0]).toMatch(/Present/);

    await user.click(within(statusList()).getByRole('button', { name: 'Move Absence up' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saved'));
    expect(lastSent().attendanceStatuses.map((status) => status.id)).toEqual(['present', 'late', 'left-early', 'absent', 'excused']);
  });

  it('adds, renames, reorders and removes absence reasons', async () => {
    const { user } = await openSettings();
    const add = form('Add a reason');
    await user.type(within(add).getByLabelText('Reason'), 'Family visit{Enter}');
    expect(await within(reasonList()).findByText('Family visit')).toBeInTheDocument();
    expect(lastSent().absenceReasons.at(-1)).toEqual({ id: 'family-visit', label: 'Family visit' });

    // A label whose id would clash gets an id of its own.
    await user.type(within(add).getByLabelText('Reason'), 'Court-date{Enter}');
    expect(await within(reasonList()).findByText('Court-date')).toBeInTheDocument();
    expect(lastSent().absenceReasons.at(-1)).toEqual({ id: 'court-date-2', label: 'Court-date' });

    // The same label twice is refused.
    await user.type(within(add).getByLabelText('Reason'), 'medical{Enter}');
    expect(await within(add).findByText('Reason is already used by another reason.')).toBeInTheDocument();

    await user.click(within(reasonList()).getByRole('button', { name: 'Edit Ill' }));
    const edit = form('Edit the reason “Ill”');
    await user.clear(within(edit).getByLabelText('Reason'));
    await user.type(within(edit).getByLabelText('Reason'), 'Sick{Enter}');
    expect(await within(reasonList()).findByText('Sick')).toBeInTheDocument();
    expect(lastSent().absenceReasons.find((reason) => reason.id === 'ill')).toEqual({ id: 'ill', label: 'Sick' });

    await user.click(within(reasonList()).getByRole('button', { name: 'Move Medical up' }));
    await waitFor(() => expect(fake.settings.absenceReasons.slice(0, 2).map((reason) => reason.id)).toEqual(['medical', 'court-date']));

    await user.click(within(reasonList()).getByRole('button', { name: 'Remove Refused' }));
    await user.click(within(reasonList()).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(fake.settings.absenceReasons.map((reason) => reason.id)).not.toContain('refused'));
    expect(fake.settings.attendanceStatuses).toHaveLength(5);
  });

  it('on a failed save, says why and keeps what was typed', async () => {
    fake.failNext('settings.setAttendance', DISK_FULL);
    const { user } = await openSettings();
    const add = form('Add a reason');
    await user.type(within(add).getByLabelText('Reason'), 'Family visit{Enter}');
    expect(await within(add).findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
    expect(saveStatus()).toHaveTextContent(`Not saved. ${DISK_FULL_TEXT}`);
    expect(within(add).getByLabelText('Reason')).toHaveValue('Family visit');
    expect(within(reasonList()).queryByText('Family visit')).not.toBeInTheDocument();
  });

  it('shows a problem the app reports about a field next to that field', async () => {
    fake.failNext('settings.setAttendance', {
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [{ path: 'attendanceStatuses[5].label', rule: 'too-long', params: { maximum: 40 } }],
    });
    const { user } = await openSettings();
    const add = form('Add a status');
    await user.type(within(add).getByLabelText('Label'), 'Suspended');
    await user.type(within(add).getByLabelText('Key'), 's');
    await user.click(within(add).getByRole('button', { name: 'Add status' }));
    expect(await within(add).findByText('Label must be at most 40 characters.')).toBeInTheDocument();
    expect(within(add).getByLabelText('Label')).toHaveAttribute('aria-invalid', 'true');
  });
});
