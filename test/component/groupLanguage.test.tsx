import { act, screen, waitFor, within } from '@testing-library/react';
import type { PrintableRequest, PrintableView } from '../../core/contract/records';
import type { PresenterState, PresenterWelcome } from '../../core/contract/running';
import { applyLanguage, i18n } from '../../renderer/i18n';
import { datesIn } from '../../renderer/format/dates';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { emptyProgress, renderWorkshopApp, sampleView, sampleWorkshop, summaries, TODAY, wid } from './workshopFixtures';

let fake: FakeFacilitator;

afterEach(() => {
  // The interface language is the app's one i18n instance: leave it in English for the next test.
  applyLanguage('en');
});

/** What main lays out for a workshop whose group speaks Spanish: the record in the language asked for, the group's unless chosen. */
function layOut(request: PrintableRequest): PrintableView {
  const heading = {
    organisation: 'Harbor Youth Services',
    contact: {},
    signers: ['Ana Reyes'],
    identification: request.identification,
    language: request.language ?? 'es',
    madeOn: TODAY,
  };
  if (request.kind === 'certificate') {
    return {
      kind: 'certificate',
      heading,
      certificates: [{ participantId: wid.alicia, participant: 'JH-26-014', sessionsAttended: 5, completedOn: '2027-03-16' }],
    };
  }
  if (request.kind === 'attendance-letter') {
    return {
      kind: 'attendance-letter',
      heading,
      letters: [
        {
          participantId: wid.alicia,
          participant: 'JH-26-014',
          from: '2027-03-02',
          to: '2027-03-16',
          held: 3,
          attended: 2,
          meetings: [
            { date: '2027-03-02', attended: true },
            { date: '2027-03-16', attended: false },
          ],
          completed: false,
          sessionsAttended: 2,
          sessionsNeeded: 4,
        },
      ],
    };
  }
  throw new Error(`not used here: ${request.kind}`);
}

function install() {
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.get': () => sampleView({ workshop: sampleWorkshop({ language: 'es' }) }),
      'workshops.list': () => summaries,
      'progress.get': ({ workshopId }) => emptyProgress(workshopId),
      'records.view': (request) => layOut(request),
      'records.savePdf': () => ({ status: 'saved', path: '/home/ana/Documents/Certificado.pdf' }),
      'exports.attendance': () => ({ status: 'saved', path: '/home/ana/Documents/asistencia.csv' }),
      'exports.progress': () => ({ state: 'idle' }),
    },
  });
}

const spanish = datesIn('es');
const english = datesIn('en');

describe('what is handed to a Spanish-speaking group, from an app in English', () => {
  it('prints a certificate in Spanish: Spanish date, the page marked Spanish, and the toolbar still in English', async () => {
    install();
    renderWorkshopApp(`/print/workshops/${wid.tuesday}/certificate`);
    const certificate = await screen.findByRole('article');
    expect(certificate.closest('[lang]')).toHaveAttribute('lang', 'es');
    expect(certificate).toHaveTextContent(spanish.longDate('2027-03-16'));
    expect(spanish.longDate('2027-03-16')).toBe('martes, 16 de marzo de 2027');
    expect(certificate).not.toHaveTextContent(english.longDate('2027-03-16'));
    // The toolbar is the app's: English, with the document's language chosen in it.
    expect(screen.getByRole('combobox', { name: 'Language of the page' })).toHaveValue('es');
    expect(screen.getByRole('button', { name: 'Save as PDF…' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('prints an attendance letter in Spanish, its dates and percentage in Spanish, and in English when chosen at print time', async () => {
    install();
    const { user } = renderWorkshopApp(`/print/workshops/${wid.tuesday}/attendance-letter`);
    const letter = await screen.findByRole('article');
    expect(letter.closest('[lang]')).toHaveAttribute('lang', 'es');
    expect(letter).toHaveTextContent(spanish.longDate('2027-03-02'));
    expect(letter).toHaveTextContent('67 %');
    expect(letter).not.toHaveTextContent(english.longDate('2027-03-02'));
    expect(letter).not.toHaveTextContent('67%');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the page' }), 'en');
    await waitFor(() => expect(screen.getByRole('article').closest('[lang]')).toHaveAttribute('lang', 'en'));
    expect(screen.getByRole('article')).toHaveTextContent(english.longDate('2027-03-02'));
    expect(fake.callsTo('records.view').at(-1)).toEqual({ kind: 'attendance-letter', workshopId: wid.tuesday, identification: 'codes', language: 'en' });

    await user.click(screen.getByRole('button', { name: 'Save as PDF…' }));
    await screen.findByText(/Saved to/);
    expect(fake.callsTo('records.savePdf')).toEqual([
      { document: { kind: 'attendance-letter', workshopId: wid.tuesday, identification: 'codes', language: 'en' }, paper: 'letter' },
    ]);
  });

  it('exports attendance in the group’s language unless another is chosen in the dialog', async () => {
    install();
    const { user } = renderWorkshopApp(`/workshops/${wid.tuesday}/records`);
    const language = await screen.findByRole('combobox', { name: 'Language of the file' });
    expect(language).toHaveValue('es');
    expect(
      within(language)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['English', 'Español']);
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    await waitFor(() => expect(fake.callsTo('exports.attendance')).toHaveLength(1));
    expect(fake.callsTo('exports.attendance')[0]).toMatchObject({ language: 'es' });

    await user.selectOptions(language, 'en');
    await user.click(screen.getByRole('button', { name: 'Save attendance as CSV…' }));
    await waitFor(() => expect(fake.callsTo('exports.attendance')).toHaveLength(2));
    expect(fake.callsTo('exports.attendance')[1]).toMatchObject({ language: 'en' });
  });
});

describe('the presenter in the group’s language', () => {
  let state: PresenterState | PresenterWelcome | null;

  beforeEach(() => {
    state = { waiting: true, language: 'es' };
    installFakeFacilitator({ settings: sampleSettings(), planning: { 'presenter.state': () => state } });
  });

  it('welcomes the room in the workshop’s language before the session starts, then shows it in that language', async () => {
    renderApp('/present');
    const main = await screen.findByRole('main');
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    expect(main.closest('[lang]')).toHaveAttribute('lang', 'es');

    state = {
      language: 'en',
      workshopTitle: 'Tuesday group',
      session: { number: 1, title: 'What friends do' },
      activityTitle: 'Friend map',
      agreements: [],
      resources: [],
      paused: false,
    };
    await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByText('Session 1: What friends do').closest('[lang]')).toHaveAttribute('lang', 'en');
  });
});

describe('Settings › Language', () => {
  it('offers each language by its own name and applies the choice at once', async () => {
    installFakeFacilitator({ settings: sampleSettings() });
    const { user } = renderApp('/settings/language');
    const choice = await screen.findByRole('combobox', { name: 'Language of the app' });
    expect(choice).toHaveValue('en');
    await user.selectOptions(choice, 'es');
    await waitFor(() => expect(i18n.language).toBe('es'));
    expect(document.documentElement.lang).toBe('es');
    expect(await screen.findByRole('combobox', { name: 'Idioma de la app' })).toHaveValue('es');
  });
});

describe('built-in attendance statuses on screen', () => {
  it('shows a built-in status in the app’s language, and one the user renamed as they wrote it', async () => {
    const settings = sampleSettings();
    settings.preferences = { ...settings.preferences, language: 'es' };
    settings.attendanceStatuses = settings.attendanceStatuses.map((status) => (status.id === 'late' ? { ...status, label: 'Tarde (renamed)' } : status));
    installFakeFacilitator({ settings });
    renderApp('/settings/attendance');
    expect(await screen.findByText('Presente')).toBeInTheDocument();
    expect(screen.getByText('Ausencia justificada')).toBeInTheDocument();
    expect(screen.getByText('Tarde (renamed)')).toBeInTheDocument();
    expect(screen.queryByText('Present')).toBeNull();
    expect(screen.queryByText('Excused absence')).toBeNull();
  });
});
