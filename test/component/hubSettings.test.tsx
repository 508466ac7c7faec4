import { screen, waitFor, within } from '@testing-library/react';
import { type FakeFacilitator, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { fakeHub, type FakeHubState, harbor, inProgram, OFF, savedConnection } from './fakeHub';
import { renderApp } from './renderApp';

let fake: FakeFacilitator;
let hub: ReturnType<typeof fakeHub>;

function install(initial: Partial<FakeHubState> = {}) {
  hub = fakeHub(initial);
  fake = installFakeFacilitator({ settings: sampleSettings(), planning: hub.handlers });
}

async function openHub() {
  const rendered = renderApp('/settings/hub');
  // Both states show the connection once the hub's status and settings are loaded.
  await screen.findByRole('form', { name: 'Connection to the hub' });
  return rendered;
}

const region = () => screen.getByRole('region', { name: 'Program hub' });
const connection = () => within(region()).getByRole('form', { name: 'Connection to the hub' });

describe('Settings › Program hub, off', () => {
  beforeEach(() => install());

  it('is off by default and says in two sentences what the hub is and what it can see', async () => {
    await openHub();
    expect(within(region()).getByText('The program hub is off: everything stays on this laptop.')).toBeInTheDocument();
    expect(
      within(region()).getByText(/The hub holds only sealed copies: it sees user names, .* never a code, a name, a title, a note or a mark\./),
    ).toBeInTheDocument();
    // Off means no indicator in the sidebar.
    expect(screen.queryByRole('link', { name: /^Program hub:/ })).not.toBeInTheDocument();
  });

  it('refuses an http address that is not this computer, at the field, and sends nothing', async () => {
    const { user } = await openHub();
    await user.type(within(connection()).getByLabelText('Hub address'), 'http://hub.example.org:5984');
    await user.type(within(connection()).getByLabelText('Program database'), 'harbor-youth');
    await user.type(within(connection()).getByLabelText('User name'), 'coordinator');
    await user.type(within(connection()).getByLabelText('Password'), 'correct horse');
    await user.click(within(connection()).getByRole('button', { name: 'Save the connection' }));

    const address = within(connection()).getByLabelText('Hub address');
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveAccessibleDescription(
      expect.stringContaining('Hub address must start with https:// (plain http:// is only for this computer’s own address, such as http://127.0.0.1).'),
    );
    expect(address).toHaveFocus();
    expect(fake.callsTo('hub.saveSettings')).toEqual([]);

    // Plain http to this computer is allowed (a hub on this laptop, or the tests').
    await user.clear(address);
    await user.type(address, 'http://127.0.0.1:5984/');
    await user.click(within(connection()).getByRole('button', { name: 'Save the connection' }));
    expect(await within(region()).findByText('Connection saved.')).toBeInTheDocument();
    expect(fake.callsTo('hub.saveSettings')).toEqual([
      { address: 'http://127.0.0.1:5984/', database: 'harbor-youth', userName: 'coordinator', password: 'correct horse' },
    ]);
    // The password is never shown back: the field is empty and says one is kept.
    const password = within(connection()).getByLabelText('Password');
    expect(password).toHaveValue('');
    expect(password).toHaveAccessibleDescription('A password is kept, sealed, on this laptop. Leave this empty to keep it.');
  });

  it('names each field at fault: an address with a path, a database name CouchDB refuses, a missing password', async () => {
    const { user } = await openHub();
    await user.type(within(connection()).getByLabelText('Hub address'), 'https://ana:secret@hub.example.org/db');
    await user.type(within(connection()).getByLabelText('Program database'), 'Harbor Youth');
    await user.type(within(connection()).getByLabelText('User name'), '_admin');
    await user.click(within(connection()).getByRole('button', { name: 'Save the connection' }));

    expect(within(connection()).getByLabelText('Hub address')).toHaveAccessibleDescription(
      expect.stringContaining('Hub address must not hold a user name or password (they have their own fields).'),
    );
    expect(within(connection()).getByLabelText('Program database')).toHaveAccessibleDescription(
      expect.stringContaining('Program database must start with a lowercase letter and hold only lowercase letters, digits and _ $ ( ) + - /.'),
    );
    expect(within(connection()).getByLabelText('User name')).toHaveAccessibleDescription(
      'User name must not start with _, hold a colon or spaces at either end.',
    );
    expect(within(connection()).getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('Password is required.'));
    expect(fake.callsTo('hub.saveSettings')).toEqual([]);
  });

  it('shows a problem main finds at its field, keeping what was typed', async () => {
    install({ settings: savedConnection });
    fake.failNext('hub.saveSettings', {
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [{ path: 'address', rule: 'hub-not-https' }],
    });
    const { user } = await openHub();
    expect(within(connection()).getByLabelText('Hub address')).toHaveValue('https://hub.example.org:6984');
    await user.click(within(connection()).getByRole('button', { name: 'Save the connection' }));
    await waitFor(() => expect(within(connection()).getByLabelText('Hub address')).toHaveAttribute('aria-invalid', 'true'));
    // A saved password is kept when the field is left empty: it is not sent.
    expect(fake.callsTo('hub.saveSettings')).toEqual([{ address: 'https://hub.example.org:6984', database: 'harbor-youth', userName: 'coordinator' }]);
  });

  it('joins with a file: the passphrase first, then the file; a wrong passphrase is said at its field', async () => {
    hub.state.nextJoin = { status: 'joined', hub: inProgram({ program: { ...harbor, role: 'facilitator', sharedWorkshops: 0 }, members: undefined }) };
    hub.state.joinConnection = { ...savedConnection, userName: 'ana.reyes' };
    fake.failNext('hub.join', {
      code: 'invalid-input',
      reason: { code: 'input-invalid' },
      issues: [{ path: 'passphrase', rule: 'does-not-unlock' }],
    });
    const { user } = await openHub();
    await user.click(within(region()).getByRole('button', { name: 'Join with a file…' }));
    const form = within(region()).getByRole('form', { name: 'Join with a file' });
    await user.click(within(form).getByRole('button', { name: 'Choose the join file…' }));
    expect(within(form).getByLabelText('Passphrase of the join file')).toHaveAccessibleDescription('Type the passphrase your coordinator told you.');
    expect(fake.callsTo('hub.join')).toEqual([]);

    await user.type(within(form).getByLabelText('Passphrase of the join file'), 'lantern river coat');
    await user.click(within(form).getByRole('button', { name: 'Choose the join file…' }));
    await waitFor(() => expect(within(form).getByLabelText('Passphrase of the join file')).toHaveAttribute('aria-invalid', 'true'));

    await user.click(within(form).getByRole('button', { name: 'Choose the join file…' }));
    expect(await within(region()).findByText('You joined Harbor Youth Services.')).toBeInTheDocument();
    expect(fake.callsTo('hub.join')).toEqual([{ passphrase: 'lantern river coat' }, { passphrase: 'lantern river coat' }]);
    expect(await within(region()).findByRole('heading', { name: 'Harbor Youth Services' })).toBeInTheDocument();
    expect(await within(region()).findByText('Facilitator')).toBeInTheDocument();
    // The connection the file carried, its password kept and not shown.
    await waitFor(() => expect(within(connection()).getByLabelText('User name')).toHaveValue('ana.reyes'));
    expect(within(connection()).getByLabelText('Hub address')).toHaveValue('https://hub.example.org:6984');
    expect(within(connection()).getByLabelText('Password')).toHaveValue('');
    // The sidebar now shows the sync state.
    expect(await screen.findByRole('link', { name: 'Program hub: Up to date' })).toBeInTheDocument();
  });

  it('creates the program once the connection is saved', async () => {
    install({ settings: savedConnection });
    const { user } = await openHub();
    const create = within(region()).getByRole('form', { name: 'Name the program' });
    await user.click(within(create).getByRole('button', { name: 'Create the program' }));
    expect(within(create).getByLabelText('Program name')).toHaveAccessibleDescription(expect.stringContaining('Give the program a name.'));
    await user.type(within(create).getByLabelText('Program name'), 'Harbor Youth Services');
    await user.click(within(create).getByRole('button', { name: 'Create the program' }));
    expect(await within(region()).findByText(/The program Harbor Youth Services is ready\./)).toBeInTheDocument();
    expect(fake.callsTo('hub.createProgram')).toEqual([{ name: 'Harbor Youth Services' }]);
  });
});

describe('Settings › Program hub, in a program', () => {
  beforeEach(() => install({ status: inProgram(), settings: savedConnection }));

  it('shows the program, the role, the state and the members, and removes one after asking', async () => {
    const { user } = await openHub();
    expect(within(region()).getByRole('heading', { name: 'Harbor Youth Services' })).toBeInTheDocument();
    const members = within(region()).getByRole('region', { name: 'Members' });
    expect(
      within(members)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['coordinator (you)Coordinator · joined', 'ana.reyesFacilitator · joinedRemove…', 'ben.okaforFacilitator · join file not used yetRemove…']);
    // No one removes themselves.
    expect(within(members).queryByRole('button', { name: 'Remove coordinator from the program…' })).not.toBeInTheDocument();

    await user.click(within(members).getByRole('button', { name: 'Remove ana.reyes from the program…' }));
    const question = within(members).getByRole('group', { name: 'Remove ana.reyes from the program?' });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Remove from the program' }));
    expect(await within(region()).findByText('ana.reyes was removed from the program, and the program has a new key.')).toBeInTheDocument();
    expect(fake.callsTo('hub.revoke')).toEqual([{ userName: 'ana.reyes' }]);
    expect(within(members).queryByText('ana.reyes')).not.toBeInTheDocument();
  });

  it('shows a facilitator as joined within a few seconds of main learning it, without leaving the page', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await openHub();
      const ben = () =>
        within(within(region()).getByRole('region', { name: 'Members' }))
          .getByText('ben.okafor')
          .closest('li');
      expect(ben()).toHaveTextContent('join file not used yet');
      // Ben's laptop joined; the coordinator's laptop learned it with its next exchange with the hub.
      hub.state.status = inProgram({ members: inProgram().members!.map((member) => ({ ...member, state: 'joined' as const })) });
      vi.advanceTimersByTime(5_000);
      await waitFor(() => expect(ben()).toHaveTextContent('Facilitator · joined'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('makes a join file for a new facilitator with a passphrase typed twice', async () => {
    hub.state.nextJoinFile = { status: 'saved', path: '/home/coordinator/Desktop/dani.facilitator-join' };
    const { user } = await openHub();
    await user.click(within(region()).getByRole('button', { name: 'Make a join file…' }));
    const form = within(region()).getByRole('form', { name: 'Make a join file' });
    await user.type(within(form).getByLabelText('Their user name on the hub'), 'dani.lopez');
    await user.type(within(form).getByLabelText('Passphrase for the file'), 'lantern river coat');
    await user.type(within(form).getByLabelText('Type the passphrase again'), 'lantern river cot');
    await user.click(within(form).getByRole('button', { name: 'Save the join file…' }));
    expect(within(form).getByLabelText('Type the passphrase again')).toHaveAccessibleDescription(
      'The two passphrases are not the same. Type the same passphrase in both fields.',
    );
    expect(fake.callsTo('hub.makeJoinFile')).toEqual([]);

    await user.clear(within(form).getByLabelText('Type the passphrase again'));
    await user.type(within(form).getByLabelText('Type the passphrase again'), 'lantern river coat');
    await user.click(within(form).getByRole('button', { name: 'Save the join file…' }));
    expect(
      await within(region()).findByText(
        'The join file for dani.lopez is saved at /home/coordinator/Desktop/dani.facilitator-join. Tell them the passphrase in person.',
      ),
    ).toBeInTheDocument();
    expect(fake.callsTo('hub.makeJoinFile')).toEqual([{ userName: 'dani.lopez', passphrase: 'lantern river coat' }]);
    expect(within(within(region()).getByRole('region', { name: 'Members' })).getByText('dani.lopez')).toBeInTheDocument();
  });

  it('asks before leaving: keep the copies, delete them, or cancel (the safe choice, focused)', async () => {
    const { user } = await openHub();
    await user.click(within(region()).getByRole('button', { name: 'Leave the program…' }));
    let question = within(region()).getByRole('group', { name: 'Leave Harbor Youth Services?' });
    expect(question).toHaveTextContent(
      '3 workshops on this laptop are shared with the program. Keep them here, or delete them from this laptop (the program keeps its copies).',
    );
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(within(question).getByRole('button', { name: 'Leave and delete 3 workshops' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(within(region()).queryByRole('group', { name: 'Leave Harbor Youth Services?' })).not.toBeInTheDocument();
    expect(within(region()).getByRole('button', { name: 'Leave the program…' })).toHaveFocus();
    expect(fake.callsTo('hub.leave')).toEqual([]);

    await user.click(within(region()).getByRole('button', { name: 'Leave the program…' }));
    question = within(region()).getByRole('group', { name: 'Leave Harbor Youth Services?' });
    await user.click(within(question).getByRole('button', { name: 'Leave and keep the copies' }));
    expect(await within(region()).findByText('This laptop left the program. Its copies are still here.')).toBeInTheDocument();
    expect(fake.callsTo('hub.leave')).toEqual([{ keepCopies: true }]);
    expect(await within(region()).findByText('The program hub is off: everything stays on this laptop.')).toBeInTheDocument();
  });

  it('deletes the copies when that is the answer', async () => {
    const { user } = await openHub();
    await user.click(within(region()).getByRole('button', { name: 'Leave the program…' }));
    await user.click(within(region()).getByRole('button', { name: 'Leave and delete 3 workshops' }));
    expect(await within(region()).findByText('This laptop left the program and deleted 3 workshops that came from it.')).toBeInTheDocument();
    expect(fake.callsTo('hub.leave')).toEqual([{ keepCopies: false }]);
    expect(hub.state.status).toEqual(OFF);
  });

  it('says what only the person can fix when the hub needs them', async () => {
    install({ status: inProgram({ sync: { kind: 'needs-you', why: 'refused-password' } }), settings: savedConnection });
    await openHub();
    expect(within(region()).getByText('The hub refused the user name or password below. Check them, or ask your coordinator.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Program hub: Needs you' })).toHaveAttribute('href', '/settings/hub');
  });
});
