import { RouterProvider } from 'react-router';
import { SettingsProvider } from '../data/SettingsProvider';
import { ProtectionGate } from './ProtectionGate';
import type { createAppRouter } from './routes';

export type AppRouter = ReturnType<typeof createAppRouter>;

export function App({ router }: { router: AppRouter }) {
  return (
    <ProtectionGate>
      <SettingsProvider>
        <RouterProvider router={router} />
      </SettingsProvider>
    </ProtectionGate>
  );
}
