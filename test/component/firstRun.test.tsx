import { screen, waitFor, within } from '@testing-library/react';
import type { TodayView, WorkshopSummary } from '../../core/contract/planning';
import { defaultSettings, type Settings } from '../../core/domain/settings';
import { DISK_FULL, DISK_FULL_TEXT, installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderApp } from './renderApp';
import { summaries } from './workshopFixtures';

const emptyWeek: TodayView = { today: '2027-03-09', weekStart: '2027-03-08', weekEnd: '2027-03-14', meetings: [], atRisk: [] };

function install(settings: Settings, workshops: WorkshopSummary[] = []) {
  return installFakeFacilitator({ settings, planning: { 'schedule.today': () => emptyWeek, 'workshops.list': () => workshops } });
}

const checklist = () => screen.findByRole('region', { name: 'Getting started' });
const stepsOf = (region: HTMLElement) =>
  within(within(region).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('Today’s first-run checklist', () => {
  it('after the first start lists every step as to do, each linking to where it is done', async () => {
    install(defaultSettings());
    renderApp('/today');
    const region = await checklist();
    expect(region).toHaveTextContent('0 of 5 done');
    expect(stepsOf(region)).toEqual([
      'To doYour organisation’s name and how to reach it',
      'To doYour team of facilitators',
      'To doThe sites where groups meet',
      'To doLocal resources: hotlines and agencies',
      'To doPlan your first workshop',
    ]);
    const link = (name: string) => within(region).getByRole('link', { name });
    expect(link('Your organisation’s name and how to reach it')).toHaveAttribute('href', '/settings/organisation');
    expect(link('Your team of facilitators')).toHaveAttribute('href', '/settings/facilitators');
    expect(link('The sites where groups meet')).toHaveAttribute('href', '/settings/sites');
    expect(link('Local resources: hotlines and agencies')).toHaveAttribute('href', '/settings/resources');
    expect(link('Plan your first workshop')).toHaveAttribute('href', '/workshops/new');
  });

  it('ticks what is done: the organisation only once it has a name and a way to reach it', async () => {
    // A name, a team, a site and resources, but no phone, email or address yet.
    install(sampleSettings());
    renderApp('/today');
    const region = await checklist();
    expect(stepsOf(region)).toEqual([
      'To doYour organisation’s name and how to reach it',
      'DoneYour team of facilitators',
      'DoneThe sites where groups meet',
      'DoneLocal resources: hotlines and agencies',
      'To doPlan your first workshop',
    ]);
    expect(region).toHaveTextContent('3 of 5 done');
  });

  it('is gone once everything is done', async () => {
    const settings = sampleSettings();
    settings.organisation = { ...settings.organisation, phone: '555-0100' };
    install(settings, summaries);
    renderApp('/today');
    expect(await screen.findByText('No meetings this week.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Getting started' })).not.toBeInTheDocument();
  });

  it('can be hidden for good: the choice is saved', async () => {
    const fake = install(defaultSettings());
    const { user, unmount } = renderApp('/today');
    await user.click(within(await checklist()).getByRole('button', { name: 'Hide this list' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Getting started' })).not.toBeInTheDocument());
    expect(fake.callsTo('settings.setPreferences')).toEqual([{ firstRunChecklistHidden: true }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();

    // Opening the app again: still hidden.
    unmount();
    renderApp('/today');
    expect(await screen.findByText('No meetings this week.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Getting started' })).not.toBeInTheDocument();
  });

  it('comes back on Today when Settings › Organisation shows it again', async () => {
    install(defaultSettings());
    const { user, unmount } = renderApp('/today');
    await user.click(within(await checklist()).getByRole('button', { name: 'Hide this list' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Getting started' })).not.toBeInTheDocument());
    unmount();

    const settings = renderApp('/settings/organisation');
    const box = await screen.findByRole('checkbox', { name: 'Show the “Getting started” list on Today' });
    await settings.user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    settings.unmount();

    renderApp('/today');
    expect(await checklist()).toHaveTextContent('0 of 5 done');
  });

  it('stays, saying why, when hiding it cannot be saved', async () => {
    const fake = install(defaultSettings());
    fake.failNext('settings.setPreferences', DISK_FULL);
    const { user } = renderApp('/today');
    const region = await checklist();
    await user.click(within(region).getByRole('button', { name: 'Hide this list' }));
    expect(await within(region).findByText(`Not saved. ${DISK_FULL_TEXT}`)).toBeInTheDocument();
  });
});
