import { screen, waitFor, within } from '@testing-library/react';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, ids, installFakeFacilitator, sampleSettings, UNREADABLE, UNREADABLE_TEXT } from './fakeFacilitator';
import { renderApp } from './renderApp';

let fake: FakeFacilitator;

beforeEach(() => {
  fake = installFakeFacilitator({ settings: sampleSettings() });
});

/** Opens one section of Settings at its own address. */
async function openSettings(page = 'organisation') {
  const view = renderApp(`/settings/${page}`);
  await screen.findByText('Each change is saved as soon as you make it.');
  return view;
}

const section = (name: string) => screen.getByRole('region', { name });
const form = (name: string) => screen.getByRole('form', { name });
/** The saved records of a section (not its add form). */
const list = (name: string) => within(section(name)).getByRole('list');

describe('Settings', () => {
  it('shows one section at a time, each at its own address, moving between them by the menu', async () => {
    const { user, router } = renderApp('/settings');
    // The bare address opens the first section.
    expect(await screen.findByLabelText('Organisation name')).toHaveValue('Riverside Youth Services');
    expect(router.state.location.pathname).toBe('/settings/organisation');
    const menu = screen.getByRole('navigation', { name: 'Settings sections' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Organisation',
      'Language',
      'Facilitators',
      'Sites',
      'Local resources',
      'Privacy',
      'Protection',
      'Attendance',
      'Backups',
      'Purging old records',
      'Program hub',
    ]);
    expect(within(menu).getByRole('link', { name: 'Organisation' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('region', { name: 'Facilitators' })).not.toBeInTheDocument();

    await user.click(within(menu).getByRole('link', { name: 'Facilitators' }));
    expect(router.state.location.pathname).toBe('/settings/facilitators');
    expect(within(menu).getByRole('link', { name: 'Facilitators' })).toHaveAttribute('aria-current', 'page');
    // Moving between sections leaves focus on the menu, where the user is.
    expect(within(menu).getByRole('link', { name: 'Facilitators' })).toHaveFocus();
    expect(screen.queryByLabelText('Organisation name')).not.toBeInTheDocument();
    const facilitators = section('Facilitators');
    expect(within(facilitators).getByText('Ana Reyes')).toBeInTheDocument();
    expect(within(list('Facilitators')).getByText('Lead')).toBeInTheDocument();
    expect(within(facilitators).getByText('Ben Okafor')).toBeInTheDocument();
    expect(within(facilitators).getByText('Co-facilitator, Survivor mentor')).toBeInTheDocument();

    await user.click(within(menu).getByRole('link', { name: 'Sites' }));
    expect(within(section('Sites')).getByText('North High School')).toBeInTheDocument();
    expect(within(list('Sites')).getByText('School')).toBeInTheDocument();

    await user.click(within(menu).getByRole('link', { name: 'Local resources' }));
    const resources = section('Local resources');
    expect(within(resources).getByText('Youth Crisis Line')).toBeInTheDocument();
    expect(within(resources).getByText('Contact: Text 555-0100')).toBeInTheDocument();
    expect(within(resources).getByText('Hours: 24 hours')).toBeInTheDocument();
    expect(within(resources).getByText(/shown at the closing of every session and can be printed/)).toBeInTheDocument();
    // The handout link belongs to the resources card.
    expect(within(resources).getByRole('link', { name: 'Print a handout of these resources' })).toHaveAttribute('href', '/print/resources');

    await user.click(within(menu).getByRole('link', { name: 'Privacy' }));
    expect(screen.getByRole('checkbox', { name: 'Allow participants’ full names' })).not.toBeChecked();
  });

  it('opens a section from its address', async () => {
    renderApp('/settings/sites');
    expect(await screen.findByRole('region', { name: 'Sites' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sites', current: 'page' })).toBeInTheDocument();
  });

  it('says an address that is no section of Settings is not found', async () => {
    renderApp('/settings/nonsense');
    expect(await screen.findByRole('heading', { level: 1, name: 'This screen does not exist.' })).toBeInTheDocument();
  });

  it('says so, with a way to try again, when settings cannot be loaded', async () => {
    fake.failNext('settings.get', UNREADABLE);
    const { user } = renderApp('/settings');
    expect(await screen.findByRole('alert')).toHaveTextContent(`Settings could not be loaded. ${UNREADABLE_TEXT}`);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Organisation name')).toHaveValue('Riverside Youth Services');
  });

  describe('organisation name', () => {
    it('saves when the field loses focus, and shows the new name in the sidebar', async () => {
      const { user } = await openSettings();
      const field = screen.getByLabelText('Organisation name');
      await user.clear(field);
      await user.type(field, '  Eastside Prevention Project ');
      expect(fake.callsTo('settings.setOrganisation')).toHaveLength(0);

      await user.tab();
      await waitFor(() => expect(fake.callsTo('settings.setOrganisation')).toEqual([{ name: '  Eastside Prevention Project ' }]));
      expect(await within(section('Organisation')).findByRole('status')).toHaveTextContent('Saved');
      expect(field).toHaveValue('Eastside Prevention Project');
      expect(within(screen.getByRole('banner')).getByText('Eastside Prevention Project')).toBeInTheDocument();
      expect(fake.settings.organisation.name).toBe('Eastside Prevention Project');
    });

    it('saves on Enter, once', async () => {
      const { user } = await openSettings();
      const field = screen.getByLabelText('Organisation name');
      await user.clear(field);
      await user.type(field, 'Eastside{Enter}');
      await within(section('Organisation')).findByText('Saved');
      await user.tab();
      expect(fake.callsTo('settings.setOrganisation')).toEqual([{ name: 'Eastside' }]);
    });

    it('does not save when nothing changed', async () => {
      const { user } = await openSettings();
      await user.click(screen.getByLabelText('Organisation name'));
      await user.tab();
      expect(fake.callsTo('settings.setOrganisation')).toHaveLength(0);
    });

    it('shows "Saving…" while the save is under way', async () => {
      const { user } = await openSettings();
      const release = fake.hold('settings.setOrganisation');
      const field = screen.getByLabelText('Organisation name');
      await user.type(field, ' East{Enter}');
      const status = within(section('Organisation')).getByRole('status');
      await waitFor(() => expect(status).toHaveTextContent('Saving…'));
      release();
      await waitFor(() => expect(status).toHaveTextContent('Saved'));
    });

    it('on failure, names the field next to it and keeps what was typed', async () => {
      const { user } = await openSettings();
      const field = screen.getByLabelText('Organisation name');
      await user.clear(field);
      await user.type(field, 'x'.repeat(201));
      await user.tab();

      const message = await screen.findByText('Organisation name must be at most 200 characters.');
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(expect.stringContaining('Organisation name must be at most 200 characters.'));
      expect(message.id).toBeTruthy();
      expect(field).toHaveValue('x'.repeat(201));
      expect(within(section('Organisation')).getByRole('status')).toHaveTextContent('Not saved');
      expect(fake.settings.organisation.name).toBe('Riverside Youth Services');
    });
  });

  describe('facilitators', () => {
    it('adds a facilitator with roles; the new person appears and the form is ready for the next', async () => {
      const { user } = await openSettings('facilitators');
      const add = form('Add a facilitator');
      await user.type(within(add).getByLabelText('Name'), 'Carmen Diaz');
      await user.click(within(add).getByRole('checkbox', { name: 'Lead' }));
      await user.click(within(add).getByRole('checkbox', { name: 'Survivor mentor' }));
      await user.click(within(add).getByRole('button', { name: 'Add facilitator' }));

      const facilitators = section('Facilitators');
      expect(await within(facilitators).findByText('Carmen Diaz')).toBeInTheDocument();
      expect(within(facilitators).getByText('Lead, Survivor mentor')).toBeInTheDocument();
      expect(fake.callsTo('settings.saveFacilitator')).toEqual([{ name: 'Carmen Diaz', roles: ['lead', 'survivor-mentor'] }]);
      expect(fake.settings.facilitators).toHaveLength(3);
      expect(within(facilitators).getByRole('status')).toHaveTextContent('Saved');

      expect(within(add).getByLabelText('Name')).toHaveValue('');
      expect(within(add).getByLabelText('Name')).toHaveFocus();
      expect(within(add).getByRole('checkbox', { name: 'Lead' })).not.toBeChecked();
    });

    it('adds with the keyboard alone', async () => {
      const { user } = await openSettings('facilitators');
      const add = form('Add a facilitator');
      await user.click(within(add).getByLabelText('Name'));
      await user.keyboard('Dee{Tab}{ }{Tab}{ }');
      expect(within(add).getByRole('checkbox', { name: 'Lead' })).toBeChecked();
      expect(within(add).getByRole('checkbox', { name: 'Co-facilitator' })).toBeChecked();
      await user.click(within(add).getByLabelText('Name'));
      await user.keyboard('{Enter}');
      expect(await within(section('Facilitators')).findByText('Dee')).toBeInTheDocument();
    });

    it('without a role, says so next to the roles and keeps the name typed', async () => {
      const { user } = await openSettings('facilitators');
      const add = form('Add a facilitator');
      await user.type(within(add).getByLabelText('Name'), 'Carmen Diaz');
      await user.click(within(add).getByRole('button', { name: 'Add facilitator' }));

      const roles = await within(add).findByRole('group', { name: 'Roles' });
      expect(roles).toHaveAttribute('aria-invalid', 'true');
      expect(roles).toHaveAccessibleDescription(expect.stringContaining('This facilitator needs at least one.'));
      expect(within(add).getByLabelText('Name')).toHaveValue('Carmen Diaz');
      expect(within(add).getByRole('checkbox', { name: 'Lead' })).toHaveFocus();
      expect(within(section('Facilitators')).getByRole('status')).toHaveTextContent('Not saved. Please check the message next to the field.');
      expect(fake.settings.facilitators).toHaveLength(2);
    });

    it('on a failed save, shows the message next to the field it names and keeps the typed text', async () => {
      fake.failNext('settings.saveFacilitator', {
        code: 'invalid-input',
        reason: { code: 'input-invalid' },
        issues: [{ path: 'name', rule: 'taken' }],
      });
      const { user } = await openSettings('facilitators');
      const add = form('Add a facilitator');
      const name = within(add).getByLabelText('Name');
      await user.type(name, 'Ana Reyes');
      await user.click(within(add).getByRole('checkbox', { name: 'Observer' }));
      await user.click(within(add).getByRole('button', { name: 'Add facilitator' }));

      const message = await within(add).findByText('Name is already used by another one.');
      expect(name).toHaveAttribute('aria-invalid', 'true');
      expect(name).toHaveAttribute('aria-describedby', message.id);
      expect(name).toHaveValue('Ana Reyes');
      expect(name).toHaveFocus();
      expect(within(add).getByRole('checkbox', { name: 'Observer' })).toBeChecked();

      // Fixed and sent again: saved, the message goes away.
      await user.type(name, ' Jr');
      await user.click(within(add).getByRole('button', { name: 'Add facilitator' }));
      expect(await within(section('Facilitators')).findByText('Ana Reyes Jr')).toBeInTheDocument();
      expect(within(add).queryByText(/already used/)).not.toBeInTheDocument();
    });

    it('on a failure that is not about a field, says what went wrong', async () => {
      fake.failNext('settings.saveFacilitator', DISK_FULL);
      const { user } = await openSettings('facilitators');
      const add = form('Add a facilitator');
      await user.type(within(add).getByLabelText('Name'), 'Carmen Diaz');
      await user.click(within(add).getByRole('checkbox', { name: 'Lead' }));
      await user.click(within(add).getByRole('button', { name: 'Add facilitator' }));

      await waitFor(() => expect(within(section('Facilitators')).getByRole('status')).toHaveTextContent(`Not saved. ${DISK_FULL_TEXT}`));
      expect(within(add).getByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
      expect(within(add).getByLabelText('Name')).toHaveValue('Carmen Diaz');
    });

    it('edits a facilitator inline, and Cancel leaves it as it was', async () => {
      const { user } = await openSettings('facilitators');
      await user.click(screen.getByRole('button', { name: 'Edit Ben Okafor' }));
      const edit = form('Edit Ben Okafor');
      const name = within(edit).getByLabelText('Name');
      expect(name).toHaveFocus();
      expect(name).toHaveValue('Ben Okafor');
      expect(within(edit).getByRole('checkbox', { name: 'Survivor mentor' })).toBeChecked();

      await user.clear(name);
      await user.type(name, 'Benjamin Okafor');
      await user.click(within(edit).getByRole('checkbox', { name: 'Co-facilitator' }));
      await user.click(within(edit).getByRole('button', { name: 'Save changes' }));

      expect(await screen.findByText('Benjamin Okafor')).toBeInTheDocument();
      expect(fake.callsTo('settings.saveFacilitator')).toEqual([{ id: ids.ben, name: 'Benjamin Okafor', roles: ['survivor-mentor'] }]);
      expect(screen.getByRole('button', { name: 'Edit Benjamin Okafor' })).toHaveFocus();

      await user.click(screen.getByRole('button', { name: 'Edit Ana Reyes' }));
      await user.type(within(form('Edit Ana Reyes')).getByLabelText('Name'), ' changed');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('form', { name: 'Edit Ana Reyes' })).not.toBeInTheDocument();
      expect(screen.getByText('Ana Reyes')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Edit Ana Reyes' })).toHaveFocus();
      expect(fake.callsTo('settings.saveFacilitator')).toHaveLength(1);
    });

    it('asks for confirmation before removing, and Cancel keeps the person', async () => {
      const { user } = await openSettings('facilitators');
      await user.click(screen.getByRole('button', { name: 'Remove Ana Reyes' }));

      const confirm = screen.getByRole('group', { name: 'Remove Ana Reyes from the facilitators? This cannot be undone.' });
      expect(fake.callsTo('settings.removeFacilitator')).toHaveLength(0);
      expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();

      await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
      expect(screen.getByText('Ana Reyes')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Remove Ana Reyes' })).toHaveFocus();
      expect(fake.callsTo('settings.removeFacilitator')).toHaveLength(0);

      await user.click(screen.getByRole('button', { name: 'Remove Ana Reyes' }));
      await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
      await waitFor(() => expect(screen.queryByText('Ana Reyes')).not.toBeInTheDocument());
      expect(fake.callsTo('settings.removeFacilitator')).toEqual([{ id: ids.ana }]);
      expect(screen.getByRole('heading', { name: 'Facilitators' })).toHaveFocus();
      expect(fake.settings.facilitators.map((f) => f.name)).toEqual(['Ben Okafor']);
    });

    it('keeps the person and says why when removing fails', async () => {
      fake.failNext('settings.removeFacilitator', { code: 'storage', reason: { code: 'lock-taken', params: { dir: '/data' } } });
      const { user } = await openSettings('facilitators');
      await user.click(screen.getByRole('button', { name: 'Remove Ana Reyes' }));
      await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
      const confirm = screen.getByRole('group', { name: /Remove Ana Reyes/ });
      expect(await within(confirm).findByText('Not saved. Could not lock the data folder /data: another copy of the app keeps taking it.')).toBeInTheDocument();
      expect(screen.getByText('Ana Reyes')).toBeInTheDocument();
    });

    it('says when there are none yet', async () => {
      fake.settings.facilitators = [];
      await openSettings('facilitators');
      expect(within(section('Facilitators')).getByText('No facilitators yet.')).toBeInTheDocument();
    });
  });

  describe('sites', () => {
    it('adds, edits and removes a site', async () => {
      const { user } = await openSettings('sites');
      const add = form('Add a site');
      await user.type(within(add).getByLabelText('Site name'), 'County Juvenile Hall');
      await user.selectOptions(within(add).getByLabelText('Kind of site'), 'Detention');
      await user.click(within(add).getByRole('button', { name: 'Add site' }));

      const sites = section('Sites');
      expect(await within(sites).findByText('County Juvenile Hall')).toBeInTheDocument();
      expect(within(list('Sites')).getByText('Detention')).toBeInTheDocument();
      expect(fake.callsTo('settings.saveSite')).toEqual([{ name: 'County Juvenile Hall', kind: 'detention' }]);
      // The next site is likely of the same kind: the form keeps it and empties only the name.
      expect(within(add).getByLabelText('Site name')).toHaveValue('');
      expect(within(add).getByLabelText('Kind of site')).toHaveValue('detention');

      await user.click(within(sites).getByRole('button', { name: 'Edit North High School' }));
      const edit = form('Edit North High School');
      await user.selectOptions(within(edit).getByLabelText('Kind of site'), 'Community');
      await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
      await waitFor(() => expect(fake.settings.sites.find((s) => s.id === ids.northHigh)?.kind).toBe('community'));
      expect(within(list('Sites')).getByText('Community')).toBeInTheDocument();

      await user.click(within(sites).getByRole('button', { name: 'Remove North High School' }));
      await user.click(within(sites).getByRole('button', { name: 'Yes, remove' }));
      await waitFor(() => expect(within(sites).queryByText('North High School')).not.toBeInTheDocument());
      expect(fake.settings.sites.map((s) => s.name)).toEqual(['County Juvenile Hall']);
    });

    it('asks for a name', async () => {
      const { user } = await openSettings('sites');
      const add = form('Add a site');
      await user.click(within(add).getByRole('button', { name: 'Add site' }));
      expect(await within(add).findByText('Site name is required.')).toBeInTheDocument();
      expect(within(add).getByLabelText('Site name')).toHaveAttribute('aria-invalid', 'true');
    });
  });

  describe('local resources', () => {
    it('adds a resource with contact, hours and notes, and edits it', async () => {
      const { user } = await openSettings('resources');
      const add = form('Add a resource');
      await user.type(within(add).getByLabelText('Name'), 'Safe Harbor Advocates');
      await user.type(within(add).getByLabelText(/^Phone or text line/), '555-0199');
      await user.type(within(add).getByLabelText(/^Hours/), 'Weekdays 9–5');
      await user.type(within(add).getByLabelText(/^Notes/), 'Ask for the youth advocate.');
      await user.click(within(add).getByRole('button', { name: 'Add resource' }));

      const resources = section('Local resources');
      expect(await within(resources).findByText('Safe Harbor Advocates')).toBeInTheDocument();
      expect(within(resources).getByText('Contact: 555-0199')).toBeInTheDocument();
      expect(fake.callsTo('settings.saveResource')).toEqual([
        { name: 'Safe Harbor Advocates', contact: '555-0199', hours: 'Weekdays 9–5', notes: 'Ask for the youth advocate.' },
      ]);

      await user.click(within(resources).getByRole('button', { name: 'Edit Youth Crisis Line' }));
      const edit = form('Edit Youth Crisis Line');
      const hours = within(edit).getByLabelText(/^Hours/);
      await user.clear(hours);
      await user.type(hours, 'Every day, all day');
      await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
      expect(await within(resources).findByText('Hours: Every day, all day')).toBeInTheDocument();
    });

    it('removes a resource after confirmation', async () => {
      const { user } = await openSettings('resources');
      const resources = section('Local resources');
      await user.click(within(resources).getByRole('button', { name: 'Remove Youth Crisis Line' }));
      expect(within(resources).getByRole('group', { name: /Remove the resource Youth Crisis Line\?/ })).toBeInTheDocument();
      await user.click(within(resources).getByRole('button', { name: 'Yes, remove' }));
      expect(await within(resources).findByText('No local resources yet.')).toBeInTheDocument();
    });
  });

  describe('privacy', () => {
    it('turns on full names only when asked, and saves it at once', async () => {
      const { user } = await openSettings('privacy');
      const box = screen.getByRole('checkbox', { name: 'Allow participants’ full names' });
      await user.click(box);
      await waitFor(() => expect(fake.settings.preferences.allowFullNames).toBe(true));
      expect(fake.callsTo('settings.setPreferences')).toEqual([{ allowFullNames: true }]);
      expect(box).toBeChecked();
      expect(within(section('Privacy')).getByRole('status')).toHaveTextContent('Saved');
    });

    it('offers, once full names are turned off, to erase every stored one, and says what was erased', async () => {
      fake = installFakeFacilitator({
        settings: { ...sampleSettings(), preferences: { language: 'en', allowFullNames: true } },
        planning: { 'participants.eraseFullNames': () => ({ erased: 3, secondFolderPending: true }) },
      });
      const { user } = await openSettings('privacy');
      await user.click(screen.getByRole('checkbox', { name: 'Allow participants’ full names' }));
      const offer = await within(section('Privacy')).findByRole('group', { name: /^Full names are off\. Names stored so far are still kept/ });
      const erase = within(offer).getByRole('button', { name: 'Erase every stored full name' });
      expect(erase).toHaveFocus();
      expect(fake.callsTo('participants.eraseFullNames')).toEqual([]);
      await user.click(erase);
      expect(
        await within(section('Privacy')).findByText(
          /^Erased 3 full names, from the records and from every backup\. The copies in the second folder cannot be reached now/,
        ),
      ).toBeInTheDocument();
      expect(fake.callsTo('participants.eraseFullNames')).toEqual([undefined]);
      expect(within(section('Privacy')).queryByRole('group')).not.toBeInTheDocument();
    });

    it('keeps stored full names when the offer is declined', async () => {
      fake = installFakeFacilitator({ settings: { ...sampleSettings(), preferences: { language: 'en', allowFullNames: true } } });
      const { user } = await openSettings('privacy');
      await user.click(screen.getByRole('checkbox', { name: 'Allow participants’ full names' }));
      await user.click(await within(section('Privacy')).findByRole('button', { name: 'Keep them' }));
      expect(within(section('Privacy')).queryByRole('button', { name: 'Erase every stored full name' })).not.toBeInTheDocument();
      expect(fake.callsTo('participants.eraseFullNames')).toEqual([]);
    });

    it('shows the saved value again when the change fails', async () => {
      fake.failNext('settings.setPreferences', DISK_FULL);
      const { user } = await openSettings('privacy');
      const box = screen.getByRole('checkbox', { name: 'Allow participants’ full names' });
      await user.click(box);
      await waitFor(() => expect(within(section('Privacy')).getByRole('status')).toHaveTextContent(`Not saved. ${DISK_FULL_TEXT}`));
      expect(box).not.toBeChecked();
    });
  });

  describe('the export folder', () => {
    const block = () => section('Export folder');

    it('shows the remembered folder and forgets it when asked, saying so', async () => {
      fake = installFakeFacilitator({ settings: { ...sampleSettings(), exportFolder: '/media/usb/Exports' } });
      const { user } = await openSettings('privacy');
      expect(block()).toHaveTextContent('Where exports are saved first: /media/usb/Exports');
      await user.click(within(block()).getByRole('button', { name: 'Forget this folder' }));
      expect(await within(block()).findByText('Not chosen yet: the first save asks.')).toBeInTheDocument();
      expect(within(block()).getByRole('status')).toHaveTextContent('Saved');
      expect(fake.callsTo('settings.forgetExportFolder')).toEqual([undefined]);
      expect(fake.settings.exportFolder).toBeUndefined();
      expect(within(block()).queryByRole('button', { name: 'Forget this folder' })).not.toBeInTheDocument();
      expect(within(block()).getByRole('heading', { name: 'Export folder' })).toHaveFocus();
    });

    it('says the first save asks when no folder is remembered yet', async () => {
      await openSettings('privacy');
      expect(block()).toHaveTextContent('Not chosen yet: the first save asks.');
      expect(within(block()).queryByRole('button')).not.toBeInTheDocument();
    });

    it('keeps showing the folder, saying why, when forgetting it cannot be saved', async () => {
      fake = installFakeFacilitator({ settings: { ...sampleSettings(), exportFolder: '/media/usb/Exports' } });
      fake.failNext('settings.forgetExportFolder', DISK_FULL);
      const { user } = await openSettings('privacy');
      await user.click(within(block()).getByRole('button', { name: 'Forget this folder' }));
      expect(await within(block()).findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
      expect(block()).toHaveTextContent('Where exports are saved first: /media/usb/Exports');
    });
  });

  describe('the getting-started list on Today', () => {
    const box = () => screen.getByRole('checkbox', { name: 'Show the “Getting started” list on Today' });

    it('shows the list again after it was hidden, saving the choice', async () => {
      const settings = sampleSettings();
      fake = installFakeFacilitator({ settings: { ...settings, preferences: { ...settings.preferences, firstRunChecklistHidden: true } } });
      const { user } = await openSettings('organisation');
      expect(box()).not.toBeChecked();
      await user.click(box());
      await waitFor(() => expect(fake.settings.preferences.firstRunChecklistHidden).toBe(false));
      expect(fake.callsTo('settings.setPreferences')).toEqual([{ firstRunChecklistHidden: false }]);
      expect(box()).toBeChecked();
      expect(within(section('Getting started on Today')).getByRole('status')).toHaveTextContent('Saved');
    });

    it('shows the saved value again when the change fails', async () => {
      const settings = sampleSettings();
      fake = installFakeFacilitator({ settings: { ...settings, preferences: { ...settings.preferences, firstRunChecklistHidden: true } } });
      fake.failNext('settings.setPreferences', DISK_FULL);
      const { user } = await openSettings('organisation');
      await user.click(box());
      expect(await screen.findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
      expect(box()).not.toBeChecked();
    });
  });

  it.each(['organisation', 'facilitators', 'sites', 'resources', 'privacy'])('gives every control in %s an accessible name', async (page) => {
    await openSettings(page);
    const controls = ['textbox', 'checkbox', 'combobox', 'button'].flatMap((role) => screen.queryAllByRole(role));
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(control).toHaveAccessibleName();
  });
});
