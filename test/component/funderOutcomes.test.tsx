import { screen, within } from '@testing-library/react';
import type { FullFunderReport } from '../../core/contract/reports';
import '../../renderer/i18n';
import { ids, installFakeFacilitator, sampleSettings, type FakeFacilitator } from './fakeFacilitator';
import { renderWorkshopApp, summaries, TODAY, wid } from './workshopFixtures';

let fake: FakeFacilitator;

const none = { workshopsHeld: 0, sessionsPlanned: 0, sessionsDelivered: 0, participants: 0, finishers: 0, completed: 0 } as const;

function report(from: string, to: string): FullFunderReport {
  return {
    from,
    to,
    madeOn: TODAY,
    organisation: 'Harbor Youth Services',
    totals: { ...none, workshopsHeld: 2 },
    byModule: [],
    bySite: [],
    byAudience: [],
    attendanceByMeeting: [],
    outcomes: {
      instruments: [
        {
          moduleId: 'healthy-friendships',
          moduleTitle: 'Healthy Friendships',
          instrumentId: 'knowledge',
          title: 'What I know',
          workshops: 2,
          pairing: { paired: 12, preWithoutPost: '<5', postWithoutPre: 'hidden', secondPre: 0 },
          completion: [
            { occasion: 'pre', enrolled: 14, given: 13, complete: 11, partial: '<5', unlinked: 0, givenRate: 13 / 14 },
            { occasion: 'post', enrolled: 14, given: 12, complete: 12, partial: 0, unlinked: 0, givenRate: 12 / 14 },
          ],
          scales: [
            {
              scaleId: 'tactics',
              title: 'Recognises recruitment tactics',
              paired: 12,
              meanPre: 41.7,
              meanPost: 79.2,
              meanChange: 37.5,
              improved: { count: 9, share: 0.75 },
              same: { count: 'hidden' },
              worse: { count: '<5' },
            },
            { scaleId: 'help', title: 'Knows where to get help', paired: '<5', improved: { count: '<5' }, same: { count: 0 }, worse: { count: 0 } },
          ],
          bySite: [
            {
              label: 'Eastlake Juvenile Hall',
              workshops: 1,
              scales: [
                {
                  scaleId: 'tactics',
                  title: 'Recognises recruitment tactics',
                  paired: 7,
                  meanChange: 40,
                  improved: { count: 5, share: 5 / 7 },
                  same: { count: 'hidden' },
                  worse: { count: '<5' },
                },
                { scaleId: 'help', title: 'Knows where to get help', paired: '<5', improved: { count: '<5' }, same: { count: 0 }, worse: { count: 0 } },
              ],
            },
            {
              workshops: 1,
              scales: [
                {
                  scaleId: 'tactics',
                  title: 'Recognises recruitment tactics',
                  paired: 5,
                  meanChange: 34,
                  improved: { count: '<5' },
                  same: { count: 'hidden' },
                  worse: { count: 0 },
                },
                { scaleId: 'help', title: 'Knows where to get help', paired: 0, improved: { count: 0 }, same: { count: 0 }, worse: { count: 0 } },
              ],
            },
          ],
        },
      ],
    },
    fidelity: {
      modules: [
        {
          moduleId: 'healthy-friendships',
          title: 'Healthy Friendships',
          workshops: 2,
          sessions: [
            {
              sessionId: 'what-friends-do',
              number: 1,
              title: 'What friends do',
              delivered: 2,
              counts: { 'as-planned': 4, adapted: 1, skipped: 1, 'not-recorded': 0 },
              activities: [
                { activityId: 'check-in', title: 'Check-in', counts: { 'as-planned': 2, adapted: 0, skipped: 0, 'not-recorded': 0 } },
                { activityId: 'friend-map', title: 'Friend map', counts: { 'as-planned': 0, adapted: 1, skipped: 1, 'not-recorded': 0 } },
              ],
            },
          ],
          notes: [{ date: '2027-03-02', workshop: 'Tuesday group', session: 1, activity: 'Friend map', outcome: 'adapted', note: 'Drew the map on the board' }],
        },
      ],
    },
  };
}

function install() {
  fake = installFakeFacilitator({
    settings: sampleSettings(),
    planning: {
      'workshops.list': () => summaries,
      'schedule.today': () => ({ today: TODAY, weekStart: '2027-03-15', weekEnd: '2027-03-21', meetings: [], atRisk: [] }),
      'reports.funder': ({ from, to }) => report(from, to),
      'reports.saveFunderXlsx': () => ({ status: 'saved', path: '/home/ana/Documents/Funder report.xlsx' }),
    },
  });
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the funder report’s outcomes and fidelity', () => {
  it('shows the change per scale at each site, each site’s rows together, with small counts hidden as in the totals', async () => {
    install();
    renderWorkshopApp('/print/funder?from=2027-03-01&to=2027-03-31');
    const outcomes = await screen.findByRole('region', { name: 'Outcomes: pre- and post-surveys' });
    const bySite = within(outcomes).getByRole('table', { name: 'Change by site' });
    const groups = within(bySite).getAllByRole('rowgroup').slice(1);
    expect(
      groups.map((group) =>
        within(group)
          .getAllByRole('row')
          .map((row) => row.textContent),
      ),
    ).toEqual([
      ['Eastlake Juvenile HallFrom 1 workshopRecognises recruitment tactics7––+40.05 (71%)hidden<5', 'Knows where to get help<5–––<500'],
      ['No site givenFrom 1 workshopRecognises recruitment tactics5––+34.0<5hidden0', 'Knows where to get help0–––000'],
    ]);
  });

  it('shows the change per scale with small counts hidden, and draws before and after with its figures', async () => {
    install();
    renderWorkshopApp('/print/funder?from=2027-03-01&to=2027-03-31');
    const outcomes = await screen.findByRole('region', { name: 'Outcomes: pre- and post-surveys' });
    expect(within(outcomes).getByRole('heading', { name: 'What I know' })).toBeInTheDocument();
    const change = within(outcomes).getByRole('table', { name: 'Change per scale' });
    expect(cellsOf(within(change).getByRole('row', { name: /Recognises recruitment tactics/ }))).toEqual([
      '12',
      '41.7',
      '79.2',
      '+37.5',
      '9 (75%)',
      'hidden',
      '<5',
    ]);
    expect(cellsOf(within(change).getByRole('row', { name: /Knows where to get help/ }))).toEqual(['<5', '–', '–', '–', '<5', '0', '0']);
    expect(
      within(outcomes).getByRole('img', {
        name: /Mean score before and after.*Recognises recruitment tactics: before 41\.7, after 79\.2; Knows where to get help: fewer than 5 pairs/,
      }),
    ).toBeInTheDocument();
    const completion = within(outcomes).getByRole('table', { name: 'Surveys given and completed' });
    expect(cellsOf(within(completion).getByRole('row', { name: /Pre-survey/ }))).toEqual(['14', '13', '11', '<5', '0', '93%']);
  });

  it('shows how each session and activity was delivered, as a stacked bar and a table, with the notes', async () => {
    install();
    renderWorkshopApp('/print/funder?from=2027-03-01&to=2027-03-31');
    const fidelity = await screen.findByRole('region', { name: 'Fidelity: sessions delivered as designed' });
    const table = within(fidelity).getByRole('table', { name: 'Sessions and activities' });
    expect(cellsOf(within(table).getByRole('row', { name: /Session 1: What friends do/ }))).toEqual(['2', '67%', '17%', '17%', '0%']);
    expect(cellsOf(within(table).getByRole('row', { name: /Friend map/ }))).toEqual(['2', '0%', '50%', '50%', '0%']);
    expect(
      within(fidelity).getByRole('img', {
        name: /How each session’s activities were delivered.*S1: As planned 67%, Adapted 17%, Skipped 17%, Not recorded 0%/,
      }),
    ).toBeInTheDocument();
    expect(within(fidelity).getByRole('row', { name: /Tuesday group.*Drew the map on the board/ })).toBeInTheDocument();
  });

  it('passes the filters chosen on Reports to the report and its files', async () => {
    install();
    const { user, router } = renderWorkshopApp('/reports');
    const form = await screen.findByRole('region', { name: 'Funder report' });
    await user.selectOptions(await within(form).findByLabelText('Site'), 'North High School');
    await user.selectOptions(within(form).getByLabelText('Workshop'), 'Tuesday group');
    await user.click(within(form).getByRole('button', { name: 'Show the funder report' }));
    await screen.findByRole('region', { name: 'Outcomes: pre- and post-surveys' });
    expect(new URLSearchParams(router.state.location.search).get('siteId')).toBe(ids.northHigh);
    expect(fake.callsTo('reports.funder').at(-1)).toMatchObject({ siteId: ids.northHigh, workshopId: wid.tuesday });

    await user.click(screen.getByRole('button', { name: 'Save as Excel workbook…' }));
    expect(await screen.findByText('Saved to /home/ana/Documents/Funder report.xlsx')).toBeInTheDocument();
    expect(fake.callsTo('reports.saveFunderXlsx')).toEqual([
      { from: expect.any(String), to: expect.any(String), language: 'en', siteId: ids.northHigh, workshopId: wid.tuesday },
    ]);
  });
});
