import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';
import { channelNames } from '../../core/contract/channels';

const root = resolve(__dirname, '../..');

type SavedResult = { ok: boolean; value: { status: string; path: string } };

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
      exports: { mark: boolean; ics: SavedResult; xlsx: SavedResult; bundle: SavedResult };
      protection: { ok: boolean; value: { recoveryKey: string; status: { state: string; keychain: object } } };
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
    // Protection works inside the bundle (scrypt at its real cost), and Linux's plain-text keychain is not used.
    expect(seen.protection).toMatchObject({
      ok: true,
      value: { status: { state: 'unlocked', keychain: { usable: false, problem: 'basic-text', inUse: false, unlocksNow: false } } },
    });
    expect(seen.protection.value.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect((await readFile(join(dataDir, 'settings.json'))).subarray(0, 4).toString()).toBe('FCS1');
    expect(existsSync(join(dataDir, 'keyring.json'))).toBe(true);
    // The five shipped modules are inside the bundle and validate there.
    expect(seen.library.ok).toBe(true);
    // Five modules and the Spanish translation of the juvenile-hall series.
    expect(seen.library.value.map((module) => module.origin)).toEqual(Array(6).fill('shipped'));
    // The file writers (iCalendar, exceljs, bundles) work inside the bundle, and their files are what they say.
    expect(seen.exports.mark).toBe(true);
    for (const saved of [seen.exports.ics, seen.exports.xlsx, seen.exports.bundle]) expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect((await readFile(seen.exports.ics.value.path, 'utf8')).startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect((await readFile(seen.exports.xlsx.value.path)).subarray(0, 2).toString()).toBe('PK');
    const bundle = await readFile(seen.exports.bundle.value.path);
    expect(bundle.subarray(0, 4).toString()).toBe('FCB1');
    expect(bundle.includes('JH-26-001')).toBe(false);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
