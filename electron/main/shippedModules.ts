/// <reference types="vite/client" />
import type { ModuleSource } from '../services';

// Bundled into the main script at build time, so the app never reads curricula/ from disk.
const files = import.meta.glob<string>('../../curricula/*.yaml', { query: '?raw', import: 'default', eager: true });

export const shippedModules: ModuleSource[] = Object.entries(files)
  .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text }))
  .sort((a, b) => a.name.localeCompare(b.name));
