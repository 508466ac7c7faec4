// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const networkModules = ['http', 'https', 'net', 'http2', 'tls', 'dgram', 'dns'].flatMap((name) => [name, `node:${name}`]);

const layer = (group, message) => ({ group, message });
const electron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'This layer runs in the renderer too: no Node modules.' }));
const noNetwork = networkModules.map((name) => ({ name, message: 'Only the program hub (electron/services/hub/) reaches the network.' }));
/** Network clients by package: only the program hub's folder may import them. */
const networkPackages = layer(
  ['pouchdb', 'pouchdb-*', 'nano', 'undici', 'axios', 'node-fetch', 'ws'],
  'Only the program hub (electron/services/hub/) reaches the network.',
);
/** The globals that open a connection: the renderer stays network-less, and in main only the hub may. */
const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'Only the program hub (electron/services/hub/) reaches the network, and only the address the user set.',
}));
const noFs = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
  name,
  message: 'Services reach files only through storage (electron/storage/index.ts), user files included.',
}));
const storageFs = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
  name,
  message: 'Storage reaches files only through its file-system seam (electron/storage/fs/fileSystem.ts), so the power-loss test sees every operation.',
}));
const storagePatterns = [
  networkPackages,
  layer(['**/services', '**/services/**', '**/main/**', '**/preload/**', '**/renderer/**'], 'storage sits below services and main.'),
  layer(['**/contract', '**/contract/**'], 'storage never imports the contract: it raises StorageError, which services map to AppFailure.'),
];
const notElectronOrRenderer = layer(
  ['**/electron/**', '**/renderer/**'],
  'core is pure and shared by both processes: it imports nothing of electron/ or renderer/.',
);

/**
 * One rule per layer (DESIGN.md, "Processes and layers"). The dependencies point one way:
 *
 *   renderer ──> core/contract ──> core/domain
 *   main ──> services ──> storage ──> core/domain
 *   preload ──> core/contract
 *
 * core/domain owns its types and view types and never imports the contract (the contract re-exports
 * them). Storage raises its own StorageError; services map it to the contract's AppFailure in one
 * place (services/storageFailure.ts), so storage never sees the contract. Services use storage only
 * through its public entry (electron/storage/index.ts) and never node:fs. No import cycles anywhere
 * (import-x/no-cycle below). A file matched by two entries gets only the last one, so each entry
 * lists everything its files may not import.
 */
const layerRules = [
  {
    files: ['core/**'],
    paths: [electron, ...noNode],
    patterns: [notElectronOrRenderer, networkPackages],
  },
  {
    files: ['core/domain/**'],
    paths: [electron, ...noNode],
    patterns: [
      notElectronOrRenderer,
      networkPackages,
      layer(['**/contract', '**/contract/**'], 'The domain owns its types and never imports the contract; the contract imports the domain.'),
    ],
  },
  {
    files: ['electron/storage/**'],
    paths: [electron, ...noNetwork, ...storageFs],
    patterns: storagePatterns,
  },
  {
    // The one real implementation of the file-system seam (electron/storage/fs/fileSystem.ts).
    files: ['electron/storage/fs/nodeFileSystem.ts'],
    paths: [electron, ...noNetwork],
    patterns: storagePatterns,
  },
  {
    files: ['electron/services/**'],
    paths: [electron, ...noNetwork, ...noFs],
    patterns: [
      networkPackages,
      layer(['**/main/**', '**/preload/**', '**/renderer/**'], 'services never reach into main, preload or the renderer.'),
      layer(['**/storage/**', '!**/storage/index'], 'services import storage only through its public entry (electron/storage/index.ts).'),
    ],
  },
  {
    // The program hub: the one folder that may open a connection (to the origin the user set; see its README section).
    files: ['electron/services/hub/**'],
    paths: [electron, ...noFs],
    patterns: [
      layer(['**/main/**', '**/preload/**', '**/renderer/**'], 'services never reach into main, preload or the renderer.'),
      layer(['**/storage/**', '!**/storage/index'], 'services import storage only through its public entry (electron/storage/index.ts).'),
    ],
  },
  {
    files: ['electron/main/**'],
    paths: [...noNetwork],
    patterns: [networkPackages, layer(['**/renderer/**', '**/preload/**'], 'main does not import the renderer or preload.')],
  },
  {
    files: ['electron/preload/**'],
    paths: [...noNode],
    patterns: [{ regex: String.raw`^\.\.?/(?!(?:\.\./)*core/contract/)`, message: 'preload only bridges the contract: it imports nothing but core/contract.' }],
  },
  {
    files: ['curricula/**'],
    paths: [electron, ...noNetwork],
    patterns: [
      networkPackages,
      layer(['**/storage', '**/storage/**', '**/services', '**/services/**', '**/main/**', '**/preload/**'], 'authoring tools use only the domain.'),
      // The wording of module problems is pure: curricula:check says them in English as the app does.
      { regex: String.raw`/renderer/(?!format/moduleProblems$)`, message: 'authoring tools use only the domain (and the pure wording of module problems).' },
    ],
  },
  {
    files: ['renderer/**'],
    paths: [electron, ...noNode],
    patterns: [
      networkPackages,
      layer(['**/electron', '**/electron/**'], 'The renderer reaches the app only through window.facilitator; it shares only core/.'),
    ],
  },
].map(({ files, paths, patterns }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['core/**', 'electron/**', 'renderer/**', 'test/**', 'curricula/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...layerRules,
  {
    files: ['core/**', 'electron/**', 'renderer/**', 'curricula/**'],
    ignores: ['electron/services/hub/**'],
    rules: { 'no-restricted-globals': ['error', ...networkGlobals] },
  },
);
