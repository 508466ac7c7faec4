import { RouterProvider } from 'react-router';
import { SettingsProvider } from '../data/SettingsProvider';
import type { createAppRouter } from './routes';

export type AppRouter = ReturnType<typeof createAppRouter>;

export function App({ router }: { router: AppRouter }) {
  return (
    <SettingsProvider>
      <RouterProvider router={router} />
    </SettingsProvider>
  );
}
