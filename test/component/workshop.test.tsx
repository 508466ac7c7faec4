import { screen, waitFor, within } from '@testing-library/react';
import type { SavedFile } from '../../core/contract/files';
import type { WorkshopView } from '../../core/contract/planning';
import { formatLongDate, formatShortDate, formatTimeRange } from '../../renderer/format/dates';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, ids, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderWorkshopApp, sampleView, emptyProgress, summaries, wid } from './workshopFixtures';

let fake: FakeFacilitator;
let view: WorkshopView;
let exported: SavedFile;

beforeEach(() => {
  exported = { status: 'saved', path: '/home/ana/Documents/Tuesday group.ics' };
  view = sampleView({
    conflicts: [
      {
        kind: 'facilitator',
        resourceId: ids.ana,
        resourceName: 'Ana Reyes',
        first: { workshopId: wid.tuesday, workshopTitle: 'Tuesday group', meetingId: wid.m4, date: '2027-03-23', startTime: '16:00', minutes: 90 },
        second: { workshopId: wid.thursday, workshopTitle: 'Thursday group', date: '2027-03-23', startTime: '17:00', minutes: 60 },
      },
    ],
  });
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.get': () => view,
      'workshops.list': () => summaries,
      'workshops.update': ({ title, audience, facilitators }) => {
        view = {
          ...view,
          workshop: {
            ...view.workshop,
            title,
            audience,
            facilitators: facilitators.map(({ facilitatorId, roles }) => ({
              facilitatorId,
              roles,
              name: facilitatorId === ids.ana ? 'Ana Reyes' : 'Ben Okafor',
            })),
          },
        };
        return view;
      },
      'workshops.archive': () => {
        view = { ...view, status: 'archived', workshop: { ...view.workshop, archivedAt: '2027-03-16T20:00:00.000Z' } };
        return view;
      },
      'workshops.restore': () => {
        view = { ...view, status: 'running', workshop: { ...view.workshop, archivedAt: undefined } };
        return view;
      },
      'workshops.exportCalendar': () => exported,
      'progress.get': ({ workshopId }) => emptyProgress(workshopId),
    },
  });
});

async function openWorkshop() {
  const rendered = renderWorkshopApp(`/workshops/${wid.tuesday}`);
  await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
  return rendered;
}

const sectionMenu = () => screen.getByRole('navigation', { name: 'Workshop sections' });

/** Opens the workshop, then its Records and exports by the section menu. */
async function openRecords() {
  const rendered = await openWorkshop();
  await rendered.user.click(within(sectionMenu()).getByRole('link', { name: 'Records and exports' }));
  await screen.findByRole('region', { name: 'Records and exports' });
  return rendered;
}

/** A template string as toHaveTextContent sees the page: runs of spaces (Intl's narrow ones too) as one. */
const text = (strings: TemplateStringsArray, ...values: unknown[]) => String.raw({ raw: strings }, ...values).replace(/\s+/g, ' ');

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('the workshop page', () => {
  it('shows the status, the module snapshot, audience, site, facilitators, time zone and dates', async () => {
    await openWorkshop();
    expect(screen.getByText('Running')).toHaveClass('badge');
    expect(screen.getByText(`${formatShortDate('2027-03-02', true)} – ${formatShortDate('2027-03-23', true)}`)).toBeInTheDocument();
    expect(fact('Module')).toHaveTextContent('Friendship Basics (test module), version 1');
    expect(screen.getByRole('link', { name: 'See the module in the library' })).toHaveAttribute('href', '/curricula/test-friendship-basics');
    expect(fact('Audience')).toHaveTextContent('Girls 14–17, Unit B');
    expect(fact('Site')).toHaveTextContent('North High School (School)');
    expect(fact('Facilitators')).toHaveTextContent('Ana Reyes (Lead)');
    expect(fact('Time zone')).toHaveTextContent('Pacific Time (Los Angeles)');
  });

  it('shows one section at a time, each at its own address, under a strip with the next meeting', async () => {
    const { user, router } = await openWorkshop();
    expect(
      within(sectionMenu())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Schedule', 'Roster', 'Attendance and completion', 'Surveys', 'Records and exports']);
    expect(within(sectionMenu()).getByRole('link', { name: 'Schedule' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('region', { name: 'Schedule' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Roster' })).not.toBeInTheDocument();

    const strip = screen.getByRole('group', { name: 'Status and next meeting' });
    // Today (16 March) has the make-up meeting, the second still taking place.
    expect(strip).toHaveTextContent(text`Today: Meeting 2, ${formatLongDate('2027-03-16')}, ${formatTimeRange('15:30', 45)}`);
    expect(within(strip).getByRole('link', { name: 'Open' })).toHaveAttribute('href', `/workshops/${wid.tuesday}/meetings/${wid.m3}`);

    await user.click(within(sectionMenu()).getByRole('link', { name: 'Roster' }));
    expect(router.state.location.pathname).toBe(`/workshops/${wid.tuesday}/roster`);
    expect(await screen.findByRole('region', { name: 'Roster' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Schedule' })).not.toBeInTheDocument();
    expect(within(sectionMenu()).getByRole('link', { name: 'Roster' })).toHaveFocus();
    // The next meeting stays in view on every section.
    expect(screen.getByRole('group', { name: 'Status and next meeting' })).toHaveTextContent('Today: Meeting 2');

    await user.click(within(sectionMenu()).getByRole('link', { name: 'Attendance and completion' }));
    expect(router.state.location.pathname).toBe(`/workshops/${wid.tuesday}/attendance`);
    expect(await screen.findByRole('region', { name: 'Attendance and completion' })).toBeInTheDocument();
  });

  it('says an address that is no section of the workshop is not found', async () => {
    renderWorkshopApp(`/workshops/${wid.tuesday}/nonsense`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This screen does not exist.' })).toBeInTheDocument();
  });

  it('says when no meeting is ahead', async () => {
    view = { ...view, workshop: { ...view.workshop, meetings: view.workshop.meetings.filter((meeting) => meeting.date < '2027-03-16') } };
    await openWorkshop();
    expect(screen.getByRole('group', { name: 'Status and next meeting' })).toHaveTextContent('No meeting ahead.');
  });

  it('warns about booking conflicts near the top', async () => {
    await openWorkshop();
    const conflicts = screen.getByRole('region', { name: 'A booking conflict' });
    expect(conflicts).toHaveTextContent(
      text`Ana Reyes is booked twice: Tuesday group on ${formatShortDate('2027-03-23', true)}, ${formatTimeRange('16:00', 90)} and Thursday group on ${formatShortDate('2027-03-23', true)}, ${formatTimeRange('17:00', 60)}.`,
    );
  });

  it('says so when the workshop is not in the records', async () => {
    fake.failNext('workshops.get', { code: 'not-found', reason: { code: 'workshop-missing' } });
    renderWorkshopApp(`/workshops/${wid.tuesday}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This workshop is not in your records' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That workshop does not exist. It may have been removed.');
    expect(screen.getByRole('link', { name: 'Back to the workshops' })).toHaveAttribute('href', '/workshops');
  });

  describe('edit details', () => {
    it('saves the title, audience and facilitators with their roles, then shows them', async () => {
      const { user } = await openWorkshop();
      const edit = screen.getByRole('button', { name: 'Edit details' });
      await user.click(edit);
      const form = screen.getByRole('form', { name: 'Edit the details' });
      expect(within(form).getByLabelText('Title')).toHaveFocus();

      await user.clear(within(form).getByLabelText('Title'));
      await user.type(within(form).getByLabelText('Title'), 'Tuesday girls group');
      await user.clear(within(form).getByLabelText(/Audience/));
      await user.type(within(form).getByLabelText(/Audience/), 'Girls 15–17');
      await user.click(within(form).getByRole('checkbox', { name: 'Ben Okafor' }));
      // A newly chosen facilitator starts with their first role from Settings, and can hold more.
      const benRoles = within(form).getByRole('group', { name: 'Roles of Ben Okafor' });
      expect(within(benRoles).getByRole('checkbox', { name: 'Co-facilitator' })).toBeChecked();
      await user.click(within(benRoles).getByRole('checkbox', { name: 'Survivor mentor' }));
      await user.click(within(form).getByRole('button', { name: 'Save changes' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Tuesday girls group' })).toBeInTheDocument();
      expect(fake.callsTo('workshops.update')).toEqual([
        {
          workshopId: wid.tuesday,
          title: 'Tuesday girls group',
          audience: 'Girls 15–17',
          siteId: ids.northHigh,
          facilitators: [
            { facilitatorId: ids.ana, roles: ['lead'] },
            { facilitatorId: ids.ben, roles: ['co-facilitator', 'survivor-mentor'] },
          ],
          timeZone: 'America/Los_Angeles',
          language: 'en',
        },
      ]);
      expect(screen.queryByRole('form', { name: 'Edit the details' })).not.toBeInTheDocument();
      expect(fact('Facilitators')).toHaveTextContent('Ana Reyes (Lead) and Ben Okafor (Co-facilitator and Survivor mentor)');
      expect(edit).toHaveFocus();
      expect(screen.getAllByText('Saved').length).toBeGreaterThan(0);
    });

    it('keeps the form open with what was typed when the save fails', async () => {
      fake.failNext('workshops.update', {
        code: 'invalid-input',
        reason: { code: 'input-invalid' },
        issues: [{ path: 'title', rule: 'required' }],
      });
      const { user } = await openWorkshop();
      await user.click(screen.getByRole('button', { name: 'Edit details' }));
      const form = screen.getByRole('form', { name: 'Edit the details' });
      await user.clear(within(form).getByLabelText(/Audience/));
      await user.type(within(form).getByLabelText(/Audience/), 'Boys 12–14');
      await user.clear(within(form).getByLabelText('Title'));
      await user.click(within(form).getByRole('button', { name: 'Save changes' }));

      expect(await within(form).findByText('Title is required.')).toBeInTheDocument();
      expect(within(form).getByLabelText('Title')).toHaveFocus();
      expect(within(form).getByLabelText(/Audience/)).toHaveValue('Boys 12–14');
      expect(screen.getByText('Not saved. Please check the message next to the field.')).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1, name: 'Tuesday group' })).toBeInTheDocument();
    });

    it('closes on Escape without saving, and gives focus back to the button', async () => {
      const { user } = await openWorkshop();
      const edit = screen.getByRole('button', { name: 'Edit details' });
      await user.click(edit);
      await user.type(screen.getByLabelText('Title'), ' changed');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('form', { name: 'Edit the details' })).not.toBeInTheDocument();
      expect(edit).toHaveFocus();
      expect(fake.callsTo('workshops.update')).toEqual([]);
    });
  });

  describe('export', () => {
    it('says where the schedule was saved', async () => {
      const { user } = await openRecords();
      await user.click(screen.getByRole('button', { name: 'Export schedule (.ics)' }));
      expect(await screen.findByText('Saved to /home/ana/Documents/Tuesday group.ics')).toHaveAttribute('role', 'status');
      // The neutral calendar unless the detailed one is ticked.
      expect(fake.callsTo('workshops.exportCalendar')).toEqual([{ workshopId: wid.tuesday, detail: 'neutral' }]);
    });

    it('exports the detailed calendar only when it is ticked', async () => {
      const { user } = await openRecords();
      const detailed = screen.getByRole('checkbox', { name: 'with titles, site and facilitators' });
      expect(detailed).not.toBeChecked();
      await user.click(detailed);
      await user.click(screen.getByRole('button', { name: 'Export schedule (.ics)' }));
      await waitFor(() => expect(fake.callsTo('workshops.exportCalendar')).toEqual([{ workshopId: wid.tuesday, detail: 'detailed' }]));
    });

    it('says nothing when the save dialog is cancelled', async () => {
      exported = { status: 'cancelled' };
      const { user } = await openRecords();
      const button = screen.getByRole('button', { name: 'Export schedule (.ics)' });
      await user.click(button);
      await waitFor(() => expect(fake.callsTo('workshops.exportCalendar')).toHaveLength(1));
      await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
      expect(screen.queryByText(/Saved to/)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('explains a failure', async () => {
      fake.failNext('workshops.exportCalendar', DISK_FULL);
      const { user } = await openRecords();
      await user.click(screen.getByRole('button', { name: 'Export schedule (.ics)' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(`The schedule was not saved. ${DISK_FULL_TEXT}`);
    });
  });

  describe('archive', () => {
    it('asks first, then makes the whole page read-only with only Restore and the way to its records', async () => {
      const { user } = await openWorkshop();
      await user.click(screen.getByRole('button', { name: 'Archive…' }));
      const confirm = screen.getByRole('group', { name: 'Archive this workshop?' });
      expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('group', { name: 'Archive this workshop?' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Archive…' })).toHaveFocus();
      expect(fake.callsTo('workshops.archive')).toEqual([]);

      await user.click(screen.getByRole('button', { name: 'Archive…' }));
      const confirmAgain = screen.getByRole('group', { name: 'Archive this workshop?' });
      await user.click(within(confirmAgain).getByRole('button', { name: 'Yes, archive' }));

      const notice = await screen.findByRole('group', { name: 'Archived: read-only' });
      expect(fake.callsTo('workshops.archive')).toEqual([{ workshopId: wid.tuesday }]);
      expect(notice).toHaveFocus();
      expectReadOnly();

      await user.click(within(notice).getByRole('button', { name: 'Restore' }));
      expect(await screen.findByRole('button', { name: 'Edit details' })).toHaveFocus();
      expect(fake.callsTo('workshops.restore')).toEqual([{ workshopId: wid.tuesday }]);
      expect(screen.getAllByRole('button', { name: 'Move…' }).length).toBeGreaterThan(0);
    });

    it('shows an archived workshop read-only from the start', async () => {
      view = { ...view, status: 'archived', workshop: { ...view.workshop, archivedAt: '2027-03-20T10:00:00.000Z' } };
      const { user } = await openWorkshop();
      expect(screen.getByRole('group', { name: 'Archived: read-only' })).not.toHaveFocus();
      expectReadOnly();
      await user.click(within(sectionMenu()).getByRole('link', { name: 'Roster' }));
      await screen.findByRole('region', { name: 'Roster' });
      expectReadOnly([]);
      // The strip above every section says it is archived.
      expect(within(screen.getByRole('group', { name: 'Status and next meeting' })).getByText('Archived')).toHaveClass('badge');
      // An archived workshop is a record: its exports are all still there.
      await user.click(within(sectionMenu()).getByRole('link', { name: 'Schedule' }));
      await user.click(screen.getByRole('link', { name: 'Its attendance, printable records and bundle are under Records and exports.' }));
      const records = await screen.findByRole('region', { name: 'Records and exports' });
      expect(within(records).getByRole('button', { name: 'Export schedule (.ics)' })).toBeInTheDocument();
      expect(within(records).getByRole('button', { name: 'Export workshop bundle…' })).toBeInTheDocument();
    });
  });

  it('lists the meetings in order, with today, past and upcoming told apart', async () => {
    await openWorkshop();
    const meetings = within(screen.getByRole('region', { name: 'Schedule' }))
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('workshop-meeting'));
    expect(meetings.map((item) => item.querySelector('h3')?.textContent)).toEqual([
      `Meeting 1 ${formatLongDate('2027-03-02')}`,
      `Cancelled meeting ${formatLongDate('2027-03-09')}`,
      `Meeting 2 ${formatLongDate('2027-03-16')}`,
      `Meeting 3 ${formatLongDate('2027-03-23')}`,
    ]);
    const [past, cancelled, today, extra] = meetings as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(past).toHaveClass('workshop-meeting--past');
    expect(past).toHaveTextContent('Session 1: What friends do');
    expect(within(past).queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();
    expect(within(past).getByRole('link', { name: 'Open' })).toHaveClass('button--secondary');

    expect(cancelled).toHaveClass('workshop-meeting--cancelled');
    expect(cancelled).toHaveTextContent('Cancelled: Lockdown. Unit on lockdown');
    expect(within(cancelled).getByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(within(cancelled).queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();

    expect(within(today).getByText('Today')).toHaveClass('badge');
    expect(today).toHaveTextContent('Make-up meeting');
    expect(today).toHaveTextContent('For JH-26-014');
    expect(today).toHaveTextContent(text`${formatTimeRange('15:30', 45)}`);
    expect(within(today).getByRole('link', { name: 'Start' })).toHaveAttribute('href', `/workshops/${wid.tuesday}/meetings/${wid.m3}`);

    expect(extra).toHaveTextContent('Extra meeting');
    expect(extra).toHaveTextContent('For everyone on the roster');
    expect(extra).toHaveTextContent('Session 1: What friends doSession 2: When it feels wrong');
    expect(extra).toHaveTextContent(text`${formatTimeRange('16:00', 90)}`);
    // Only today's meeting starts; an upcoming one opens, less prominently, so a misclick cannot start it.
    expect(within(today).getByRole('link', { name: 'Start' })).toHaveClass('button--primary');
    expect(within(extra).queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();
    expect(within(extra).getByRole('link', { name: 'Open' })).toHaveClass('button--secondary');
  });
});

function expectReadOnly(left = ['Restore']) {
  for (const name of [
    'Edit details',
    'Archive…',
    'Move…',
    'Cancel…',
    'Change session…',
    'Add a meeting',
    'Exit…',
    'Move to another workshop…',
    'Add participants',
    'Import from CSV…',
  ]) {
    expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  }
  expect(screen.queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();
  // What is left: Restore (of the workshop; cancelled meetings stay as they are); the exports are under Records and exports.
  expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(left);
}
