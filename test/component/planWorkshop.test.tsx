import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Conflict, ParticipantView } from '../../core/contract/planning';
import { AppFailure } from '../../core/contract/result';
import { generateSchedule } from '../../core/domain/schedule/generate';
import { formatLongDate } from '../../renderer/format/dates';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, ids, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { custodyModule, sampleModule } from '../support/sampleModules';
import { buildWorkshop } from '../support/workshops';
import { discardDraft } from '../../renderer/screens/workshops/keptDraft';

const createdId = '9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';
const people = {
  jh14: '5a0c1b2d-3e4f-4a5b-9c6d-7e8f9a0b1c21',
  jh15: '5a0c1b2d-3e4f-4a5b-9c6d-7e8f9a0b1c22',
  added: '5a0c1b2d-3e4f-4a5b-9c6d-7e8f9a0b1c23',
};

let fake: FakeFacilitator;
let conflicts: Conflict[];
let registry: ParticipantView[];

function moduleById(id: string): CurriculumModule {
  const module = [sampleModule(), custodyModule()].find((candidate) => candidate.id === id);
  if (!module) throw new AppFailure('not-found', { code: 'module-missing' });
  return module;
}

beforeEach(() => {
  // The unfinished plan lives in memory for the session: each test starts with none.
  discardDraft();
  conflicts = [];
  registry = [
    { participant: { id: people.jh14, code: 'JH-26-014', initials: 'M.R.', pronouns: 'she/her', createdAt: '2027-01-10T10:00:00.000Z' }, enrolments: [] },
    {
      participant: { id: people.jh15, code: 'JH-26-015', initials: 'T.L.', createdAt: '2027-01-10T10:00:00.000Z' },
      enrolments: [{ participantId: people.jh15, enrolledOn: '2027-01-12', workshopId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b', workshopTitle: 'Winter group' }],
    },
  ];
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    library: [
      { module: sampleModule(), origin: 'shipped' },
      { module: custodyModule(), origin: 'shipped' },
    ],
    planning: {
      // The real generator, so dates and sessions are what the app would show.
      'workshops.previewSchedule': ({ moduleId, plan }) => ({
        ...generateSchedule(
          plan,
          moduleById(moduleId).sessions.map((session) => session.id),
        ),
        conflicts,
      }),
      'participants.list': () => registry,
      'participants.save': ({ id: _id, ...input }) => {
        const view: ParticipantView = { participant: { ...input, id: people.added, createdAt: '2027-02-01T09:00:00.000Z' }, enrolments: [] };
        registry = [...registry, view];
        return view;
      },
      'workshops.create': (draft) => ({
        workshop: buildWorkshop({ id: createdId, title: draft.title }),
        status: 'planned',
        today: '2027-02-01',
        participants: [],
        conflicts: [],
      }),
      'workshops.get': ({ workshopId }) => ({
        workshop: buildWorkshop({ id: workshopId, title: 'Unit B spring series' }),
        status: 'planned',
        today: '2027-02-01',
        participants: [],
        conflicts: [],
      }),
    },
  });
});

const stepHeading = (number: number, name: string) => screen.findByRole('heading', { level: 2, name: `Step ${number} of 6: ${name}` });

async function next(user: UserEvent, number: number, name: string) {
  await user.click(screen.getByRole('button', { name: 'Next' }));
  return stepHeading(number, name);
}

/** Replaces a field's value as pasting would (typing every key through the whole app is slow). */
async function setValue(user: UserEvent, label: string | RegExp, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (value) await user.paste(value);
}

/** Opens the planner on the custody module and walks to the schedule step with a title, a time zone and Ana as lead. */
async function toSchedule(path = '/workshops/new?module=custody-series') {
  const view = renderApp(path);
  const { user } = view;
  await stepHeading(1, 'Module');
  await waitFor(() => expect(screen.getByRole('radio', { name: /Custody Series/ })).toBeChecked());
  await screen.findByText('Friendship Basics (test module)'); // the library is listed
  await next(user, 2, 'Details');
  await setValue(user, 'Title', 'Unit B spring series');
  await setValue(user, /Who it is for/, 'Girls 14–17, Unit B');
  await user.selectOptions(screen.getByLabelText('Time zone'), 'America/Los_Angeles');
  await next(user, 3, 'Facilitators');
  await user.click(screen.getByRole('checkbox', { name: 'Ana Reyes' }));
  await next(user, 4, 'Schedule');
  return view;
}

async function fillSchedule(user: UserEvent, startDate = '2027-03-02', startTime = '15:30') {
  await setValue(user, 'First day', startDate);
  await setValue(user, 'Start time', startTime);
}

const previewStatus = () => within(screen.getByRole('region', { name: 'Meetings' })).getAllByRole('status')[0]!;
const meetingRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const lastPreviewInput = () => fake.callsTo('workshops.previewSchedule').at(-1) as { plan: { weekdays: number[]; skipDates: string[] } };

// Each test walks several steps of the whole app, typing as a person would.
describe('Plan a workshop', { timeout: 20_000 }, () => {
  it('starts from the module in the address and fills in its title, its pace and its session length', async () => {
    const { user } = renderApp('/workshops/new?module=custody-series');
    expect(await stepHeading(1, 'Module')).toBeInTheDocument();
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    expect(within(steps).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');
    await waitFor(() => expect(screen.getByRole('radio', { name: /Custody Series/ })).toBeChecked());
    expect(screen.getByRole('radio', { name: /Custody Series/ })).toHaveAccessibleName(/10 sessions of 60 min, 2 a week/);

    await next(user, 2, 'Details');
    expect(within(steps).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByLabelText('Title')).toHaveValue('Custody Series (test module)');
    expect(screen.getByLabelText(/Who it is for/)).toHaveAccessibleDescription('e.g. Girls 14–17, Unit B');
    expect(screen.getByLabelText('Site (optional)')).toHaveDisplayValue('No site');

    await next(user, 3, 'Facilitators');
    const roles = screen.getByRole('list', { name: 'This module asks for' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Lead (required)', 'Co-facilitator (optional)']);
    expect(screen.getByText(/No one is taking the role Lead, which this module requires/)).toBeInTheDocument();
    // Choosing Ana gives her the role the module still needs; the warning goes.
    await user.click(screen.getByRole('checkbox', { name: 'Ana Reyes' }));
    const anaRoles = screen.getByRole('group', { name: 'Roles of Ana Reyes' });
    expect(within(anaRoles).getByRole('checkbox', { name: 'Lead' })).toBeChecked();
    expect(screen.queryByText(/No one is taking the role/)).not.toBeInTheDocument();
    // Ticking one of Ben's roles chooses him; any other role can be added too, and he holds them all.
    const benRoles = screen.getByRole('group', { name: 'Roles of Ben Okafor' });
    await user.click(within(benRoles).getByRole('checkbox', { name: 'Survivor mentor' }));
    expect(screen.getByRole('checkbox', { name: 'Ben Okafor' })).toBeChecked();
    await user.selectOptions(within(benRoles).getByRole('combobox', { name: 'Add another role for Ben Okafor' }), 'Lead');
    expect(within(benRoles).getByRole('checkbox', { name: 'Lead' })).toBeChecked();
    expect(within(benRoles).getByRole('checkbox', { name: 'Survivor mentor' })).toBeChecked();
    expect(within(roles).getAllByRole('listitem')[0]).toHaveTextContent('Lead (required) — taken by Ana Reyes and Ben Okafor');
    // Without Ana, the lead is still covered: every role Ben holds counts.
    await user.click(screen.getByRole('checkbox', { name: 'Ana Reyes' }));
    expect(screen.queryByText(/No one is taking the role/)).not.toBeInTheDocument();
    // Clearing his last role leaves him out, and the warning is back.
    await user.click(within(benRoles).getByRole('checkbox', { name: 'Lead' }));
    await user.click(within(benRoles).getByRole('checkbox', { name: 'Survivor mentor' }));
    expect(screen.getByRole('checkbox', { name: 'Ben Okafor' })).not.toBeChecked();
    expect(screen.getByText(/No one is taking the role Lead/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Ana Reyes' }));

    await next(user, 4, 'Schedule');
    const weekdays = screen.getByRole('group', { name: 'Meets on' });
    expect(
      within(weekdays)
        .getAllByRole('checkbox')
        .filter((box) => (box as HTMLInputElement).checked)
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['Tuesday', 'Thursday']);
    expect(screen.getByLabelText('Length in minutes')).toHaveValue(60);
    expect(screen.getByLabelText('How often')).toHaveDisplayValue('Every week');
    expect(screen.getByRole('radio', { name: 'One session per meeting' })).toBeChecked();
  });

  it('meets on the first day’s weekday for a once-a-week module, and on school days with one click', async () => {
    const { user } = renderApp('/workshops/new?module=test-friendship-basics');
    await stepHeading(1, 'Module');
    await waitFor(() => expect(screen.getByRole('radio', { name: /Friendship Basics/ })).toBeChecked());
    await screen.findByText('Custody Series (test module)');
    await next(user, 2, 'Details');
    await next(user, 3, 'Facilitators');
    await next(user, 4, 'Schedule');
    expect(screen.getByLabelText('Length in minutes')).toHaveValue(45);

    await setValue(user, 'First day', '2027-03-03'); // a Wednesday
    expect(screen.getByRole('checkbox', { name: 'Wednesday' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Tuesday' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'School days (Mon–Fri)' }));
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) expect(screen.getByRole('checkbox', { name: day })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
    // A chosen set of days is kept when the first day changes.
    await setValue(user, 'First day', '2027-03-08');
    expect(screen.getByRole('checkbox', { name: 'Friday' })).toBeChecked();
  });

  it('checks each step before moving on, with the message next to the field', async () => {
    const { user } = renderApp('/workshops/new');
    await stepHeading(1, 'Module');
    await screen.findByText('Custody Series (test module)');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose the module the group will follow.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Which module will the group follow?' })).toHaveAccessibleDescription('Choose the module the group will follow.');
    expect(screen.getByRole('radio', { name: /Friendship Basics/ })).toHaveFocus();
    await stepHeading(1, 'Module');

    await user.click(screen.getByRole('radio', { name: /Custody Series/ }));
    await waitFor(() => expect(fake.callsTo('curricula.get')).toEqual([{ id: 'custody-series' }]));
    await next(user, 2, 'Details');
    await setValue(user, 'Title', '');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(/Give the workshop a title\./);
    expect(screen.getByLabelText('Title')).toHaveFocus();
    await setValue(user, 'Title', 'Unit B spring series');
    expect(screen.getByLabelText('Title')).not.toHaveAccessibleDescription(/Give the workshop a title/);

    await next(user, 3, 'Facilitators');
    // No facilitator is needed to go on: the missing role is only a warning.
    await next(user, 4, 'Schedule');
    await setValue(user, 'Length in minutes', '5');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('First day')).toHaveAccessibleDescription('Choose the first day the group meets.');
    expect(screen.getByLabelText('Start time')).toHaveAccessibleDescription('Enter the time the meetings start, for example 15:30.');
    expect(screen.getByLabelText('Length in minutes')).toHaveAccessibleDescription(/Enter the length of a meeting in whole minutes, from 10 to 480\./);
    expect(screen.getByLabelText('First day')).toHaveFocus();
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('group', { name: 'Meets on' })).toHaveAccessibleDescription(/Choose at least one weekday the group meets on\./);
    await stepHeading(4, 'Schedule');

    // Going back never checks, and keeps what was typed.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await stepHeading(2, 'Details')).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveValue('Unit B spring series');
  });

  it('shows the meetings as the schedule is filled in, and works them out again when the weekdays change', async () => {
    const { user } = await toSchedule();
    expect(previewStatus()).toHaveTextContent('Fill in the first day, the weekdays, the start time and the length to see the meetings.');
    expect(fake.callsTo('workshops.previewSchedule')).toEqual([]);

    await fillSchedule(user);
    await waitFor(() => expect(previewStatus()).toHaveTextContent('10 meetings. Ends Thursday, April 1, 2027'));
    expect(fake.callsTo('workshops.previewSchedule').at(-1)).toEqual({
      moduleId: 'custody-series',
      facilitators: [{ facilitatorId: ids.ana, roles: ['lead'] }],
      timeZone: 'America/Los_Angeles',
      plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
    });
    const rows = meetingRows();
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('1Tue, Mar 2, 20273:30 – 4:30 PMSession 1: Custody session 1');
    expect(rows[1]).toHaveTextContent('2Thu, Mar 4, 2027');
    expect(rows[9]).toHaveTextContent('10Thu, Apr 1, 2027');

    await user.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await waitFor(() => expect(previewStatus()).toHaveTextContent('10 meetings. Ends Friday, April 2, 2027'));
    expect(lastPreviewInput().plan.weekdays).toEqual([2, 5]);
    expect(meetingRows()[1]).toHaveTextContent('2Fri, Mar 5, 2027');

    // One session over two meetings: half the length, each session in two parts.
    await user.click(screen.getByRole('radio', { name: 'One session over two meetings' }));
    expect(screen.getByLabelText('Length in minutes')).toHaveValue(30);
    await waitFor(() => expect(previewStatus()).toHaveTextContent('20 meetings'));
    expect(meetingRows()[0]).toHaveTextContent('3:30 – 4:00 PMSession 1: Custody session 1 · part 1 of 2');
    expect(meetingRows()[1]).toHaveTextContent('Session 1: Custody session 1 · part 2 of 2');
  });

  it('skips the dates given, and says which ones it skipped', async () => {
    const { user } = await toSchedule();
    await fillSchedule(user);
    await waitFor(() => expect(previewStatus()).toHaveTextContent('Ends Thursday, April 1, 2027'));

    await user.click(screen.getByRole('button', { name: 'Add date to skip' }));
    expect(screen.getByLabelText('Date to skip')).toHaveAccessibleDescription('Choose a date to skip first.');
    await setValue(user, 'Date to skip', '2027-03-04');
    await user.click(screen.getByRole('button', { name: 'Add date to skip' }));
    await waitFor(() => expect(previewStatus()).toHaveTextContent('10 meetings. Ends Tuesday, April 6, 2027'));
    expect(screen.getByText('Skipped: Thu, Mar 4, 2027')).toBeInTheDocument();
    expect(lastPreviewInput().plan.skipDates).toEqual(['2027-03-04']);

    await setValue(user, 'Date to skip', '2027-03-04');
    await user.click(screen.getByRole('button', { name: 'Add date to skip' }));
    expect(screen.getByLabelText('Date to skip')).toHaveAccessibleDescription('That date is already in the list.');

    await user.click(screen.getByRole('button', { name: 'Remove Thu, Mar 4, 2027' }));
    await waitFor(() => expect(previewStatus()).toHaveTextContent('Ends Thursday, April 1, 2027'));
    expect(screen.queryByText(/^Skipped:/)).not.toBeInTheDocument();
    expect(screen.getByText('No dates to skip.')).toBeInTheDocument();
  });

  it('warns of a meeting at a time the clocks skip, naming the date, the time and where it moves', async () => {
    const { user } = await toSchedule();
    // Sundays too, at 02:30: Sunday, March 14 is the night Los Angeles clocks go forward.
    await fillSchedule(user, '2027-03-02', '02:30');
    await user.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    const notice = await within(screen.getByRole('region', { name: 'Meetings' })).findByRole('note', { name: 'Clock change' });
    expect(notice).toHaveTextContent(
      `On ${formatLongDate('2027-03-14')} the clocks go forward, so 2:30 AM does not happen in Pacific Time (Los Angeles). This meeting will be at 3:30 AM, moved forward by the change, and calendar files say 3:30 AM.`,
    );
    // A time the clocks do not touch has no warning.
    await setValue(user, 'Start time', '15:30');
    await waitFor(() => expect(screen.queryByRole('note', { name: 'Clock change' })).not.toBeInTheDocument());
  });

  it('warns about double bookings without blocking, and shows the app’s objections next to the fields', async () => {
    conflicts = [
      {
        kind: 'facilitator',
        resourceId: ids.ana,
        resourceName: 'Ana Reyes',
        first: {
          workshopId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
          workshopTitle: 'Tuesday group',
          meetingId: 'm-1',
          date: '2027-03-09',
          startTime: '15:30',
          minutes: 45,
        },
        second: { workshopId: '', workshopTitle: 'Custody Series (test module)', date: '2027-03-09', startTime: '15:30', minutes: 60 },
      },
    ];
    const { user } = await toSchedule();
    await fillSchedule(user);
    await waitFor(() => expect(previewStatus()).toHaveTextContent('10 meetings. Ends Thursday, April 1, 2027. A booking overlaps'));
    expect(
      screen.getByText(
        'Ana Reyes is booked twice: “Tuesday group” on Tue, Mar 9, 2027 at 3:30 – 4:15 PM and this workshop on Tue, Mar 9, 2027 at 3:30 – 4:30 PM.',
      ),
    ).toBeInTheDocument();
    await next(user, 5, 'Roster');

    // The app refuses a plan: its message goes next to the field, and the step cannot be left.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading(4, 'Schedule');
    fake.failAlways('workshops.previewSchedule', {
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [{ path: 'plan.skipDates[0]', rule: 'not-a-date' }],
    });
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await waitFor(() => expect(screen.getByLabelText('Date to skip')).toHaveAccessibleDescription('Dates to skip must be a date written YYYY-MM-DD.'));
    expect(previewStatus()).toHaveTextContent('The meetings could not be worked out. Please check the messages next to the fields.');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await stepHeading(4, 'Schedule')).toBeInTheDocument();
    expect(screen.getByLabelText('Date to skip')).toHaveFocus();
  });

  it('adds a new participant to the registry from the roster step, and chooses them', async () => {
    const { user } = await toSchedule();
    await fillSchedule(user);
    await next(user, 5, 'Roster');
    expect(screen.getByText(/You can leave the roster empty/)).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'JH-26-014 · M.R. · she/her' })).not.toBeChecked();
    expect(screen.getByText('Now in: Winter group')).toBeInTheDocument();
    expect(screen.getByText('No one chosen yet.')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search participants' }), 't.l');
    expect(screen.queryByRole('checkbox', { name: /JH-26-014/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'JH-26-015 · T.L.' }));
    expect(screen.getByText('1 young person chosen.')).toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Add a participant' });
    await user.click(toggle);
    const form = screen.getByRole('form', { name: 'Add a participant' });
    expect(within(form).getByLabelText('Program code')).toHaveFocus();
    expect(within(form).queryByLabelText(/Full name/)).not.toBeInTheDocument(); // full names are off in Settings
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Add a participant' })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Add and choose' }));
    expect(screen.getByLabelText('Program code')).toHaveAccessibleDescription(/Program code is required\./);
    expect(fake.callsTo('participants.save')).toEqual([]);
    await user.type(screen.getByLabelText('Program code'), 'JH-26-020');
    await user.type(screen.getByLabelText(/Initials/), 'D.K.');
    await user.click(screen.getByRole('button', { name: 'Add and choose' }));

    expect(await screen.findByText('JH-26-020 was added to the registry and chosen.')).toBeInTheDocument();
    expect(fake.callsTo('participants.save')).toEqual([{ code: 'JH-26-020', initials: 'D.K.' }]);
    expect(screen.getByRole('checkbox', { name: 'JH-26-020 · D.K.' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'JH-26-015 · T.L.' })).toBeChecked();
    expect(screen.getByText('2 young people chosen.')).toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });

  it('shows the whole plan for review, sends exactly what was chosen, and opens the new workshop', async () => {
    const { user, router } = await toSchedule();
    await fillSchedule(user);
    await setValue(user, 'Date to skip', '2027-03-04');
    await user.click(screen.getByRole('button', { name: 'Add date to skip' }));
    await next(user, 5, 'Roster');
    await user.click(await screen.findByRole('checkbox', { name: /JH-26-014/ }));
    await next(user, 6, 'Review');

    const facts = screen.getByText('Module', { selector: 'dt' }).closest('dl')!;
    expect(facts).toHaveTextContent('ModuleCustody Series (test module)');
    expect(facts).toHaveTextContent('TitleUnit B spring series');
    expect(facts).toHaveTextContent('Who it is forGirls 14–17, Unit B');
    expect(facts).toHaveTextContent('SiteNone');
    expect(facts).toHaveTextContent('Time zonePacific Time (Los Angeles)');
    expect(facts).toHaveTextContent('FacilitatorsAna Reyes (Lead)');
    expect(facts).toHaveTextContent('Every Tuesday and Thursday, from Tuesday, March 2, 2027');
    expect(facts).toHaveTextContent('3:30 – 4:30 PM (60 minutes), one session per meeting');
    expect(facts).toHaveTextContent('Dates to skipThu, Mar 4, 2027');
    expect(facts).toHaveTextContent('RosterJH-26-014 · M.R. · she/her');
    await waitFor(() => expect(previewStatus()).toHaveTextContent('10 meetings. Ends Tuesday, April 6, 2027'));
    expect(meetingRows()).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/workshops/${createdId}`));
    expect(fake.callsTo('workshops.create')).toEqual([
      {
        title: 'Unit B spring series',
        audience: 'Girls 14–17, Unit B',
        facilitators: [{ facilitatorId: ids.ana, roles: ['lead'] }],
        timeZone: 'America/Los_Angeles',
        language: 'en',
        moduleId: 'custody-series',
        plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: ['2027-03-04'] },
        participantIds: [people.jh14],
      },
    ]);
    // The plan is made: it is not offered again.
    await router.navigate('/workshops/new');
    await stepHeading(1, 'Module');
    expect(screen.queryByRole('group', { name: 'You have a plan you did not finish' })).not.toBeInTheDocument();
  });

  it('keeps every answer when creating fails, and sends the user to the step the app objects to', async () => {
    const { user, router } = await toSchedule();
    await fillSchedule(user);
    await next(user, 5, 'Roster');
    await next(user, 6, 'Review');

    fake.failNext('workshops.create', DISK_FULL);
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`The workshop was not created. ${DISK_FULL_TEXT}`);
    expect(screen.getByRole('heading', { level: 2, name: 'Step 6 of 6: Review' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/workshops/new');

    fake.failNext('workshops.create', {
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [{ path: 'title', rule: 'taken' }],
    });
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(await stepHeading(2, 'Details')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The workshop was not created. Please check the message next to the field.');
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('Unit B spring series');
    expect(title).toHaveAccessibleDescription(/Title is already used by another one\./);
    expect(title).toHaveFocus();

    await setValue(user, 'Title', 'Unit B spring series 2');
    await user.click(screen.getByRole('button', { name: /Review/ }));
    await stepHeading(6, 'Review');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/workshops/${createdId}`));
    const sent = fake.callsTo('workshops.create');
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual({ ...(sent[0] as object), title: 'Unit B spring series 2' });
    expect(sent[0]).toMatchObject({ audience: 'Girls 14–17, Unit B', plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30' } });
  });

  it('keeps a half-filled plan when the user goes elsewhere, and offers to resume it or start over', async () => {
    const { user, router } = await toSchedule();
    await fillSchedule(user);
    await user.click(screen.getByRole('link', { name: 'Today' }));
    await screen.findByRole('heading', { level: 1, name: 'Today' });

    // Coming back: the plan is offered again, not lost.
    await router.navigate('/workshops/new');
    const offer = await screen.findByRole('group', { name: 'You have a plan you did not finish' });
    expect(offer).toHaveTextContent('“Unit B spring series”, left at step 4 of 6.');
    await user.click(within(offer).getByRole('button', { name: 'Resume your draft' }));
    expect(await stepHeading(4, 'Schedule')).toHaveFocus();
    expect(screen.getByLabelText('First day')).toHaveValue('2027-03-02');
    expect(screen.getByLabelText('Start time')).toHaveValue('15:30');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading(3, 'Facilitators');
    expect(screen.getByRole('checkbox', { name: 'Ana Reyes' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Unit B spring series');

    // Leaving again, then starting over: an empty plan, and the old one is gone for good.
    await user.click(screen.getByRole('link', { name: 'Today' }));
    await router.navigate('/workshops/new');
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await stepHeading(1, 'Module');
    await user.click(screen.getByRole('link', { name: 'Today' }));
    await router.navigate('/workshops/new');
    await stepHeading(1, 'Module');
    expect(screen.queryByRole('group', { name: 'You have a plan you did not finish' })).not.toBeInTheDocument();
  });

  it('offers the computer’s time zone alone where the runtime cannot list time zones', async () => {
    const supportedValuesOf = Intl.supportedValuesOf;
    Object.defineProperty(Intl, 'supportedValuesOf', { value: undefined, configurable: true, writable: true });
    try {
      const { user } = renderApp('/workshops/new?module=custody-series');
      await waitFor(() => expect(screen.getByRole('radio', { name: /Custody Series/ })).toBeChecked());
      await next(user, 2, 'Details');
      const zone = screen.getByLabelText('Time zone');
      expect(within(zone).getAllByRole('option')).toHaveLength(1);
      expect((zone as HTMLSelectElement).value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    } finally {
      Object.defineProperty(Intl, 'supportedValuesOf', { value: supportedValuesOf, configurable: true, writable: true });
    }
  });

  it('is opened from a module’s page with that module chosen', async () => {
    const { user, router } = renderApp('/curricula/custody-series');
    await user.click(await screen.findByRole('link', { name: 'Plan a workshop from this module' }));
    expect(router.state.location.pathname).toBe('/workshops/new');
    expect(router.state.location.search).toBe('?module=custody-series');
    await waitFor(() => expect(screen.getByRole('radio', { name: /Custody Series/ })).toBeChecked());
  });

  it('says so when the module in the address is not in the library', async () => {
    const { user } = renderApp('/workshops/new?module=no-such-module');
    expect(await screen.findByText('The module “no-such-module” is not in your library. Please choose one below.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Custody Series/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose the module the group will follow.')).toBeInTheDocument();
  });
});
