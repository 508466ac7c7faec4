import { readYamlFiles } from '../storage';
import type { ModuleSource } from './curriculumService';

/** Reads every `*.yaml` module in a folder, in name order (tests and tools; the app bundles its own). */
export async function readModuleSources(dir: string): Promise<ModuleSource[]> {
  return readYamlFiles(dir);
}
