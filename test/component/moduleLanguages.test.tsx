import { renderHook, screen, waitFor, within } from '@testing-library/react';
import type { MeetingRunView, PresenterState } from '../../core/contract/running';
import { defaultAbsenceReasons, defaultAttendanceStatuses } from '../../core/domain/attendance';
import { useSessionText } from '../../renderer/screens/run/useSessionText';
import { custodyModule, sampleModule, spanishSampleModule } from '../support/sampleModules';
import { installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { registry, sampleWorkshop, wid } from './workshopFixtures';

// The attendance panel is another part's work: here it shows which ids the runner gives it.
vi.mock('../../renderer/screens/run/AttendancePanel', () => import('./attendancePanelStub'));

const library = () => [
  { module: sampleModule(), origin: 'shipped' as const },
  { module: custodyModule(), origin: 'shipped' as const },
  { module: spanishSampleModule(), origin: 'imported' as const },
];

let fake: FakeFacilitator;

describe('a module in two languages, in the library', () => {
  beforeEach(() => {
    fake = installFakeFacilitator({ settings: sampleSettings(), library: library() });
  });

  it('is one card with its languages, each a link to its own page', async () => {
    renderApp('/curricula');
    expect(await screen.findByText('2 modules')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Lo básico de la amistad (módulo de prueba)' })).not.toBeInTheDocument();
    const card = screen.getByRole('article', { name: 'Friendship Basics (test module)' });
    const languages = within(card).getByText('Languages', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(
      within(languages)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['English', '/curricula/test-friendship-basics'],
      ['Español', '/curricula/test-friendship-basics-es'],
    ]);
    expect(within(screen.getByRole('article', { name: 'Custody Series (test module)' })).queryByText('Languages')).not.toBeInTheDocument();
  });

  it('switches the module page to the other language', async () => {
    const { user } = renderApp('/curricula/test-friendship-basics');
    const switcher = await screen.findByRole('navigation', { name: 'This module in other languages' });
    expect(within(switcher).getByText('English')).toHaveAttribute('aria-current', 'page');
    await user.click(within(switcher).getByRole('link', { name: 'Español' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lo básico de la amistad (módulo de prueba)' })).toBeInTheDocument();
    expect(within(await screen.findByRole('navigation', { name: 'This module in other languages' })).getByText('Español')).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('switches the session page to the same session in the other language, and back', async () => {
    const { user, router } = renderApp('/curricula/test-friendship-basics/sessions/when-it-feels-wrong');
    await screen.findByRole('heading', { level: 1, name: 'Session 2: When it feels wrong' });
    await user.click(within(await screen.findByRole('navigation', { name: 'This module in other languages' })).getByRole('link', { name: 'Español' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Session 2: Cuando algo no se siente bien' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/curricula/test-friendship-basics-es/sessions/when-it-feels-wrong');
    expect(screen.getByText('Las situaciones describen a un amigo al que están presionando.')).toBeInTheDocument();
    await user.click(within(await screen.findByRole('navigation', { name: 'This module in other languages' })).getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Session 2: When it feels wrong' })).toBeInTheDocument();
  });

  it('shows no switch for a module in one language', async () => {
    renderApp('/curricula/custody-series');
    await screen.findByRole('heading', { level: 1, name: 'Custody Series (test module)' });
    await waitFor(() => expect(fake.callsTo('curricula.translations')).toHaveLength(1));
    expect(screen.queryByRole('navigation', { name: 'This module in other languages' })).not.toBeInTheDocument();
  });
});

const workshop = sampleWorkshop();
const firstMeeting = workshop.meetings.find((meeting) => meeting.id === wid.m1)!;

function runView(): MeetingRunView {
  const { id, title, timeZone, site, facilitators, module, agreements } = workshop;
  return {
    workshop: { id, title, timeZone, site, facilitators, module, agreements },
    meeting: firstMeeting,
    today: '2027-03-02',
    roster: registry.filter((participant) => participant.id === wid.alicia),
    marks: [],
    presence: [],
    followUps: [],
    statuses: defaultAttendanceStatuses,
    absenceReasons: defaultAbsenceReasons,
    run: { meetingId: firstMeeting.id, startedAt: '2027-03-02T23:32:00.000Z', fidelity: [], notes: '' },
  };
}

describe('a workshop planned in English, run in Spanish', () => {
  let view: MeetingRunView;
  beforeEach(() => {
    view = runView();
    const presenter: PresenterState = { language: 'en', workshopTitle: 'Tuesday group', agreements: [], resources: [], paused: false };
    fake = installFakeFacilitator({
      settings: sampleSettings(),
      library: library(),
      planning: {
        'attendance.get': () => view,
        'run.fidelity': ({ sessionId, activityId, outcome, note }) =>
          (view = { ...view, run: { ...view.run!, fidelity: [{ sessionId, activityId, outcome, note }] } }),
        'presenter.show': () => presenter,
      },
    });
  });

  const currentStep = () => document.querySelector<HTMLElement>('[aria-current="step"]')!;
  const stepTitles = () =>
    within(screen.getByRole('region', { name: 'Run of show' }))
      .getAllByRole('listitem')
      .map((step) => step.querySelector('h4')?.textContent);

  it('shows the Spanish text of the same session on request, keeping the planned ids for presenter, fidelity and attendance', async () => {
    const { user } = renderApp(`/workshops/${wid.tuesday}/meetings/${wid.m1}`);
    const choice = await screen.findByRole('group', { name: 'Session text in' });
    expect(within(choice).getByRole('radio', { name: 'English' })).toBeChecked();
    expect(stepTitles()).toEqual(['NowCheck-in · Check-in', 'Friend map · Activity', 'Closing · Closing']);

    await user.click(within(choice).getByRole('radio', { name: 'Español' }));
    expect(stepTitles()).toEqual(['Now¿Cómo llegamos hoy? · Check-in', 'Mapa de amistades · Activity', 'Cierre · Closing']);
    expect(screen.getByRole('heading', { level: 3, name: 'Session 1: Lo que hacen los amigos' })).toBeInTheDocument();

    await user.click(within(currentStep()).getByRole('button', { name: 'Next activity' }));
    expect(within(currentStep()).getByText('¿Qué hace un buen amigo?')).toBeInTheDocument();
    expect(screen.getByText('Attendance for 1 people, during Mapa de amistades (what-friends-do/friend-map)')).toBeInTheDocument();
    await waitFor(() =>
      expect(fake.callsTo('presenter.show').at(-1)).toMatchObject({ sessionId: 'what-friends-do', activityId: 'friend-map', textLanguage: 'es' }),
    );

    await user.click(within(currentStep()).getByRole('button', { name: 'How did it go?' }));
    const form = within(currentStep()).getByRole('form', { name: 'How did “Mapa de amistades” go?' });
    await user.click(within(form).getByRole('radio', { name: 'As planned' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('run.fidelity')).toHaveLength(1));
    expect(fake.callsTo('run.fidelity')[0]).toMatchObject({ sessionId: 'what-friends-do', activityId: 'friend-map', outcome: 'as-planned' });
    // The saved answer comes back on the planned module; the Spanish text stays on screen.
    await waitFor(() => expect(currentStep()).toHaveTextContent('How it went: As planned'));
    expect(stepTitles()[1]).toBe('NowMapa de amistades · Activity');

    await user.click(within(screen.getByRole('group', { name: 'Session text in' })).getByRole('radio', { name: 'English' }));
    expect(stepTitles()[1]).toBe('NowFriend map · Activity');
    await waitFor(() => expect(fake.callsTo('presenter.show').at(-1)).not.toHaveProperty('textLanguage'));
  });

  it('starts in the group’s language when the library has the module in it', async () => {
    const { result } = renderHook(() => useSessionText(view, 'es-MX'));
    await waitFor(() => expect(result.current.language).toBe('es'));
    expect(result.current.shown.workshop.module.sessions.map((session) => [session.id, session.title])).toEqual([
      ['what-friends-do', 'Lo que hacen los amigos'],
      ['when-it-feels-wrong', 'Cuando algo no se siente bien'],
    ]);
    const english = renderHook(() => useSessionText(view, 'fr'));
    await waitFor(() => expect(english.result.current.languages).toHaveLength(2));
    expect(english.result.current.language).toBe('en');
  });
});
