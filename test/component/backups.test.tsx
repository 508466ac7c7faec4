import { screen, waitFor, within } from '@testing-library/react';
import type { BackupsView, GenerationView, RetentionPreview } from '../../core/contract/backups';
import { AppFailure } from '../../core/contract/result';
import { type FakeFacilitator, installFakeFacilitator, type PlanningHandlers, sampleSettings, UNREADABLE, UNREADABLE_TEXT } from './fakeFacilitator';
import { renderApp } from './renderApp';

const generation = (overrides: Partial<GenerationView> = {}): GenerationView => ({
  location: 'data',
  name: '2027-03-04T18-00-00-000Z',
  madeAt: '2027-03-04T18:00:00.000Z',
  madeOn: '2027-03-04',
  madeAtTime: '10:00',
  reason: 'daily',
  preview: { workshops: 3, participants: 12, modules: 0, settings: true, newestChange: '2027-03-03' },
  ...overrides,
});

const importBackup = generation({
  name: '2027-03-04T20-30-00-000Z',
  madeAt: '2027-03-04T20:30:00.000Z',
  madeAtTime: '12:30',
  reason: 'import',
  preview: { workshops: 1, participants: 1, modules: 2, settings: true, newestChange: '2027-03-04' },
});

const damaged = generation({
  name: '2027-02-20T18-00-00-000Z',
  madeAt: '2027-02-20T18:00:00.000Z',
  madeOn: '2027-02-20',
  preview: {
    workshops: 2,
    participants: 4,
    modules: 0,
    settings: true,
    unreadableFile: 'workshops/a.json',
  },
});

function view(overrides: Partial<BackupsView> = {}): BackupsView {
  return { dataFolder: '/home/facilitator/.config/Facilitator/data/backups', generations: [importBackup, generation(), damaged], ...overrides };
}

let fake: FakeFacilitator;

function install(planning: PlanningHandlers = {}, retention: { purgeAfterMonths?: number } = {}) {
  fake = installFakeFacilitator({
    settings: { ...sampleSettings(), retention },
    planning: { 'backups.list': () => view(), ...planning },
  });
}

async function openSettings() {
  const rendered = renderApp('/settings/backups');
  await screen.findByRole('region', { name: 'Backups' });
  return rendered;
}

async function openRetention() {
  const rendered = renderApp('/settings/retention');
  await screen.findByRole('region', { name: 'Purging old records' });
  return rendered;
}

const backups = () => screen.getByRole('region', { name: 'Backups' });

/** Opens Settings and waits for the list of backups. */
async function openBackups() {
  const rendered = await openSettings();
  await within(backups()).findByRole('group', { name: 'Backups in the data folder' });
  return rendered;
}
const dataList = () => within(within(backups()).getByRole('group', { name: 'Backups in the data folder' })).getByRole('list');
const retentionRegion = () => screen.getByRole('region', { name: 'Purging old records' });

describe('Settings › Backups', () => {
  beforeEach(() => install());

  it('lists the backups newest first with when, why, and what each holds, and cannot restore a damaged one', async () => {
    await openSettings();
    const items = await within(backups()).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(
        /^Thursday, March 4, 2027 at 12:30 PMBefore an import1 workshop, 1 participant, 2 imported modules · Last change on Thu, Mar 4, 2027/,
      ),
      expect.stringMatching(/^Thursday, March 4, 2027 at 10:00 AMDaily backup3 workshops, 12 participants · Last change on Wed, Mar 3, 2027/),
      expect.stringMatching(/^Saturday, February 20, 2027 at 10:00 AM.*This backup cannot be restored: its file workshops\/a\.json cannot be read/),
    ]);
    expect(within(items[2]!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(backups()).getByText('No second folder is chosen: backups are kept in the data folder only.')).toBeInTheDocument();
    expect(within(backups()).queryByRole('group', { name: 'Copies in the second folder' })).not.toBeInTheDocument();
  });

  it('backs up now and shows the new backup', async () => {
    const made = generation({ name: '2027-03-04T22-00-00-000Z', madeAtTime: '14:00', reason: 'manual' });
    install({ 'backups.backupNow': () => ({ name: made.name, secondCopy: { status: 'none' }, view: view({ generations: [made, importBackup] }) }) });
    const { user } = await openSettings();
    await user.click(within(backups()).getByRole('button', { name: 'Back up now' }));
    expect(await within(backups()).findByText('Backed up: Thursday, March 4, 2027 at 2:00 PM.')).toBeInTheDocument();
    expect(within(dataList()).getAllByRole('listitem')[0]).toHaveTextContent('Made with “Back up now”');
    expect(fake.callsTo('backups.backupNow')).toEqual([undefined]);
  });

  it('says plainly when the copy to the second folder could not be made', async () => {
    install({
      'backups.backupNow': () => ({
        name: importBackup.name,
        secondCopy: { status: 'failed', folder: 'E:\\', reason: 'missing' },
        view: view({ secondFolder: 'E:\\', secondFolderProblem: 'missing' }),
      }),
    });
    const { user } = await openSettings();
    await user.click(within(backups()).getByRole('button', { name: 'Back up now' }));
    expect(
      await within(backups()).findByText(
        'The backup copy to E:\\ could not be made: the folder is not there (is the drive plugged in?). Your data and the backup in the data folder are fine.',
      ),
    ).toBeInTheDocument();
  });

  it('restores a backup after asking, and shows the restored settings at once', async () => {
    const restoredSettings = { ...sampleSettings(), organisation: { name: 'Harbor Youth Services' } };
    install({
      'backups.restore': (ref) => ({
        restored: ref,
        safety: '2027-03-04T23-00-00-000Z',
        settings: restoredSettings,
        view: view({ generations: [generation({ name: '2027-03-04T23-00-00-000Z', madeAtTime: '15:00', reason: 'restore' }), importBackup, generation()] }),
      }),
    });
    const { user } = await openBackups();
    const restore = within(dataList()).getByRole('button', { name: 'Restore the backup of Thursday, March 4, 2027 at 10:00 AM' });
    await user.click(restore);

    const question = within(backups()).getByRole('group', {
      name: 'Restore the backup of Thursday, March 4, 2027 at 10:00 AM? The data as it is now is backed up first.',
    });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(fake.callsTo('backups.restore')).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Yes, restore' }));

    expect(
      await within(backups()).findByText(
        'The backup of Thursday, March 4, 2027 at 10:00 AM was restored. The data as it was just before is the newest backup in the list.',
      ),
    ).toBeInTheDocument();
    expect(fake.callsTo('backups.restore')).toEqual([{ location: 'data', name: '2027-03-04T18-00-00-000Z' }]);
    expect(within(screen.getByRole('banner')).getByText('Harbor Youth Services')).toBeInTheDocument();
    expect(within(dataList()).getAllByRole('listitem')[0]).toHaveTextContent('Before a restore');
  });

  it('cancels a restore, with focus back on its button', async () => {
    const { user } = await openBackups();
    await user.click(within(dataList()).getByRole('button', { name: 'Restore the backup of Thursday, March 4, 2027 at 12:30 PM' }));
    await user.keyboard('{Enter}');
    expect(within(backups()).queryByRole('group', { name: /^Restore the backup of/ })).not.toBeInTheDocument();
    expect(within(dataList()).getByRole('button', { name: 'Restore the backup of Thursday, March 4, 2027 at 12:30 PM' })).toHaveFocus();
    expect(fake.callsTo('backups.restore')).toEqual([]);
  });

  it('shows why a restore was refused, leaving the question open', async () => {
    install();
    fake.failNext('backups.restore', {
      code: 'invalid-input',
      reason: { code: 'backup-lacks-file', params: { file: 'settings.json' } },
    });
    const { user } = await openBackups();
    await user.click(within(dataList()).getByRole('button', { name: 'Restore the backup of Thursday, March 4, 2027 at 10:00 AM' }));
    await user.click(within(backups()).getByRole('button', { name: 'Yes, restore' }));
    expect(
      await within(backups()).findByText('Nothing was restored. This backup cannot be restored: it does not hold settings.json. Nothing was changed.'),
    ).toBeInTheDocument();
    expect(within(backups()).getByRole('group', { name: /^Restore the backup of Thursday, March 4, 2027 at 10:00 AM\?/ })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Riverside Youth Services')).toBeInTheDocument();
  });

  it('chooses a second folder, lists its copies, and stops copying there', async () => {
    const usb = '/media/ana/USB';
    const withUsb = view({ secondFolder: usb, generations: [importBackup, { ...importBackup, location: 'second' }, generation()] });
    let current = view();
    install({
      'backups.list': () => current,
      'backups.chooseFolder': () => {
        fake.settings = { ...fake.settings, backups: { secondFolder: usb } };
        current = withUsb;
        return { status: 'chosen', settings: fake.settings, secondCopy: { status: 'copied', folder: usb } };
      },
      'backups.clearFolder': ({ deleteCopies }) => {
        fake.settings = { ...fake.settings, backups: {} };
        current = view();
        return { settings: fake.settings, copies: deleteCopies ? 'deleted' : 'kept' };
      },
    });
    const { user } = await openSettings();
    await user.click(within(backups()).getByRole('button', { name: 'Choose a folder…' }));
    expect(await within(backups()).findByText('Backups are now also copied to /media/ana/USB.')).toBeInTheDocument();
    expect(within(backups()).getByText('A copy is in /media/ana/USB.')).toBeInTheDocument();
    expect(within(backups()).getByText('Each new backup is also copied to /media/ana/USB')).toBeInTheDocument();
    const copies = within(backups()).getByRole('group', { name: 'Copies in the second folder' });
    expect(within(copies).getByRole('button', { name: 'Restore the copy of Thursday, March 4, 2027 at 12:30 PM in the second folder' })).toBeInTheDocument();

    await user.click(within(backups()).getByRole('button', { name: 'Stop copying there' }));
    // It asks what becomes of the copies there, with nothing sent yet.
    const question = within(backups()).getByRole('group', { name: /^Stop copying backups to \/media\/ana\/USB\. The copies already there hold the records/ });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(fake.callsTo('backups.clearFolder')).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Stop and delete the copies there' }));
    expect(
      await within(backups()).findByText('Backups are no longer copied to a second folder, and the copies that were there are deleted.'),
    ).toBeInTheDocument();
    expect(fake.callsTo('backups.clearFolder')).toEqual([{ deleteCopies: true }]);
    expect(within(backups()).getByRole('button', { name: 'Choose a folder…' })).toBeInTheDocument();
    expect(within(backups()).queryByRole('group', { name: 'Copies in the second folder' })).not.toBeInTheDocument();
  });

  it('says when the second folder cannot be used now', async () => {
    install({ 'backups.list': () => view({ secondFolder: 'E:\\', secondFolderProblem: 'missing' }) });
    fake.settings = { ...fake.settings, backups: { secondFolder: 'E:\\' } };
    await openSettings();
    expect(await within(backups()).findByText('That folder cannot be used now: the folder is not there (is the drive plugged in?).')).toBeInTheDocument();
  });

  it('says why the second folder cannot be used in Spanish too, for a Spanish-speaking facilitator', async () => {
    install({ 'backups.list': () => view({ secondFolder: 'E:\\', secondFolderProblem: 'read-only' }) });
    fake.settings = { ...fake.settings, preferences: { ...fake.settings.preferences, language: 'es' }, backups: { secondFolder: 'E:\\' } };
    renderApp('/settings/backups');
    expect(await screen.findByText('Esa carpeta no se puede usar ahora: la unidad es de solo lectura.')).toBeInTheDocument();
  });

  it('says so, with a way to try again, when the backups cannot be listed', async () => {
    fake.failNext('backups.list', UNREADABLE);
    const { user } = await openSettings();
    expect(await within(backups()).findByText(`The backups could not be listed. ${UNREADABLE_TEXT}`)).toBeInTheDocument();
    await user.click(within(backups()).getByRole('button', { name: 'Try again' }));
    expect(await within(backups()).findAllByRole('listitem')).toHaveLength(3);
  });
});

describe('Settings › Purging old records', () => {
  const preview: RetentionPreview = {
    purgeAfterMonths: 24,
    cutoff: '2025-03-04',
    workshops: [
      { id: crypto.randomUUID(), title: 'Autumn 2024 – Unit B', endedOn: '2024-11-14' },
      { id: crypto.randomUUID(), title: 'Spring 2024 – North High', endedOn: '2024-05-02' },
    ],
    participants: [
      { id: crypto.randomUUID(), code: 'JH-24-003' },
      { id: crypto.randomUUID(), code: 'JH-24-007' },
      { id: crypto.randomUUID(), code: 'NH-24-011' },
    ],
    token: crypto.randomUUID(),
  };

  it('is off by default, and turning it on saves two years', async () => {
    install();
    const { user } = await openRetention();
    const box = within(retentionRegion()).getByRole('checkbox', { name: 'Let me purge old records' });
    expect(box).not.toBeChecked();
    expect(within(retentionRegion()).queryByRole('button', { name: 'Review what would be purged' })).not.toBeInTheDocument();
    await user.click(box);
    await waitFor(() => expect(fake.settings.retention).toEqual({ purgeAfterMonths: 24 }));
    expect(await within(retentionRegion()).findByLabelText(/^Workshops that finished more than this many months ago/)).toHaveValue('24');
    expect(box).toBeChecked();
  });

  it('saves the months when the field is left, and refuses a number out of range', async () => {
    install({}, { purgeAfterMonths: 24 });
    const { user } = await openRetention();
    const months = within(retentionRegion()).getByLabelText(/^Workshops that finished more than this many months ago/);
    await user.clear(months);
    await user.type(months, '500');
    await user.tab();
    expect(within(retentionRegion()).getByText('The number of months must be a whole number from 1 to 120.')).toBeInTheDocument();
    expect(fake.callsTo('settings.setRetention')).toEqual([]);
    await user.clear(months);
    await user.type(months, '36{Enter}');
    await waitFor(() => expect(fake.callsTo('settings.setRetention')).toEqual([{ purgeAfterMonths: 36 }]));
    expect(within(retentionRegion()).queryByText(/must be a whole number/)).not.toBeInTheDocument();
  });

  it('lists what would go by workshop title and participant code, and purges it after a confirmation', async () => {
    install(
      {
        'retention.preview': () => preview,
        'retention.purge': () => ({ workshops: 2, participants: 3, backup: '2027-03-04T22-00-00-000Z', keptUntil: '2027-03-11', secondFolderPending: true }),
      },
      { purgeAfterMonths: 24 },
    );
    const { user } = await openRetention();
    await user.click(within(retentionRegion()).getByRole('button', { name: 'Review what would be purged' }));

    const list = await within(retentionRegion()).findByRole('group', { name: 'What would be purged' });
    expect(within(list).getByRole('list', { name: '2 workshops that finished before Tuesday, March 4, 2025' })).toHaveTextContent(
      'Autumn 2024 – Unit B (last met on Thursday, November 14, 2024)Spring 2024 – North High (last met on Thursday, May 2, 2024)',
    );
    expect(
      within(within(list).getByRole('list', { name: '3 participants in no other workshop' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['JH-24-003', 'JH-24-007', 'NH-24-011']);

    await user.click(within(list).getByRole('button', { name: 'Purge 2 workshops and 3 participants…' }));
    const question = within(list).getByRole('group', { name: /^Purge 2 workshops and 3 participants for good\? A backup is made first/ });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(fake.callsTo('retention.purge')).toEqual([]);
    await user.click(within(question).getByRole('button', { name: 'Yes, purge' }));

    expect(await within(retentionRegion()).findByText(/^Purged 2 workshops and 3 participants\./)).toHaveTextContent(
      'They are also gone from every older backup, except the one made just before the purge, which keeps them until Thursday, March 11, 2027 so the purge can be undone; after that day they are removed from it too. The copies in the second folder cannot be reached now',
    );
    expect(fake.callsTo('retention.purge')).toEqual([{ token: preview.token }]);
    expect(within(retentionRegion()).queryByRole('group', { name: 'What would be purged' })).not.toBeInTheDocument();
  });

  it('says how many workshops went when a purge fails partway, and never that nothing was purged', async () => {
    install(
      {
        'retention.preview': () => preview,
        'retention.purge': () => {
          throw new AppFailure('storage', {
            code: 'purge-partial',
            params: { count: 1, total: 2, cause: { code: 'delete-failed', params: { file: 'workshops/spring-2024.json', drive: 'drive-error' } } },
          });
        },
      },
      { purgeAfterMonths: 24 },
    );
    const { user } = await openRetention();
    await user.click(within(retentionRegion()).getByRole('button', { name: 'Review what would be purged' }));
    await user.click(await within(retentionRegion()).findByRole('button', { name: 'Purge 2 workshops and 3 participants…' }));
    await user.click(within(retentionRegion()).getByRole('button', { name: 'Yes, purge' }));

    const said = await within(retentionRegion()).findByText(/^1 of 2 workshops was purged, then the next one could not be/);
    expect(said).toHaveTextContent('workshops/spring-2024.json');
    expect(said).toHaveTextContent('no one was taken out of the participant registry');
    expect(within(retentionRegion()).queryByText(/Nothing was purged/)).not.toBeInTheDocument();
  });

  it('cancels a purge with focus back on its button', async () => {
    install({ 'retention.preview': () => preview }, { purgeAfterMonths: 24 });
    const { user } = await openRetention();
    await user.click(within(retentionRegion()).getByRole('button', { name: 'Review what would be purged' }));
    await user.click(await within(retentionRegion()).findByRole('button', { name: 'Purge 2 workshops and 3 participants…' }));
    await user.keyboard('{Enter}');
    expect(within(retentionRegion()).getByRole('button', { name: 'Purge 2 workshops and 3 participants…' })).toHaveFocus();
    expect(fake.callsTo('retention.purge')).toEqual([]);
  });

  it('says when nothing would be purged', async () => {
    install({ 'retention.preview': () => ({ purgeAfterMonths: 24, cutoff: '2025-03-04', workshops: [], participants: [] }) }, { purgeAfterMonths: 24 });
    const { user } = await openRetention();
    await user.click(within(retentionRegion()).getByRole('button', { name: 'Review what would be purged' }));
    expect(await within(retentionRegion()).findByText('Nothing finished before Tuesday, March 4, 2025, so nothing would be purged.')).toBeInTheDocument();
    expect(within(retentionRegion()).queryByRole('button', { name: /^Purge/ })).not.toBeInTheDocument();
  });

  it('turning it off forgets the list', async () => {
    install({ 'retention.preview': () => preview }, { purgeAfterMonths: 24 });
    const { user } = await openRetention();
    await user.click(within(retentionRegion()).getByRole('button', { name: 'Review what would be purged' }));
    await within(retentionRegion()).findByRole('group', { name: 'What would be purged' });
    await user.click(within(retentionRegion()).getByRole('checkbox', { name: 'Let me purge old records' }));
    await waitFor(() => expect(fake.settings.retention).toEqual({}));
    expect(within(retentionRegion()).queryByRole('group', { name: 'What would be purged' })).not.toBeInTheDocument();
  });
});
