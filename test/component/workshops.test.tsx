import { screen, waitFor, within } from '@testing-library/react';
import type { WorkshopSummary } from '../../core/contract/planning';
import { type FakeFacilitator, installFakeFacilitator, sampleSettings, UNREADABLE, UNREADABLE_TEXT } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { buildWorkshop } from '../support/workshops';

function summary(overrides: Partial<WorkshopSummary> & Pick<WorkshopSummary, 'id' | 'title'>): WorkshopSummary {
  return {
    audience: '',
    status: 'planned',
    moduleId: 'friendship-basics',
    moduleTitle: 'Friendship Basics (test module)',
    facilitatorNames: [],
    meetingCount: 2,
    pastMeetingCount: 0,
    enrolledCount: 0,
    ...overrides,
  };
}

const ids = {
  unitB: '0b7f5a1e-1c2d-4e3f-8a9b-0c1d2e3f4a51',
  north: '0b7f5a1e-1c2d-4e3f-8a9b-0c1d2e3f4a52',
  spring: '0b7f5a1e-1c2d-4e3f-8a9b-0c1d2e3f4a53',
  old: '0b7f5a1e-1c2d-4e3f-8a9b-0c1d2e3f4a54',
};

const sampleList: WorkshopSummary[] = [
  summary({
    id: ids.unitB,
    title: 'Unit B spring series',
    audience: 'Girls 14–17, Unit B',
    status: 'running',
    moduleTitle: 'Custody Series (test module)',
    siteName: 'County Juvenile Hall',
    facilitatorNames: ['José Núñez', 'Ana Reyes'],
    firstDate: '2027-03-02',
    lastDate: '2027-04-01',
    meetingCount: 10,
    pastMeetingCount: 4,
    enrolledCount: 6,
  }),
  summary({
    id: ids.north,
    title: 'North High health unit',
    audience: 'Grade 8',
    siteName: 'North High School',
    facilitatorNames: ['Ben Okafor'],
    firstDate: '2027-05-03',
    lastDate: '2027-05-06',
    meetingCount: 4,
    enrolledCount: 1,
  }),
  summary({
    id: ids.spring,
    title: 'Autumn girls group',
    status: 'finished',
    firstDate: '2026-09-01',
    lastDate: '2026-11-03',
    meetingCount: 10,
    pastMeetingCount: 10,
  }),
  summary({ id: ids.old, title: 'Pilot group', status: 'archived', firstDate: '2025-01-07', lastDate: '2025-02-04' }),
];

let fake: FakeFacilitator;

function install(list: WorkshopSummary[]) {
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.list': () => list,
      'workshops.get': ({ workshopId }) => ({
        workshop: buildWorkshop({ id: workshopId, title: 'Unit B spring series' }),
        status: 'running',
        today: '2027-03-20',
        participants: [],
        conflicts: [],
      }),
    },
  });
}

const cards = () => within(screen.getByRole('main')).queryAllByRole('article');
const cardTitles = () => cards().map((card) => within(card).getByRole('heading').textContent);

describe('the workshop list', () => {
  beforeEach(() => install(sampleList));

  it('shows each current workshop with its status, module, group, site, facilitators, dates and progress', async () => {
    renderApp('/workshops');
    expect(await screen.findByText('3 current workshops')).toBeInTheDocument();
    expect(screen.getByText(/· 1 archived workshop not shown/)).toBeInTheDocument();
    // Running first, then planned, then finished; archived hidden.
    expect(cardTitles()).toEqual(['Unit B spring series', 'North High health unit', 'Autumn girls group']);

    const unitB = screen.getByRole('article', { name: 'Unit B spring series' });
    expect(within(unitB).getByRole('link', { name: 'Unit B spring series' })).toHaveAttribute('href', `/workshops/${ids.unitB}`);
    expect(within(unitB).getByText('Running')).toBeInTheDocument();
    expect(within(unitB).getByText('Custody Series (test module)')).toBeInTheDocument();
    expect(within(unitB).getByText('Girls 14–17, Unit B')).toBeInTheDocument();
    expect(within(unitB).getByText('County Juvenile Hall')).toBeInTheDocument();
    expect(within(unitB).getByText('José Núñez and Ana Reyes')).toBeInTheDocument();
    expect(within(unitB).getByText('Tue, Mar 2, 2027 – Thu, Apr 1, 2027')).toBeInTheDocument();
    expect(within(unitB).getByText('4 of 10 meetings held')).toBeInTheDocument();
    expect(within(unitB).getByText('6 young people')).toBeInTheDocument();

    const north = screen.getByRole('article', { name: 'North High health unit' });
    expect(within(north).getByText('Planned')).toBeInTheDocument();
    expect(within(north).getByText('1 young person')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan a workshop' })).toHaveAttribute('href', '/workshops/new');
  });

  it('searches titles, groups, modules, sites and facilitators, ignoring case and accents, and keeps the search in the address', async () => {
    const { user, router } = renderApp('/workshops');
    await screen.findByText('3 current workshops');
    const search = screen.getByRole('searchbox', { name: 'Search' });

    await user.type(search, 'JOSE nunez');
    expect(cardTitles()).toEqual(['Unit B spring series']);
    expect(screen.getByText('1 of 4 workshops matches')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('JOSE nunez');

    await user.clear(search);
    await user.type(search, 'north high');
    expect(cardTitles()).toEqual(['North High health unit']);
    await user.clear(search);
    await user.type(search, 'custody');
    expect(cardTitles()).toEqual(['Unit B spring series']);
    await user.clear(search);
    await user.type(search, 'grade 8');
    expect(cardTitles()).toEqual(['North High health unit']);

    // Open a workshop and come back: the search is still there.
    await user.click(screen.getByRole('link', { name: 'North High health unit' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/workshops/${ids.north}`));
    await router.navigate(-1);
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveValue('grade 8');
    expect(cardTitles()).toEqual(['North High health unit']);
  });

  it('filters by status through the address, and hides archived workshops from "All current"', async () => {
    const { user, router } = renderApp('/workshops?status=finished');
    expect(await screen.findByText('1 of 4 workshops matches')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveDisplayValue('Finished');
    expect(cardTitles()).toEqual(['Autumn girls group']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Archived');
    expect(cardTitles()).toEqual(['Pilot group']);
    expect(within(cards()[0]!).getByText('Archived')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?status=archived');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All current');
    expect(cardTitles()).not.toContain('Pilot group');
    expect(router.state.location.search).toBe('');

    // A search that only finds an archived workshop says so, and offers to show it.
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'pilot');
    expect(cards()).toHaveLength(0);
    expect(screen.getByText(/· 1 archived workshop not shown/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show archived' }));
    expect(cardTitles()).toEqual(['Pilot group']);
  });

  it('says when nothing matches, and clears the search', async () => {
    const { user, router } = renderApp('/workshops?q=zebra&status=running');
    expect(await screen.findByText(/No workshop matches this search/)).toBeInTheDocument();
    expect(screen.getByText('0 of 4 workshops match')).toBeInTheDocument();
    expect(cards()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(router.state.location.search).toBe('');
    expect(cards()).toHaveLength(3);
  });
});

describe('the workshop list with no workshops yet', () => {
  beforeEach(() => install([]));

  it('explains what a workshop is and offers to plan the first one', async () => {
    const { user, router } = renderApp('/workshops');
    expect(await screen.findByRole('heading', { name: 'No workshops yet' })).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByText(/No workshop matches/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Plan a workshop' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/workshops/new'));
  });

  it('says so, with a way to try again, when the list cannot be loaded', async () => {
    fake.failNext('workshops.list', UNREADABLE);
    const { user } = renderApp('/workshops');
    expect(await screen.findByRole('alert')).toHaveTextContent(`The workshops could not be loaded. ${UNREADABLE_TEXT}`);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'No workshops yet' })).toBeInTheDocument();
  });
});
