import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles } from '../support/importCycles';

describe('import cycles, type-only imports included', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  async function folderOf(files: Record<string, string>): Promise<string> {
    const root = await mkdtemp(join(tmpdir(), 'cycles-'));
    made.push(root);
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(root, 'src', name, '..'), { recursive: true });
      await writeFile(join(root, 'src', name), text);
    }
    return root;
  }

  it('finds two files that import each other only as types', async () => {
    const root = await folderOf({
      'types.ts': "import type { Store } from './store';\nexport interface Options { store: Store }\n",
      'store.ts': "import type { Options } from './types';\nexport interface Store { options: Options }\n",
      'other.ts': "import type { Options } from './types';\nexport type Other = Options;\n",
    });
    expect(importCycles(root, ['src'])).toEqual([['src/store.ts', 'src/types.ts']]);
  });

  it('finds a cycle through an index and a re-export', async () => {
    const root = await folderOf({
      'services/index.ts': "export { session } from './protection/session';\nexport const handlers = 1;\n",
      'services/protection/session.ts': "import { handlers } from '../index';\nexport const session = handlers;\n",
    });
    expect(importCycles(root, ['src'])).toEqual([['src/services/index.ts', 'src/services/protection/session.ts']]);
  });

  it('finds none when the imports point one way', async () => {
    const root = await folderOf({
      'types.ts': 'export interface Options { name: string }\n',
      'store.ts': "import type { Options } from './types';\nexport interface Store { options: Options }\n",
    });
    expect(importCycles(root, ['src'])).toEqual([]);
  });

  it('finds none in the app, its tests and the curricula tools', () => {
    expect(importCycles(process.cwd(), ['core', 'electron', 'renderer', 'test', 'curricula'])).toEqual([]);
  });
});
