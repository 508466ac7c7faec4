import { screen, waitFor, within } from '@testing-library/react';
import type { ParticipantView } from '../../core/contract/planning';
import { AppFailure } from '../../core/contract/result';
import type { Participant } from '../../core/domain/participants';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, installFakeFacilitator, sampleSettings, UNREADABLE, UNREADABLE_TEXT } from './fakeFacilitator';
import { renderApp } from './renderApp';

const ids = {
  maya: '11111111-1111-4111-8111-111111111111',
  jo: '22222222-2222-4222-8222-222222222222',
  sam: '33333333-3333-4333-8333-333333333333',
  tuesday: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  unitB: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  newcomer: '44444444-4444-4444-8444-444444444444',
};
const createdAt = '2027-02-01T12:00:00.000Z';

/** Maya moved from the Tuesday group to Unit B; Jo completed the Tuesday group; Sam was never enrolled. */
function registry(): ParticipantView[] {
  return [
    {
      participant: { id: ids.maya, code: 'JH-26-014', initials: 'MR', pronouns: 'she/her', fullName: 'Maya Rivera', createdAt },
      enrolments: [
        {
          participantId: ids.maya,
          enrolledOn: '2027-03-02',
          exit: { on: '2027-03-16', reason: 'moved', toWorkshopId: ids.unitB },
          workshopId: ids.tuesday,
          workshopTitle: 'Tuesday group',
        },
        { participantId: ids.maya, enrolledOn: '2027-03-16', fromWorkshopId: ids.tuesday, workshopId: ids.unitB, workshopTitle: 'Unit B girls' },
      ],
    },
    {
      participant: { id: ids.jo, code: 'JH-26-003', initials: 'JT', createdAt },
      enrolments: [
        {
          participantId: ids.jo,
          enrolledOn: '2027-03-02',
          exit: { on: '2027-04-06', reason: 'completed' },
          workshopId: ids.tuesday,
          workshopTitle: 'Tuesday group',
        },
      ],
    },
    { participant: { id: ids.sam, code: 'SC-27-101', pronouns: 'they/them', createdAt }, enrolments: [] },
  ];
}

let fake: FakeFacilitator;
let people: ParticipantView[];

function install({ allowFullNames = false } = {}) {
  people = registry();
  const settings = sampleSettings();
  settings.preferences = { ...settings.preferences, allowFullNames };
  fake = installFakeFacilitator({
    settings,
    planning: {
      'participants.list': () => people,
      'participants.save': (input) => {
        const taken = people.find((view) => view.participant.code === input.code && view.participant.id !== input.id);
        if (taken) throw new AppFailure('invalid-input', { code: 'code-taken', params: { code: input.code } }, [{ path: 'code', rule: 'as-reason' }]);
        const existing = people.find((view) => view.participant.id === input.id);
        const participant: Participant = { ...input, id: input.id ?? ids.newcomer, createdAt };
        const saved = { participant, enrolments: existing?.enrolments ?? [] };
        people = [...people.filter((view) => view.participant.id !== participant.id), saved];
        return saved;
      },
      'participants.remove': ({ id }) => {
        people = people.filter((view) => view.participant.id !== id);
        return people;
      },
    },
  });
}

async function openRegistry(options?: { allowFullNames?: boolean }) {
  install(options);
  const view = renderApp('/participants');
  await screen.findByRole('heading', { level: 3, name: 'JH-26-014' });
  return view;
}

const person = (code: string) => screen.getByRole('article', { name: code });
const codes = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('Participants', () => {
  it('lists everyone by program code, with initials and pronouns, and says what is not kept', async () => {
    await openRegistry();
    expect(screen.getByText(/known by their program code/)).toHaveTextContent('no dates of birth, case numbers or addresses');
    expect(screen.getByText(/Full names are not kept/)).toBeInTheDocument();
    expect(codes()).toEqual(['JH-26-003', 'JH-26-014', 'SC-27-101']);
    expect(within(person('JH-26-014')).getByText('Initials MR · she/her')).toBeInTheDocument();
    expect(within(person('SC-27-101')).getByText('they/them')).toBeInTheDocument();
    expect(screen.getByText('3 participants')).toBeInTheDocument();
  });

  it('says when another computer’s corrected code was not taken because someone else here has it', async () => {
    install();
    people = people.map((view) => (view.participant.id === ids.jo ? { ...view, codeNotTaken: 'SC-27-101' } : view));
    renderApp('/participants');
    expect(
      await within(await screen.findByRole('article', { name: 'JH-26-003' })).findByText(/^Another computer changed JH-26-003 to SC-27-101/),
    ).toHaveTextContent('but someone else here already has SC-27-101, so JH-26-003 was kept');
    expect(within(person('JH-26-014')).queryByText(/Another computer/)).toBeNull();
  });

  it('hides full names unless Settings allow them', async () => {
    const { user } = await openRegistry();
    expect(screen.queryByText(/Maya Rivera/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a participant' }));
    expect(screen.queryByLabelText(/Full name/)).not.toBeInTheDocument();
  });

  it('shows full names, and asks for them, when Settings allow them', async () => {
    const { user } = await openRegistry({ allowFullNames: true });
    expect(within(person('JH-26-014')).getByText('Initials MR · she/her · Maya Rivera')).toBeInTheDocument();
    expect(screen.getByText(/Full names are allowed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a participant' }));
    await user.type(screen.getByLabelText('Program code'), 'SC-27-200');
    await user.type(screen.getByLabelText(/Full name/), 'Dana Lee');
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    await waitFor(() => expect(fake.callsTo('participants.save')).toEqual([{ code: 'SC-27-200', fullName: 'Dana Lee' }]));
  });

  it('shows where each person is now and every stay: dates, how it ended, and moves between groups', async () => {
    await openRegistry();
    const maya = person('JH-26-014');
    expect(
      within(maya)
        .getByText(/Now in/)
        .closest('p'),
    ).toHaveTextContent('Now in: Unit B girls');
    const history = within(maya).getByRole('list', { name: 'History' });
    const stays = within(history).getAllByRole('listitem');
    expect(stays[0]).toHaveTextContent('Tuesday group: enrolled Tue, Mar 2, 2027; moved Tue, Mar 16, 2027 to Unit B girls');
    expect(stays[1]).toHaveTextContent('Unit B girls: enrolled Tue, Mar 16, 2027, moved from Tuesday group current');
    expect(within(stays[0]!).getByRole('link', { name: 'Tuesday group' })).toHaveAttribute('href', `/workshops/${ids.tuesday}`);
    expect(within(stays[0]!).getByRole('link', { name: 'Unit B girls' })).toHaveAttribute('href', `/workshops/${ids.unitB}`);

    const jo = person('JH-26-003');
    expect(within(jo).getByText('Not in a workshop now.')).toBeInTheDocument();
    expect(within(jo).getByRole('listitem')).toHaveTextContent('Tuesday group: enrolled Tue, Mar 2, 2027; left Tue, Apr 6, 2027: Completed');
  });

  it('searches by code or initials, and keeps the search in the URL', async () => {
    const { user, router } = await openRegistry();
    await user.type(screen.getByLabelText('Search by code or initials'), 'jt');
    expect(codes()).toEqual(['JH-26-003']);
    expect(screen.getByText('1 of 3 participants matches')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=jt');

    await user.clear(screen.getByLabelText('Search by code or initials'));
    await user.type(screen.getByLabelText('Search by code or initials'), 'SC-27');
    expect(codes()).toEqual(['SC-27-101']);

    await user.clear(screen.getByLabelText('Search by code or initials'));
    await user.type(screen.getByLabelText('Search by code or initials'), 'rivera');
    expect(screen.getByText('No participant matches “rivera”.')).toBeInTheDocument();
  });

  describe('adding', () => {
    it('opens a form next to the button, saves, lists the new participant and says so', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Add a participant' }));
      const form = screen.getByRole('form', { name: 'Add a participant' });
      expect(within(form).getByLabelText('Program code')).toHaveFocus();
      await user.type(within(form).getByLabelText('Program code'), 'JH-26-020');
      await user.type(within(form).getByLabelText(/Initials/), 'AK');
      await user.type(within(form).getByLabelText(/Pronouns/), 'he/him');
      await user.click(within(form).getByRole('button', { name: 'Add participant' }));

      expect(await screen.findByRole('heading', { level: 3, name: 'JH-26-020' })).toBeInTheDocument();
      expect(fake.callsTo('participants.save')).toEqual([{ code: 'JH-26-020', initials: 'AK', pronouns: 'he/him' }]);
      expect(screen.getByText('JH-26-020 was added to the registry.')).toBeInTheDocument();
      expect(screen.queryByRole('form', { name: 'Add a participant' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Add a participant' })).toHaveFocus();
    });

    it('closes with Escape and puts focus back on the button', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Add a participant' }));
      await user.type(screen.getByLabelText('Program code'), 'JH');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('form', { name: 'Add a participant' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Add a participant' })).toHaveFocus();
      expect(fake.callsTo('participants.save')).toHaveLength(0);
    });

    it('shows a missing code and too many initials next to their fields, keeping what was typed', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Add a participant' }));
      await user.type(screen.getByLabelText(/Initials/), 'ABCDE');
      await user.click(screen.getByRole('button', { name: 'Add participant' }));

      const code = screen.getByLabelText('Program code');
      await waitFor(() => expect(code).toHaveAccessibleDescription(/Program code is required\./));
      expect(code).toHaveAttribute('aria-invalid', 'true');
      expect(code).toHaveFocus();
      expect(screen.getByLabelText(/Initials/)).toHaveAccessibleDescription(/Initials must be at most 4 characters\./);
      expect(screen.getByLabelText(/Initials/)).toHaveValue('ABCDE');
      expect(screen.getByText('Not saved. Please check the message next to the field.')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByText(/Not saved/)).not.toBeInTheDocument();
    });

    it('shows a code already in the registry at the code field', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Add a participant' }));
      await user.type(screen.getByLabelText('Program code'), 'JH-26-014');
      await user.click(screen.getByRole('button', { name: 'Add participant' }));
      const code = screen.getByLabelText('Program code');
      await waitFor(() => expect(code).toHaveAccessibleDescription(/JH-26-014 is already the code of another participant\./));
      expect(code).toHaveValue('JH-26-014');
      expect(screen.getByRole('form', { name: 'Add a participant' })).toBeInTheDocument();
      expect(codes()).toEqual(['JH-26-003', 'JH-26-014', 'SC-27-101']);
    });

    it('shows a failure that is not about a field in the form', async () => {
      const { user } = await openRegistry();
      fake.failNext('participants.save', DISK_FULL);
      await user.click(screen.getByRole('button', { name: 'Add a participant' }));
      await user.type(screen.getByLabelText('Program code'), 'JH-26-030');
      await user.click(screen.getByRole('button', { name: 'Add participant' }));
      const form = screen.getByRole('form', { name: 'Add a participant' });
      expect(await within(form).findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
      expect(within(form).getByLabelText('Program code')).toHaveValue('JH-26-030');
    });
  });

  describe('editing', () => {
    it('edits inline, sends the participant’s id, and returns to the Edit button', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Edit JH-26-003' }));
      const form = screen.getByRole('form', { name: 'Edit JH-26-003' });
      expect(within(form).getByLabelText('Program code')).toHaveValue('JH-26-003');
      expect(within(form).getByLabelText('Program code')).toHaveFocus();
      await user.clear(within(form).getByLabelText(/Initials/));
      await user.type(within(form).getByLabelText(/Pronouns/), 'she/they');
      await user.click(within(form).getByRole('button', { name: 'Save changes' }));

      await waitFor(() => expect(screen.getByRole('button', { name: 'Edit JH-26-003' })).toHaveFocus());
      expect(fake.callsTo('participants.save')).toEqual([{ id: ids.jo, code: 'JH-26-003', pronouns: 'she/they' }]);
      expect(within(person('JH-26-003')).getByText('she/they')).toBeInTheDocument();
      expect(screen.getByText('JH-26-003 is saved.')).toBeInTheDocument();
      // Their history is still there.
      expect(within(person('JH-26-003')).getByRole('list', { name: 'History' })).toBeInTheDocument();
    });

    it('cancels without saving', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Edit JH-26-014' }));
      await user.type(screen.getByLabelText('Program code'), '-X');
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.getByRole('button', { name: 'Edit JH-26-014' })).toHaveFocus();
      expect(fake.callsTo('participants.save')).toHaveLength(0);
      expect(codes()).toContain('JH-26-014');
    });

    it('never sends a stored full name back when names are not allowed', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Edit JH-26-014' }));
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      await waitFor(() => expect(fake.callsTo('participants.save')).toEqual([{ id: ids.maya, code: 'JH-26-014', initials: 'MR', pronouns: 'she/her' }]));
    });
  });

  describe('removing', () => {
    it('removes someone never enrolled, after an inline confirmation', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Remove SC-27-101' }));
      const confirm = screen.getByRole('group', { name: 'Remove SC-27-101 from the registry? This cannot be undone.' });
      expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      await user.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));

      await waitFor(() => expect(codes()).toEqual(['JH-26-003', 'JH-26-014']));
      expect(fake.callsTo('participants.remove')).toEqual([{ id: ids.sam }]);
      expect(screen.getByText('SC-27-101 was removed from the registry.')).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: 'In the registry' })).toHaveFocus();
    });

    it('keeps the participant when the confirmation is cancelled', async () => {
      const { user } = await openRegistry();
      await user.click(screen.getByRole('button', { name: 'Remove SC-27-101' }));
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.getByRole('button', { name: 'Remove SC-27-101' })).toHaveFocus();
      expect(fake.callsTo('participants.remove')).toHaveLength(0);
    });

    it('does not offer Remove for someone with a history, and says why', async () => {
      await openRegistry();
      expect(screen.queryByRole('button', { name: 'Remove JH-26-014' })).not.toBeInTheDocument();
      expect(
        within(person('JH-26-014')).getByText('JH-26-014 cannot be removed: they have a history in 2 workshops, and histories are kept.'),
      ).toBeInTheDocument();
      expect(
        within(person('JH-26-003')).getByText('JH-26-003 cannot be removed: they have a history in 1 workshop, and histories are kept.'),
      ).toBeInTheDocument();
    });

    it('says so when removing fails, and keeps the participant', async () => {
      const { user } = await openRegistry();
      fake.failNext('participants.remove', DISK_FULL);
      await user.click(screen.getByRole('button', { name: 'Remove SC-27-101' }));
      await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
      const confirm = screen.getByRole('group', { name: /Remove SC-27-101/ });
      expect(await within(confirm).findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
      expect(codes()).toContain('SC-27-101');
    });
  });

  it('says when the registry is empty', async () => {
    install();
    people = [];
    renderApp('/participants');
    expect(await screen.findByText('No participants yet. Add them here, or enrol them when you plan a workshop.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a participant' })).toBeInTheDocument();
  });

  it('says so when the registry cannot be loaded, and tries again', async () => {
    install();
    fake.failNext('participants.list', UNREADABLE);
    const { user } = renderApp('/participants');
    expect(await screen.findByRole('alert')).toHaveTextContent(`The participants could not be loaded. ${UNREADABLE_TEXT}`);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'JH-26-014' })).toBeInTheDocument();
  });
});
