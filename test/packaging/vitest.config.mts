import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Its own config, so `vitest run` (npm run test:unit) does not build and package the app each time;
// `npm run test:packaging` runs it.
export default defineConfig({
  test: {
    name: 'packaging',
    globals: true,
    environment: 'node',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.test.ts'],
    hookTimeout: 180_000,
    testTimeout: 20_000,
  },
});
