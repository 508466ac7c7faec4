import { act, screen, waitFor, within } from '@testing-library/react';
import type { PrintableRequest, PrintableView, RecordHeading } from '../../core/contract/records';
import type { FullFunderReport, FunderFigures } from '../../core/contract/reports';
import type { TodayView } from '../../core/contract/planning';
import type { OrganisationContact } from '../../core/domain/settings';
import { formatLongDate } from '../../renderer/format/dates';
import '../../renderer/i18n';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderWorkshopApp, sampleView, emptyProgress, summaries, TODAY, wid } from './workshopFixtures';

let fake: FakeFacilitator;
/** What Settings › Organisation gives as the organisation's contact (none unless a test says so). */
let contact: OrganisationContact = {};
beforeEach(() => {
  contact = {};
});

const heading = (identification: RecordHeading['identification']): RecordHeading => ({
  organisation: 'Harbor Youth Services',
  workshopTitle: 'Tuesday group',
  moduleTitle: 'Healthy Friendships',
  site: 'North High School',
  facilitators: ['Ana Reyes'],
  identification,
  language: 'en',
  madeOn: TODAY,
});

/** What main would lay out: people named as asked (codes, or initials). */
function layOut(request: PrintableRequest): PrintableView {
  const label = (code: string, initials: string) => (request.identification === 'initials' ? initials : code);
  const neutral = {
    organisation: 'Harbor Youth Services',
    contact,
    signers: ['Ana Reyes'],
    identification: request.identification,
    language: request.language ?? 'en',
    madeOn: TODAY,
  };
  switch (request.kind) {
    case 'sign-in':
      return {
        kind: 'sign-in',
        heading: heading(request.identification),
        date: '2027-03-16',
        startTime: '15:30',
        endTime: '16:15',
        sessions: [{ number: 2, title: 'When it feels wrong' }],
        people: [label('JH-26-014', 'AB'), label('JH-26-015', 'CD')],
        spareLines: 4,
      };
    case 'attendance-letter':
      return {
        kind: 'attendance-letter',
        heading: neutral,
        letters: [
          {
            participantId: wid.alicia,
            participant: label('JH-26-014', 'AB'),
            from: '2027-03-02',
            to: '2027-03-16',
            held: 2,
            attended: 2,
            meetings: [],
            completed: true,
            sessionsAttended: 2,
            sessionsNeeded: 2,
          },
          {
            participantId: wid.carlos,
            participant: label('JH-26-015', 'CD'),
            from: '2027-03-16',
            to: '2027-03-16',
            held: 1,
            attended: 0,
            meetings: [],
            completed: false,
            sessionsAttended: 0,
            sessionsNeeded: 2,
          },
        ],
      };
    case 'certificate':
      return { kind: 'certificate', heading: neutral, certificates: [] };
    case 'attendance-summary':
      throw new Error('not used here');
  }
}

function install({ allowFullNames = false } = {}) {
  const settings = sampleSettings();
  settings.preferences = { ...settings.preferences, allowFullNames };
  fake = installFakeFacilitator({
    settings,
    planning: {
      'workshops.get': () => sampleView(),
      'workshops.list': () => summaries,
      'progress.get': ({ workshopId }) => emptyProgress(workshopId),
      'schedule.today': (): TodayView => ({ today: TODAY, weekStart: '2027-03-15', weekEnd: '2027-03-21', meetings: [], atRisk: [] }),
      'records.view': (request) => layOut(request),
      'records.savePdf': () => ({ status: 'saved', path: '/home/ana/Documents/Sign-in sheet.pdf' }),
      'reports.funder': ({ from, to }) => funderReport(from, to),
      'reports.saveFunderCsv': () => ({ status: 'saved', path: '/home/ana/Documents/Funder report.csv' }),
    },
  });
}

const figures = (participants: FunderFigures['participants'], extra: Partial<FunderFigures> = {}): FunderFigures => ({
  workshopsHeld: 1,
  sessionsPlanned: 10,
  sessionsDelivered: 9,
  participants,
  finishers: participants,
  completed: participants,
  ...extra,
});

function funderReport(from: string, to: string): FullFunderReport {
  return {
    from,
    to,
    madeOn: TODAY,
    organisation: 'Harbor Youth Services',
    totals: figures(15, { workshopsHeld: 2, sessionsPlanned: 20, sessionsDelivered: 19, attendanceRate: 0.9, completionRate: 0.8, completed: 12 }),
    byModule: [{ label: 'Healthy Friendships', ...figures(15, { completionRate: 0.8, completed: 12 }) }],
    bySite: [
      { label: 'North High School', ...figures('<5') },
      { label: 'Hillcrest Juvenile Hall', ...figures(12, { attendanceRate: 0.92 }) },
    ],
    byAudience: [],
    attendanceByMeeting: [
      { meetingNumber: 1, workshops: 2, rate: 0.95 },
      { meetingNumber: 2, workshops: 1 },
    ],
    outcomes: { instruments: [] },
    fidelity: { modules: [] },
  };
}

const sentViews = () => fake.callsTo('records.view') as PrintableRequest[];

describe('a printable record', () => {
  it('shows the sign-in sheet by program code, and saves it with the paper and identification shown', async () => {
    install();
    const { user } = renderWorkshopApp(`/print/workshops/${wid.tuesday}/sign-in?meeting=${wid.m3}`);
    expect(await screen.findByRole('cell', { name: 'JH-26-014' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign-in sheet' })).toBeInTheDocument();
    expect(screen.getByText('Session 2: When it feels wrong')).toBeInTheDocument();
    const people = screen.getByRole('combobox', { name: 'Identify people by' });
    expect(people).toHaveValue('codes');
    expect(people).toHaveAccessibleDescription('People are identified by program code.');
    // Names are not offered while Settings have them turned off.
    expect(within(people).queryByRole('option', { name: 'Names' })).toBeNull();

    await user.selectOptions(people, 'initials');
    expect(await screen.findByRole('cell', { name: 'AB' })).toBeInTheDocument();
    expect(screen.queryByText('JH-26-014')).toBeNull();
    expect(sentViews().at(-1)).toEqual({ kind: 'sign-in', workshopId: wid.tuesday, meetingId: wid.m3, identification: 'initials' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Paper' }), 'a4');
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    expect(await screen.findByText('Saved to /home/ana/Documents/Sign-in sheet.pdf')).toBeInTheDocument();
    expect(fake.callsTo('records.savePdf')).toEqual([
      { document: { kind: 'sign-in', workshopId: wid.tuesday, meetingId: wid.m3, identification: 'initials' }, paper: 'a4' },
    ]);
  });

  it('offers names only while Settings allow them', async () => {
    install({ allowFullNames: true });
    renderWorkshopApp(`/print/workshops/${wid.tuesday}/sign-in?meeting=${wid.m3}`);
    const people = await screen.findByRole('combobox', { name: 'Identify people by' });
    expect(within(people).getByRole('option', { name: 'Names' })).toBeInTheDocument();
  });

  it('prints the letter of one participant when chosen, and saves only that one', async () => {
    install();
    const { user } = renderWorkshopApp(`/print/workshops/${wid.tuesday}/attendance-letter`);
    expect(await screen.findAllByRole('heading', { name: 'Attendance record' })).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'For' }), 'JH-26-015');
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'Attendance record' })).toHaveLength(1));
    expect(screen.getByText(/the participant with program code JH-26-015 took part in a group education program/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await screen.findByText(/Saved to/);
    expect(fake.callsTo('records.savePdf')).toEqual([
      { document: { kind: 'attendance-letter', workshopId: wid.tuesday, participantId: wid.carlos, identification: 'codes' }, paper: 'letter' },
    ]);
  });

  it('keeps a "Saved to" line with the record it was saved from, not the next record opened', async () => {
    install();
    const { user, router } = renderWorkshopApp(`/print/workshops/${wid.tuesday}/attendance-letter`);
    await screen.findAllByRole('heading', { name: 'Attendance record' });
    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await screen.findByText(/Saved to/);
    await act(() => router.navigate(`/print/workshops/${wid.tuesday}/certificate`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Certificates of completion' })).toBeInTheDocument();
    expect(screen.queryByText(/Saved to/)).toBeNull();
  });

  it('words a letter by the numbers: plurals by rule, one date for one meeting, and the organisation’s contact when there is one', async () => {
    contact = { phone: '555-0100', email: 'office@harbor.example', address: '12 Main St\nOakland, CA' };
    install();
    renderWorkshopApp(`/print/workshops/${wid.tuesday}/attendance-letter`);
    const [alicia, carlos] = (await screen.findAllByRole('article')) as [HTMLElement, HTMLElement];
    expect(alicia).toHaveTextContent(
      `Between ${formatLongDate('2027-03-02')} and ${formatLongDate('2027-03-16')}, 2 group meetings were held while they were enrolled. They attended 2 of them (100%).`,
    );
    expect(alicia).toHaveTextContent('They completed the program: it asks for 2 sessions, and they attended 2.');
    expect(carlos).toHaveTextContent(`On ${formatLongDate('2027-03-16')}, 1 group meeting was held while they were enrolled. They did not attend it.`);
    expect(carlos).not.toHaveTextContent('Between');
    expect(carlos).toHaveTextContent('The program asks for 2 sessions; they have attended 0.');
    expect(within(carlos).getByText('555-0100')).toHaveClass('doc-letter-contact');
    expect(carlos).toHaveTextContent('For any questions, please contact us at 555-0100, office@harbor.example, or 12 Main St, Oakland, CA.');
  });

  it('promises no contact on a letter when Settings give none', async () => {
    install();
    renderWorkshopApp(`/print/workshops/${wid.tuesday}/attendance-letter`);
    const [letter] = (await screen.findAllByRole('article')) as [HTMLElement];
    expect(letter).toHaveTextContent('This letter was made from the attendance records kept for the program.');
    expect(letter).not.toHaveTextContent(/contact us/i);
  });

  it('says there is nothing to print when no one has completed, and cannot be saved', async () => {
    install();
    renderWorkshopApp(`/print/workshops/${wid.tuesday}/certificate`);
    expect(await screen.findByText(/No one has completed this workshop yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled();
  });

  it('shows why a record cannot be laid out, with the way back', async () => {
    install();
    fake.failNext('records.view', { code: 'invalid-input', reason: { code: 'not-completed', params: { participant: 'JH-26-015', attended: 0, needed: 2 } } });
    renderWorkshopApp(`/print/workshops/${wid.tuesday}/certificate`);
    expect(await screen.findByText('JH-26-015 has not completed this workshop: 0 of the 2 sessions needed.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the workshop' })).toHaveAttribute('href', `/workshops/${wid.tuesday}`);
  });

  it('links to the records from the workshop’s Records and exports, with the next meeting chosen for the sign-in sheet', async () => {
    install();
    const { user } = renderWorkshopApp(`/workshops/${wid.tuesday}/records`);
    await screen.findByRole('heading', { level: 1, name: 'Tuesday group' });
    // Today is 16 March: its meeting is the likely one; the cancelled meeting of 9 March is not offered.
    const meeting = screen.getByRole('combobox', { name: 'Meeting' });
    expect(within(meeting).getAllByRole('option')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Sign-in sheet' })).toHaveAttribute('href', `/print/workshops/${wid.tuesday}/sign-in?meeting=${wid.m3}`);
    await user.selectOptions(meeting, wid.m4);
    expect(screen.getByRole('link', { name: 'Sign-in sheet' })).toHaveAttribute('href', `/print/workshops/${wid.tuesday}/sign-in?meeting=${wid.m4}`);
    expect(screen.getByRole('link', { name: 'Certificates of completion' })).toHaveAttribute('href', `/print/workshops/${wid.tuesday}/certificate`);
  });
});

describe('the funder report', () => {
  it('asks for a range that does not end before it starts, then shows the report', async () => {
    install();
    const { user, router } = renderWorkshopApp('/reports');
    const form = await screen.findByRole('region', { name: 'Funder report' });
    const from = await within(form).findByLabelText('From');
    const to = within(form).getByLabelText('To');
    await user.clear(from);
    await user.type(from, '2027-03-10');
    await user.clear(to);
    await user.type(to, '2027-03-01');
    await user.click(within(form).getByRole('button', { name: 'Show the funder report' }));
    expect(to).toHaveFocus();
    expect(to).toHaveAccessibleDescription(/The last day must not be before the first day/);

    await user.clear(to);
    await user.type(to, '2027-03-31');
    await user.click(within(form).getByRole('button', { name: 'Show the funder report' }));
    await screen.findByRole('row', { name: /North High School/ });
    expect(router.state.location.search).toBe('?from=2027-03-10&to=2027-03-31');
    expect(fake.callsTo('reports.funder')).toEqual([{ from: '2027-03-10', to: '2027-03-31' }]);
  });

  it('shows small counts as <5, leaves out rates about few people, and draws the charts with their figures', async () => {
    install();
    const { user } = renderWorkshopApp('/print/funder?from=2027-03-01&to=2027-03-31');
    const school = await screen.findByRole('row', { name: /North High School/ });
    expect(
      within(school)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '9 / 10', '<5', '–', '<5', '<5', '–']);
    expect(screen.getByRole('img', { name: /Attendance at each meeting of a series.*1: 95%; 2: fewer than 5 people/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Completion by module.*Healthy Friendships: 80%/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save as CSV…' }));
    expect(await screen.findByText('Saved to /home/ana/Documents/Funder report.csv')).toBeInTheDocument();
    expect(fake.callsTo('reports.saveFunderCsv')).toEqual([{ from: '2027-03-01', to: '2027-03-31', language: 'en' }]);
  });
});
