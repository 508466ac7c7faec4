import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// `electron` is never loaded for real in tests: Electron 42+ downloads its binary on first require.
const electronMock = { electron: resolve('test/setup/electron-mock.ts') };

export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        resolve: { alias: electronMock },
        test: {
          name: 'unit',
          globals: true,
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: electronMock },
        test: {
          name: 'component',
          globals: true,
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/setup/component.ts'],
        },
      },
      {
        test: {
          name: 'security',
          globals: true,
          environment: 'node',
          include: ['test/security/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
