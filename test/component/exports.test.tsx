import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import type { AttendanceExportInput } from '../../core/contract/exports';
import type { SavedFile } from '../../core/contract/files';
import type { TodayView } from '../../core/contract/planning';
import type { ExportProgress } from '../../core/contract/records';
import { App } from '../../renderer/app/App';
import { routes } from '../../renderer/app/routes';
import { ReportsScreen } from '../../renderer/screens/reports/ReportsScreen';
import '../../renderer/i18n';
import { DISK_FULL, DISK_FULL_TEXT, type FakeFacilitator, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderWorkshopApp, sampleView, emptyProgress, summaries, TODAY, wid } from './workshopFixtures';

let fake: FakeFacilitator;
let saved: SavedFile;
/** What 'exports.progress' answers: idle unless a test says rows are being written. */
let progress: ExportProgress;

function install({ allowFullNames = false } = {}) {
  saved = { status: 'saved', path: '/home/ana/Documents/Tuesday group attendance (long).csv' };
  progress = { state: 'idle' };
  const settings = sampleSettings();
  settings.preferences = { ...settings.preferences, allowFullNames };
  fake = installFakeFacilitator({
    settings,
    planning: {
      'workshops.get': () => sampleView(),
      'workshops.list': () => summaries,
      'progress.get': ({ workshopId }) => emptyProgress(workshopId),
      'schedule.today': (): TodayView => ({ today: TODAY, weekStart: '2027-03-15', weekEnd: '2027-03-21', meetings: [], atRisk: [] }),
      'exports.attendance': () => saved,
      'exports.progress': () => progress,
      'bundles.export': () => ({ status: 'saved', path: '/home/ana/Documents/Tuesday group.facilitator' }),
    },
  });
}

async function openExports() {
  const rendered = renderWorkshopApp(`/workshops/${wid.tuesday}/records`);
  await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
  return { ...rendered, panel: screen.getByRole('region', { name: 'Records and exports' }) };
}

const attendanceForm = () => screen.getByRole('form', { name: 'Attendance' });
const radio = (name: string | RegExp) => screen.getByRole('radio', { name });
const sent = () => fake.callsTo('exports.attendance') as AttendanceExportInput[];

describe('exporting a workshop’s attendance', () => {
  it('starts on CSV, one row per participant and meeting, program codes and a byte-order mark', async () => {
    install();
    await openExports();
    expect(radio('CSV')).toBeChecked();
    expect(radio('One row per participant and meeting')).toBeChecked();
    expect(radio('Program codes (recommended)')).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Include a byte-order mark so Excel opens it correctly' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'How people are identified' })).toHaveAccessibleDescription(
      'People appear in the file by their program code only, for example JH-26-014. No names or initials are in it.',
    );
    // Full names are off in Settings: not offered at all.
    expect(screen.queryByRole('radio', { name: 'Names' })).not.toBeInTheDocument();
    expect(within(attendanceForm()).getByText(/noted in the workshop’s log: what was exported, when, and how people were identified/)).toBeInTheDocument();
  });

  it('sends exactly the choices shown, and says where the file was saved', async () => {
    install();
    const { user } = await openExports();
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    expect(await within(attendanceForm()).findByText(`Saved to ${saved.status === 'saved' ? saved.path : ''}`)).toHaveAttribute('role', 'status');
    expect(sent()).toEqual([
      { scope: { kind: 'workshop', workshopId: wid.tuesday }, format: 'csv', shape: 'long', identification: 'codes', byteOrderMark: true, language: 'en' },
    ]);
  });

  it('describes initials, and leaves the byte-order mark out of an Excel file', async () => {
    install();
    const { user } = await openExports();
    await user.click(radio('Initials'));
    expect(screen.getByRole('group', { name: 'How people are identified' })).toHaveAccessibleDescription(
      'People appear in the file by their initials only, for example AB. Anyone without initials appears by program code, marked “(code)”.',
    );
    await user.click(radio('Excel (XLSX)'));
    await user.click(radio('A grid of participants by meetings, with totals'));
    expect(screen.queryByRole('checkbox', { name: /byte-order mark/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save attendance as Excel (XLSX)…' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({
      scope: { kind: 'workshop', workshopId: wid.tuesday },
      format: 'xlsx',
      shape: 'grid',
      identification: 'initials',
      byteOrderMark: false,
      language: 'en',
    });
  });

  it('offers names only when Settings allow full names', async () => {
    install({ allowFullNames: true });
    const { user } = await openExports();
    await user.click(radio('Names'));
    await user.click(screen.getByRole('checkbox', { name: /byte-order mark/ }));
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toMatchObject({ identification: 'names', byteOrderMark: false });
  });

  it('shows “Saving…” while a long export runs', async () => {
    install();
    const { user } = await openExports();
    const release = fake.hold('exports.attendance');
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    const status = within(attendanceForm()).getByRole('status');
    expect(status).toHaveTextContent('Saving… A long export can take a few seconds.');
    // A second press while saving does nothing.
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    release();
    await waitFor(() => expect(status).toHaveTextContent('Saved to /home/ana/Documents/Tuesday group attendance (long).csv'));
    expect(sent()).toHaveLength(1);
  });

  it('shows a bar and how many rows are written, the text changing at most once per tenth of the file', async () => {
    install();
    const { user } = await openExports();
    const release = fake.hold('exports.attendance');
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    const status = within(attendanceForm()).getByRole('status');
    const bar = () => within(attendanceForm()).getByRole('progressbar', { name: 'Attendance file being written' });
    // Still in the save dialog: no numbers yet, so the bar has no value.
    expect(bar()).not.toHaveAttribute('value');
    expect(status).toHaveTextContent('Saving… A long export can take a few seconds.');

    progress = { state: 'writing', done: 42_000, total: 100_000 };
    await waitFor(() => expect(status).toHaveTextContent('Writing 42,000 of 100,000 rows…'));
    expect(bar()).toHaveAttribute('value', '42000');
    expect(bar()).toHaveAttribute('max', '100000');
    expect(bar()).toHaveAttribute('aria-valuetext', '42,000 of 100,000 rows');

    progress = { state: 'writing', done: 45_500, total: 100_000 };
    await waitFor(() => expect(bar()).toHaveAttribute('aria-valuetext', '45,500 of 100,000 rows'));
    expect(status).toHaveTextContent('Writing 42,000 of 100,000 rows…');

    progress = { state: 'writing', done: 61_000, total: 100_000 };
    await waitFor(() => expect(status).toHaveTextContent('Writing 61,000 of 100,000 rows…'));

    progress = { state: 'idle' };
    release();
    await waitFor(() => expect(status).toHaveTextContent('Saved to /home/ana/Documents/Tuesday group attendance (long).csv'));
    expect(within(attendanceForm()).queryByRole('progressbar')).not.toBeInTheDocument();
    // No more asking once the file is saved.
    const asked = fake.callsTo('exports.progress').length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fake.callsTo('exports.progress')).toHaveLength(asked);
  });

  it('says why the file was not saved, and nothing when the save dialog was cancelled', async () => {
    install();
    const { user } = await openExports();
    fake.failNext('exports.attendance', DISK_FULL);
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    expect(await within(attendanceForm()).findByRole('alert')).toHaveTextContent(`The attendance file was not saved. ${DISK_FULL_TEXT}`);

    saved = { status: 'cancelled' };
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    await waitFor(() => expect(sent()).toHaveLength(2));
    await waitFor(() => expect(within(attendanceForm()).getByRole('status')).toHaveTextContent(''));
    expect(within(attendanceForm()).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('exporting a workshop bundle', () => {
  it('explains what a bundle is and says where it was saved', async () => {
    install();
    const { user, panel } = await openExports();
    const bundle = within(panel).getByRole('region', { name: 'Workshop bundle' });
    expect(bundle).toHaveTextContent(/to hand to a coordinator or move to a new laptop/);
    // Unsealed only when the offered passphrase is turned down; follow-ups and notes only when ticked.
    await user.click(within(bundle).getByRole('checkbox', { name: 'Seal the bundle with a passphrase' }));
    await user.click(within(bundle).getByRole('button', { name: 'Export workshop bundle…' }));
    expect(await within(bundle).findByText('Saved to /home/ana/Documents/Tuesday group.facilitator')).toBeInTheDocument();
    expect(fake.callsTo('bundles.export')).toEqual([{ workshopId: wid.tuesday, include: { followUps: false, notes: false } }]);
  });

  it('offers a passphrase even when the data is not protected, and carries follow-ups and notes only when ticked', async () => {
    install();
    const { user, panel } = await openExports();
    const bundle = within(panel).getByRole('region', { name: 'Workshop bundle' });
    expect(within(bundle).getByRole('checkbox', { name: 'Seal the bundle with a passphrase' })).toBeChecked();
    const followUps = within(bundle).getByRole('checkbox', { name: /Follow-ups/ });
    const notes = within(bundle).getByRole('checkbox', { name: /Session notes/ });
    expect(followUps).not.toBeChecked();
    expect(notes).not.toBeChecked();
    await user.click(within(bundle).getByRole('button', { name: 'Export workshop bundle…' }));
    expect(within(bundle).getByLabelText('Passphrase for this bundle')).toHaveFocus();
    expect(fake.callsTo('bundles.export')).toEqual([]);

    await user.click(notes);
    await user.type(within(bundle).getByLabelText('Passphrase for this bundle'), 'tell it by phone');
    await user.type(within(bundle).getByLabelText('The same passphrase again'), 'tell it by phone');
    await user.click(within(bundle).getByRole('button', { name: 'Export workshop bundle…' }));
    await within(bundle).findByText('Saved to /home/ana/Documents/Tuesday group.facilitator');
    expect(fake.callsTo('bundles.export')).toEqual([{ workshopId: wid.tuesday, passphrase: 'tell it by phone', include: { followUps: false, notes: true } }]);
  });

  it('shows why a bundle was not saved', async () => {
    install();
    const { user, panel } = await openExports();
    fake.failNext('bundles.export', { code: 'storage', reason: { code: 'save-failed', params: { file: 'bundle.facilitator', drive: 'read-only' } } });
    await user.click(within(panel).getByRole('checkbox', { name: 'Seal the bundle with a passphrase' }));
    await user.click(within(panel).getByRole('button', { name: 'Export workshop bundle…' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'The bundle was not saved. Could not save bundle.facilitator: the data folder is on a read-only drive.',
    );
  });
});

/** The app's routes with /reports on the Reports screen (until the app routes it there itself). */
function renderReports() {
  const withReports = routes.map((shell): RouteObject => {
    if (shell.path !== '/') return shell;
    const [errorBoundary] = shell.children ?? [];
    const screens = (errorBoundary?.children ?? []).map((route) => (route.path === 'reports' ? { path: 'reports', element: <ReportsScreen /> } : route));
    return { ...shell, children: [{ ...errorBoundary, children: screens }] } as RouteObject;
  });
  const router = createMemoryRouter(withReports, { initialEntries: ['/reports'] });
  const user = userEvent.setup();
  return { ...render(<App router={router} />), user };
}

describe('the Reports screen', () => {
  it('exports attendance across workshops for a range of dates, this month so far to begin with', async () => {
    install();
    const { user } = renderReports();
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Attendance across workshops' });
    const from = await within(section).findByLabelText('From');
    expect(from).toHaveValue('2027-03-01');
    expect(within(section).getByLabelText('To')).toHaveValue(TODAY);
    expect(within(section).getByText(/noted in the log of every workshop it covers/)).toBeInTheDocument();

    fireEvent.change(from, { target: { value: '2027-02-01' } });
    await user.click(within(section).getByRole('button', { name: 'Save attendance as CSV…' }));
    await waitFor(() => expect(sent()).toHaveLength(1));
    expect(sent()[0]).toEqual({
      scope: { kind: 'range', from: '2027-02-01', to: TODAY },
      format: 'csv',
      shape: 'long',
      identification: 'codes',
      byteOrderMark: true,
      language: 'en',
    });
  });

  it('refuses a range that ends before it starts, at the field', async () => {
    install();
    const { user } = renderReports();
    const section = await screen.findByRole('region', { name: 'Attendance across workshops' });
    fireEvent.change(await within(section).findByLabelText('To'), { target: { value: '2027-02-10' } });
    await user.click(within(section).getByRole('button', { name: 'Save attendance as CSV…' }));
    const to = within(section).getByLabelText('To');
    expect(to).toHaveAccessibleDescription('The last day must not be before the first day.');
    expect(to).toHaveFocus();
    expect(sent()).toHaveLength(0);
  });

  it('offers the funder report for this month so far', async () => {
    install();
    renderReports();
    const funder = await screen.findByRole('region', { name: 'Funder report' });
    expect(await within(funder).findByLabelText('From')).toHaveValue('2027-03-01');
    expect(within(funder).getByLabelText('To')).toHaveValue(TODAY);
  });
});
