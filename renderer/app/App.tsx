import { RouterProvider } from 'react-router';
import { SettingsProvider } from '../data/SettingsProvider';
import { ProtectionGate } from './ProtectionGate';
import type { createAppRouter } from './routes';

export type AppRouter = ReturnType<typeof createAppRouter>;

/** The projector window's page: its bridge answers only the presenter's calls, so it loads no settings. */
const PRESENTER_PATH = '/present';

export function App({ router }: { router: AppRouter }) {
  const pages = <RouterProvider router={router} />;
  return <ProtectionGate>{router.state.location.pathname === PRESENTER_PATH ? pages : <SettingsProvider>{pages}</SettingsProvider>}</ProtectionGate>;
}
