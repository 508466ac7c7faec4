import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { AppFailure } from '../../core/contract/result';
import { judgeImport, type ImportPreview } from '../../core/domain/curriculum/importing';
import { currentModules, summarise, type LibraryModule, type ModuleSummary } from '../../core/domain/curriculum/library';
import { decodeModuleBytes, formatProblem, MAX_MODULE_BYTES, parseModuleText, tooLargeMessage } from '../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import { readChosenFile, type CurriculumRepository } from '../storage';
import type { BackUpFirst } from './backupService';
import type { DesktopHost } from './host';

/** A module file that ships with the app: its name (for messages) and its YAML text. */
export interface ModuleSource {
  name: string;
  text: string;
}

/** Parses the shipped modules once. A shipped module that does not validate is a build defect. */
function parseShipped(sources: readonly ModuleSource[]): CurriculumModule[] {
  return sources.map((source) => {
    const parsed = parseModuleText(source.text);
    if (!parsed.ok) {
      const details = parsed.problems.map((problem) => formatProblem(source.name, problem)).join('\n');
      throw new Error(`A module shipped with the app does not validate:\n${details}`);
    }
    return parsed.module;
  });
}

/** Reads a chosen module file as text: not too big, not binary, UTF-8. */
async function readModuleFile(path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const read = await readChosenFile(path, MAX_MODULE_BYTES, tooLargeMessage);
  return read.ok ? decodeModuleBytes(read.bytes) : read;
}

export function createCurriculumService(options: { repository: CurriculumRepository; shipped: readonly ModuleSource[]; host: DesktopHost }) {
  const { repository, host } = options;
  let shipped: CurriculumModule[] | undefined;
  /** The one import the user is looking at: confirming it saves exactly what was previewed. */
  let pending: { token: string; module: CurriculumModule; text: string } | undefined;

  const library = (): LibraryModule[] => {
    shipped ??= parseShipped(options.shipped);
    return currentModules(
      shipped,
      repository.list().map((stored) => stored.module),
    );
  };
  const find = (id: string) => library().find((entry) => entry.module.id === id);

  async function previewFile(path: string): Promise<ImportPreview> {
    pending = undefined;
    const fileName = basename(path);
    const read = await readModuleFile(path);
    if (!read.ok) return { status: 'invalid', fileName, problems: [{ path: '', message: read.message }] };
    const parsed = parseModuleText(read.text);
    if (!parsed.ok) return { status: 'invalid', fileName, problems: parsed.problems };
    const { module, notices } = parsed;
    const summary = summarise({ module, origin: 'imported' });
    const judgement = judgeImport(module, find(module.id));
    if (judgement.status === 'unchanged' || judgement.status === 'refused') {
      return { status: judgement.status, reason: judgement.reason, fileName, module: summary };
    }
    const token = randomUUID();
    // What is stored is exactly the text that was checked.
    pending = { token, module, text: read.text };
    return judgement.status === 'new'
      ? { status: 'new', fileName, token, module: summary, notices }
      : { status: 'upgrade', fileName, token, module: summary, notices, fromVersion: judgement.fromVersion, fromOrigin: judgement.fromOrigin };
  }

  return {
    list: (): ModuleSummary[] => library().map(summarise),

    get(id: string): LibraryModule {
      const entry = find(id);
      if (!entry) throw new AppFailure('not-found', { code: 'module-missing' });
      return entry;
    },

    /** Validates a file and says what importing it would do. Nothing is saved. */
    previewFile,

    async chooseAndPreview(): Promise<ImportPreview> {
      const path = await host.chooseFileToOpen('module');
      return path === undefined ? { status: 'cancelled' } : previewFile(path);
    },

    /** Adds the previewed module; `backUp` runs before the write, never for a refused or stale import. */
    async confirmImport(token: string, backUp: BackUpFirst): Promise<ModuleSummary> {
      if (!pending || pending.token !== token) {
        throw new AppFailure('not-found', { code: 'module-import-expired' });
      }
      const { module, text } = pending;
      // The library may have changed since the preview (another import): judge again.
      const judgement = judgeImport(module, find(module.id));
      if (judgement.status === 'unchanged' || judgement.status === 'refused') {
        pending = undefined;
        throw new AppFailure('invalid-input', judgement.reason);
      }
      await backUp();
      await repository.add(module, text);
      pending = undefined;
      return summarise({ module, origin: 'imported' });
    },

    async remove(id: string): Promise<ModuleSummary[]> {
      const importedVersions = repository.list().filter((stored) => stored.module.id === id);
      if (importedVersions.length === 0) {
        throw find(id) ? new AppFailure('forbidden', { code: 'module-built-in' }) : new AppFailure('not-found', { code: 'module-missing' });
      }
      await repository.remove(id);
      return library().map(summarise);
    },
  };
}

export type CurriculumService = ReturnType<typeof createCurriculumService>;
