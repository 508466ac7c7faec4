import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../renderer/app/App';
import { routes } from '../../renderer/app/routes';
import '../../renderer/i18n';

/** Renders the whole app (shell, providers, screens) at `path`, with a memory router. */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  return { ...render(<App router={router} />), router, user };
}
