import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingRunView } from '../../core/contract/running';
import { defaultAbsenceReasons, defaultAttendanceStatuses } from '../../core/domain/attendance';
import { SessionNotes } from '../../renderer/screens/run/SessionNotes';
import '../../renderer/i18n';
import { installFakeFacilitator } from './fakeFacilitator';
import { registry, sampleWorkshop } from './workshopFixtures';

function runView(): MeetingRunView {
  const workshop = sampleWorkshop();
  const meeting = workshop.meetings[0]!;
  return {
    workshop,
    meeting,
    today: meeting.date,
    roster: registry,
    marks: [],
    presence: [],
    run: { meetingId: meeting.id, startedAt: '2027-03-02T23:30:00.000Z', fidelity: [], notes: '' },
    followUps: [],
    statuses: defaultAttendanceStatuses,
    absenceReasons: defaultAbsenceReasons,
  };
}

function renderNotes() {
  installFakeFacilitator({ planning: { 'run.notes': () => runView() } });
  const user = userEvent.setup();
  render(<SessionNotes view={runView()} readOnly={false} onViewChange={() => {}} />);
  return { user, field: screen.getByRole('textbox', { name: 'How the session went' }) };
}

describe('the warning under session notes', () => {
  it('keeps the guidance in view and warns, as it is typed, when the note names someone on the roster', async () => {
    const { user, field } = renderNotes();
    expect(screen.getByText(/Never write what a young person said or disclosed/)).toBeVisible();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Never write what a young person said'));
    expect(screen.queryByText(/on the roster/)).not.toBeInTheDocument();

    await user.type(field, 'Good energy today. jh-26-014 and JH-26-020 left early');
    expect(
      screen.getByText('This note names JH-26-014, JH-26-020, who are on the roster. Notes are about the group and the session: leave out who.'),
    ).toBeVisible();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('names JH-26-014, JH-26-020'));
    // The guidance is still there with the warning.
    expect(screen.getByText(/Never write what a young person said or disclosed/)).toBeVisible();
  });

  it('warns when the note reads like a quote, and the warning goes once it does not', async () => {
    const { user, field } = renderNotes();
    await user.type(field, 'She said her uncle keeps her phone');
    expect(screen.getByText(/reads like something a young person said/)).toBeVisible();
    await user.clear(field);
    await user.type(field, 'We ran out of time for the closing');
    expect(screen.queryByText(/reads like something a young person said/)).not.toBeInTheDocument();
  });
});
