import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

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
    // The domain owns its types: it never imports the contract, not even a type.
    ['core/domain/bad.ts', "import type { AppError } from '../contract/result'; export type X = AppError;"],
    ['core/domain/records/bad.ts', "import { contract } from '../../contract/contract'; export const x = contract;"],
    // Storage raises StorageError and never sees the contract, services or main.
    ['electron/storage/bad.ts', "import { AppFailure } from '../../core/contract/result'; export const x = AppFailure;"],
    ['electron/storage/protection/bad.ts', "import type { Notice } from '../../../core/contract/appInfo'; export type X = Notice;"],
    ['electron/storage/bad.ts', "import { createHandlers } from '../services'; export const x = createHandlers;"],
    // Storage reaches files only through its file-system seam, so the power-loss test sees every operation.
    ['electron/storage/bad.ts', "import { rename } from 'node:fs/promises'; export const x = rename;"],
    ['electron/storage/protection/bad.ts', "import { readFileSync } from 'fs'; export const x = readFileSync;"],
    // Services reach storage only through its index, and files only through storage.
    ['electron/services/bad.ts', "import { fsyncDirectory } from '../storage/durableFile'; export const x = fsyncDirectory;"],
    ['electron/services/protection/bad.ts', "import { readKeyring } from '../../storage/protection/keyring'; export const x = readKeyring;"],
    ['electron/services/bad.ts', "import { readFile } from 'node:fs/promises'; export const x = readFile;"],
    ['electron/services/bad.ts', "import fs from 'fs'; export const x = fs;"],
    // The preload bridges the contract and nothing else.
    ['electron/preload/bad.ts', "import { settingsSchema } from '../../core/domain/settings'; export const x = settingsSchema;"],
    ['electron/preload/bad.ts', "import { openDataDir } from '../storage'; export const x = openDataDir;"],
    ['electron/preload/bad.ts', "import { createHandlers } from '../services'; export const x = createHandlers;"],
  ])('%s: %s is refused', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['electron/main/ok.ts', "import { app } from 'electron'; export const x = app;"],
    ['electron/preload/ok.ts', "import { contextBridge } from 'electron'; export const x = contextBridge;"],
    ['electron/preload/ok.ts', "import { buildBridge } from '../../core/contract/bridge'; export const x = buildBridge;"],
    ['electron/storage/fs/nodeFileSystem.ts', "import { rename } from 'node:fs/promises'; export const x = rename;"],
    ['electron/storage/ok.ts', "import { workshopSchema } from '../../core/domain/workshop'; export const x = workshopSchema;"],
    ['electron/services/ok.ts', "import { openDataDir } from '../storage'; export const x = openDataDir;"],
    ['electron/services/exports/ok.ts', "import { StorageError } from '../../storage'; export const x = StorageError;"],
    ['electron/services/ok.ts', "import { AppFailure } from '../../core/contract/result'; export const x = AppFailure;"],
    ['core/contract/ok.ts', "import { settingsSchema } from '../domain/settings'; export const x = settingsSchema;"],
    ['core/domain/ok.ts', "import { recordId } from './text'; export const x = recordId;"],
    ['renderer/ok.ts', "import { settingsSchema } from '../core/domain/settings'; export const x = settingsSchema;"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});

describe('import cycles are refused by eslint (import-x/no-cycle)', () => {
  // Real files: the rule follows imports on disk. The folder sits inside the repo, so the repo's config applies.
  const folder = join(process.cwd(), 'test', `.tmp-cycle-${process.pid}-${Math.random().toString(36).slice(2)}`);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  let cases = 0;

  /** Lints `linted` among `files`, written to a folder of their own (the rule caches what it has read). */
  async function cycleErrors(files: Record<string, string>, linted: string): Promise<string[]> {
    const here = join(folder, `case-${++cases}`);
    await mkdir(here, { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(here, name), text);
    const [result] = await eslint.lintFiles([join(here, linted)]);
    return (result?.messages ?? []).filter((message) => message.ruleId === 'import-x/no-cycle').map((message) => message.message);
  }

  it('reports two files that import each other', async () => {
    const errors = await cycleErrors(
      {
        'first.ts': "import { second } from './second';\nexport const first = (): number => second() + 1;\n",
        'second.ts': "import { first } from './first';\nexport const second = (): number => (first ? 1 : 0);\n",
      },
      'first.ts',
    );
    expect(errors).toEqual(['Dependency cycle detected']);
  });

  it('reports a cycle through a third file', async () => {
    const errors = await cycleErrors(
      {
        'first.ts': "import { second } from './second';\nexport const first = (): number => second();\n",
        'second.ts': "import { third } from './third';\nexport const second = (): number => third();\n",
        'third.ts': "import { first } from './first';\nexport const third = (): number => (first ? 1 : 0);\n",
      },
      'first.ts',
    );
    expect(errors).toEqual([expect.stringContaining('Dependency cycle via')]);
  });

  it('accepts the same files when the dependency points one way', async () => {
    const errors = await cycleErrors(
      {
        'first.ts': "import { second } from './second';\nexport const first = (): number => second() + 1;\n",
        'second.ts': 'export const second = (): number => 1;\n',
      },
      'first.ts',
    );
    expect(errors).toEqual([]);
  });
});
