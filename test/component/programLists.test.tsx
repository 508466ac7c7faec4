import { screen, waitFor, within } from '@testing-library/react';
import { installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { fakeHub, inProgram, type FakeHubState } from './fakeHub';
import { renderApp } from './renderApp';
import { sampleModule } from '../support/sampleModules';

const module = sampleModule();
/** The settings pages load lazily: on a busy machine that can take more than the default second. */
const SLOW_LOAD_MS = 5_000;

function install(lists: FakeHubState['lists'] | undefined, status = inProgram()) {
  const hub = fakeHub({ status, ...(lists ? { lists } : {}) });
  const fake = installFakeFacilitator({ settings: sampleSettings(), planning: hub.handlers, library: [{ module, origin: 'shipped' }] });
  return { fake, hub };
}

describe('the program’s shared lists', () => {
  it('Settings › Program hub counts what the program shares and says which modules in use this laptop lacks', async () => {
    install({
      sites: 3,
      facilitators: 8,
      resources: 1,
      modules: [
        { id: module.id, version: module.version, title: module.title },
        { id: module.id, version: module.version + 1, title: module.title },
        { id: 'healthy-relationships', version: 1, title: 'Healthy Relationships' },
      ],
    });
    renderApp('/settings/hub');
    const lists = await screen.findByRole('region', { name: 'Shared lists' }, { timeout: SLOW_LOAD_MS });
    const facts = (await within(lists).findAllByRole('definition', {}, { timeout: SLOW_LOAD_MS })).map((fact) => fact.textContent);
    expect(facts).toEqual(['3 in the program', '8 in the program', '1 in the program']);
    const modules = within(lists)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(modules).toEqual([
      `${module.title}, version ${module.version} On this laptop`,
      `${module.title}, version ${module.version + 1} Not on this laptop (version ${module.version} is)`,
      'Healthy Relationships, version 1 Not on this laptop',
    ]);
  });

  it('says why the lists on the hub were not taken in', async () => {
    install({ sites: 0, facilitators: 0, resources: 0, modules: [], refused: [{ code: 'hub-lists-not-lists' }] });
    renderApp('/settings/hub');
    const lists = await screen.findByRole('region', { name: 'Shared lists' }, { timeout: SLOW_LOAD_MS });
    expect(await within(lists).findByText(/not lists this app writes, so nothing in Settings was changed/, {}, { timeout: SLOW_LOAD_MS })).toBeInTheDocument();
    expect(within(lists).getByText('No workshop is shared with the program yet.')).toBeInTheDocument();
  });

  it('the sites page says its list is shared with the program, only when this laptop is in one', async () => {
    install(undefined);
    const view = renderApp('/settings/sites');
    expect(
      await screen.findByText(/Shared with the program Harbor Youth Services: a change saved here reaches its other laptops/, {}, { timeout: SLOW_LOAD_MS }),
    ).toBeInTheDocument();
    view.unmount();
    install(undefined, { sync: { kind: 'off' }, pendingDecisions: 0 });
    renderApp('/settings/sites');
    await screen.findByRole('heading', { name: 'Sites' }, { timeout: SLOW_LOAD_MS });
    expect(screen.queryByText(/Shared with the program/)).not.toBeInTheDocument();
  });

  it('a site the hub brought shows in Settings once the hub is heard from, without a restart', async () => {
    const { fake } = install(undefined);
    const { user } = renderApp('/settings/hub');
    const hub = await screen.findByRole('region', { name: 'Program hub' }, { timeout: SLOW_LOAD_MS });
    // Main took in the program's lists: a site added on another laptop.
    fake.settings = {
      ...fake.settings,
      sites: [...fake.settings.sites, { id: '6f1c1f3e-5a8b-4c4d-9e2f-0a1b2c3d4e5f', name: 'Eastlake Juvenile Hall', kind: 'detention' }],
    };
    await user.click(await within(hub).findByRole('button', { name: 'Sync now' }, { timeout: SLOW_LOAD_MS }));
    await user.click(within(screen.getByRole('navigation', { name: 'Settings sections' })).getByRole('link', { name: 'Sites' }));
    const sites = await screen.findByRole('region', { name: 'Sites' }, { timeout: SLOW_LOAD_MS });
    expect(await within(sites).findByText('Eastlake Juvenile Hall')).toBeInTheDocument();
  });

  it('counts again once the hub is heard from', async () => {
    const { hub } = install({ sites: 1, facilitators: 0, resources: 0, modules: [] });
    const { user } = renderApp('/settings/hub');
    const lists = await screen.findByRole('region', { name: 'Shared lists' }, { timeout: SLOW_LOAD_MS });
    expect((await within(lists).findAllByRole('definition', {}, { timeout: SLOW_LOAD_MS }))[0]).toHaveTextContent('1 in the program');
    hub.state.lists = { ...hub.state.lists, sites: 2 };
    await user.click(within(screen.getByRole('region', { name: 'Program hub' })).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(within(lists).getAllByRole('definition')[0]).toHaveTextContent('2 in the program'));
  });
});
