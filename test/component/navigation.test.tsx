import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app/App';
import { createAppRouter } from '../../renderer/app/routes';
import { installFakeFacilitator, sampleSettings } from './fakeFacilitator';
import { renderApp } from './renderApp';

const sections = ['Today', 'Calendar', 'Workshops', 'Participants', 'Curricula', 'Reports', 'Settings'];
const nav = () => screen.getByRole('navigation', { name: 'Main' });

describe('navigation', () => {
  beforeEach(() => {
    installFakeFacilitator({
      settings: sampleSettings(),
      // The planning screens with nothing planned yet.
      planning: {
        'schedule.today': () => ({ today: '2027-03-09', weekStart: '2027-03-08', weekEnd: '2027-03-14', meetings: [], atRisk: [] }),
        'schedule.range': ({ from, to }) => ({ today: '2027-03-09', from, to, meetings: [], doubleBookings: [] }),
        'workshops.list': () => [],
        'participants.list': () => [],
      },
    });
  });

  it('shows all seven sections in the sidebar, in order', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1 });
    const links = within(nav()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(sections);
  });

  it('opens on Today and marks it as the current page', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });

  it('moves between sections, updating the heading, the current link, and focus', async () => {
    const { user } = renderApp('/today');
    // Nothing shows until the gate knows the data is open.
    await screen.findByRole('navigation', { name: 'Main' });
    for (const name of ['Workshops', 'Settings', 'Curricula']) {
      await user.click(within(nav()).getByRole('link', { name }));
      const heading = await screen.findByRole('heading', { level: 1, name });
      expect(heading).toHaveFocus();
      expect(within(nav()).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      expect(within(nav()).getByRole('link', { name: 'Today' })).not.toHaveAttribute('aria-current');
      expect(document.title).toBe(`${name} – Facilitator`);
    }
  });

  it('shows the app name and the organisation name at the top', async () => {
    renderApp();
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Facilitator')).toBeInTheDocument();
    expect(await within(banner).findByText('Riverside Youth Services')).toBeInTheDocument();
  });

  it.each(['Today', 'Calendar', 'Workshops', 'Participants', 'Reports'])('shows the real %s screen, not a placeholder', async (name) => {
    renderApp(`/${name.toLowerCase()}`);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(screen.queryByText(/this screen is not built yet/i)).not.toBeInTheDocument();
  });

  it('says so when a screen does not exist, and offers a way back', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'This screen does not exist.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Today' })).toBeInTheDocument();
  });

  it('offers a skip link that moves focus to the main content', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1 });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('uses the hash for routes, starting on Today', async () => {
    window.location.hash = '';
    const router = createAppRouter();
    render(<App router={router} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/today');
    await userEvent.click(within(nav()).getByRole('link', { name: 'Settings' }));
    await waitFor(() => expect(window.location.hash).toBe('#/settings/organisation'));
    act(() => router.dispose());
    window.location.hash = '';
  });
});
