import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rules (DESIGN.md) enforced by eslint', () => {
  it.each([
    ['renderer/screens/Bad.tsx', "import { readFile } from 'node:fs'; export const x = readFile;"],
    ['renderer/screens/Bad.tsx', "import fs from 'fs'; export const x = fs;"],
    ['renderer/screens/Bad.tsx', "import { ipcRenderer } from 'electron'; export const x = ipcRenderer;"],
    ['renderer/screens/Bad.tsx', "import { openDataDir } from '../../electron/storage'; export const x = openDataDir;"],
    ['core/domain/bad.ts', "import { join } from 'node:path'; export const x = join;"],
    ['core/domain/bad.ts', "import { openDataDir } from '../../electron/storage'; export const x = openDataDir;"],
    ['core/contract/bad.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/storage/bad.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/services/bad.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/services/bad.ts', "import https from 'node:https'; export const x = https;"],
    ['electron/main/bad.ts', "import http from 'http'; export const x = http;"],
    ['electron/main/bad.ts', "import net from 'node:net'; export const x = net;"],
    ['electron/preload/bad.ts', "import { readFileSync } from 'node:fs'; export const x = readFileSync;"],
  ])('%s: %s is refused', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['electron/main/ok.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/preload/ok.ts', "import { contextBridge } from 'electron'; export const x = contextBridge;"],
    ['electron/storage/ok.ts', "import { rename } from 'node:fs/promises'; export const x = rename;"],
    ['renderer/ok.ts', "import { settingsSchema } from '../core/domain/settings'; export const x = settingsSchema;"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
