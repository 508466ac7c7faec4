import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle everything: lowdb is ESM-only and the packaged app then needs no node_modules.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but electron, so its imports are bundled in.
      externalizeDeps: false,
      rollupOptions: {
        // The app window's preload, and the projector window's, which exposes only the presenter's calls.
        input: { index: resolve('electron/preload/index.ts'), presenter: resolve('electron/preload/presenter.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
