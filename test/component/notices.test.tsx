import { screen, waitFor, within } from '@testing-library/react';
import { DISK_FULL, DISK_FULL_TEXT, installFakeFacilitator, sampleNotice } from './fakeFacilitator';
import { renderApp } from './renderApp';

/** Today, with nothing planned: the screen the notices are shown over. */
const quietToday = { 'schedule.today': () => ({ today: '2027-03-09', weekStart: '2027-03-08', weekEnd: '2027-03-14', meetings: [], atRisk: [] }) };

describe('notices about data files', () => {
  it('explains a file replaced by its backup, and dismisses it', async () => {
    const fake = installFakeFacilitator({ notices: [sampleNotice()], planning: quietToday });
    const { user } = renderApp('/today');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAccessibleName('A damaged data file was replaced by its backup');
    expect(alert).toHaveTextContent('could not read the file settings.json');
    expect(alert).toHaveTextContent('restored the backup backups/settings.3.json');
    expect(alert).toHaveTextContent('The damaged copy was kept, unchanged, at damaged/settings.2025-03-01T10-00-00.json in the data folder.');
    expect(alert).toHaveTextContent('Data folder: /home/facilitator/.config/Facilitator');

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(fake.callsTo('app.dismissNotice')).toEqual([{ id: 'notice-1' }]);
    expect(fake.info.notices).toEqual([]);
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
  });

  it('shows a notice that arose while the app was open once the user moves to another screen', async () => {
    const fake = installFakeFacilitator({ planning: quietToday });
    const { user } = renderApp('/today');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // A backup copy to the second folder failed meanwhile (the drive was unplugged).
    fake.info = { ...fake.info, notices: [sampleNotice()] };
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('alert')).toHaveAccessibleName('A damaged data file was replaced by its backup');
  });

  it('explains a file started again empty, and one from a newer version', async () => {
    installFakeFacilitator({
      notices: [
        sampleNotice({ id: 'a', code: 'reset-no-backup', file: 'participants.json', movedTo: 'damaged/participants.json', restoredFrom: undefined }),
        sampleNotice({ id: 'b', code: 'newer-than-app', file: 'workshops/abc.json', movedTo: undefined, restoredFrom: undefined }),
      ],
    });
    renderApp('/settings');
    const [reset, newer] = await screen.findAllByRole('alert');
    expect(reset).toHaveTextContent('found no backup of it, so it started that file again, empty');
    expect(reset).toHaveTextContent('participants.json');
    expect(reset).toHaveTextContent('kept, unchanged, at damaged/participants.json');
    expect(newer).toHaveTextContent('The file workshops/abc.json was saved by a newer version of Facilitator');
    expect(newer).not.toHaveTextContent('damaged copy');
  });

  it('explains a workshop set aside and a backup that could not be made', async () => {
    installFakeFacilitator({
      notices: [
        sampleNotice({ id: 'a', code: 'set-aside-no-backup', file: 'workshops/abc.json', movedTo: 'workshops/abc.corrupt-1.json', restoredFrom: undefined }),
        sampleNotice({ id: 'b', code: 'backup-failed', file: 'backups', movedTo: undefined, restoredFrom: undefined }),
      ],
    });
    renderApp('/today');
    const [setAside, backup] = await screen.findAllByRole('alert');
    expect(setAside).toHaveTextContent('could not read the file workshops/abc.json and found no backup of it, so that workshop is not shown');
    expect(setAside).toHaveTextContent('kept, unchanged, at workshops/abc.corrupt-1.json');
    expect(backup).toHaveTextContent('Today’s backup could not be made');
    expect(backup).toHaveTextContent('Your data is still saved, but without a fresh backup');
  });

  it('keeps the notice and says so when it cannot be dismissed', async () => {
    const fake = installFakeFacilitator({ notices: [sampleNotice()], planning: quietToday });
    fake.failNext('app.dismissNotice', DISK_FULL);
    const { user } = renderApp('/today');
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(await within(alert).findByText(`This notice could not be dismissed. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
  });

  it('shows no banner when there is nothing to tell', async () => {
    installFakeFacilitator({ planning: quietToday });
    renderApp('/today');
    await screen.findByText('Version 0.1.0');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
