import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';
import { channelNames } from '../../electron/api/channels';

const root = resolve(__dirname, '../..');

test('the built main bundle loads under Node and wires the app up', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'main-bundle-'));
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'test/support/run-built-main.cjs'), join(root, 'out/main/index.js'), dataDir]);
    const seen = JSON.parse(stdout.trim().split('\n').pop()!) as {
      sandbox: boolean;
      schemes: Array<{ scheme: string }>;
      protocolHandlers: string[];
      channels: string[];
      windows: Array<{ url: string; webPreferences: { preload: string; sandbox: boolean; contextIsolation: boolean } }>;
      errors: string[];
      library: { ok: boolean; value: Array<{ id: string; origin: string }> };
    };
    expect(seen.errors).toEqual([]);
    expect(seen.sandbox).toBe(true);
    expect(seen.schemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(seen.protocolHandlers).toEqual(['app']);
    expect(seen.channels.sort()).toEqual([...channelNames].sort());
    expect(seen.windows).toHaveLength(1);
    expect(seen.windows[0]!.url).toBe('app://facilitator/index.html');
    expect(seen.windows[0]!.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    // The preload and renderer the bundle points at were built next to it.
    expect(existsSync(seen.windows[0]!.webPreferences.preload)).toBe(true);
    expect(existsSync(join(root, 'out/renderer/index.html'))).toBe(true);
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(true);
    // The five shipped modules are inside the bundle and validate there.
    expect(seen.library.ok).toBe(true);
    expect(seen.library.value.map((module) => module.origin)).toEqual(Array(5).fill('shipped'));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
