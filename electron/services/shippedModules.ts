import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModuleSource } from './curriculumService';

/** Reads every `*.yaml` module in a folder, in name order (tests and tools; the app bundles its own). */
export async function readModuleSources(dir: string): Promise<ModuleSource[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}
