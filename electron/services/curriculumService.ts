import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { AppFailure } from '../../core/contract/result';
import { judgeImport, type ImportPreview } from '../../core/domain/curriculum/importing';
import { currentModules, summarise, summariseLibrary, type LibraryModule, type ModuleSummary } from '../../core/domain/curriculum/library';
import type { ModuleRef } from '../../core/domain/curriculum/moduleRef';
import type { Message } from '../../core/domain/messages';
import { decodeModuleBytes, MAX_MODULE_BYTES, parseModuleText, placeProblems, type ModuleProblem } from '../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import { checkTranslation, translationFamily } from '../../core/domain/curriculum/translation';
import { readChosenFile, type CurriculumRepository } from '../storage';
import type { BackUpFirst } from './backupService';
import type { DesktopHost } from './host';

/** A module file that ships with the app: its name (for messages) and its YAML text. */
export interface ModuleSource {
  name: string;
  text: string;
}

/** A shipped module that does not validate, or a shipped translation whose ids differ from its original's, is a build defect. */
function shippedDefect(source: ModuleSource, problems: readonly ModuleProblem[]): Error {
  // For developers (a build defect): the problems as data, worded by curricula:check.
  const details = problems.map(({ line, column, ...problem }) => `${source.name}:${line ?? 1}:${column ?? 1} ${JSON.stringify(problem)}`).join('\n');
  return new Error(`A module shipped with the app does not validate:\n${details}`);
}

/** Parses the shipped modules once. */
function parseShipped(sources: readonly ModuleSource[]): CurriculumModule[] {
  const modules = sources.map((source) => {
    const parsed = parseModuleText(source.text);
    if (!parsed.ok) throw shippedDefect(source, parsed.problems);
    return parsed.module;
  });
  modules.forEach((module, index) => {
    const { problems } = checkTranslation(module, (ref) => findVersion(modules, ref));
    const source = sources[index];
    if (problems.length > 0 && source) throw shippedDefect(source, placeProblems(source.text, problems));
  });
  return modules;
}

function findVersion(modules: readonly CurriculumModule[], ref: ModuleRef): CurriculumModule | undefined {
  return modules.find((module) => module.id === ref.id && module.version === ref.version);
}

/** Reads a chosen module file as text: not too big, not binary, UTF-8. */
async function readModuleFile(path: string): Promise<{ ok: true; text: string } | { ok: false; message: Message }> {
  const read = await readChosenFile(path, MAX_MODULE_BYTES);
  return read.ok ? decodeModuleBytes(read.bytes) : { ok: false, message: read.refusal };
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
  /** Every version the library holds, shipped ones included when an import upgrades them: what translations and workshops name. */
  const allVersions = (): LibraryModule[] => {
    shipped ??= parseShipped(options.shipped);
    return [
      ...shipped.map((module) => ({ module, origin: 'shipped' as const })),
      ...repository.list().map((stored) => ({ module: stored.module, origin: 'imported' as const })),
    ];
  };

  async function previewFile(path: string): Promise<ImportPreview> {
    pending = undefined;
    const fileName = basename(path);
    const read = await readModuleFile(path);
    if (!read.ok) return { status: 'invalid', fileName, problems: [{ path: '', message: read.message }] };
    const parsed = parseModuleText(read.text);
    if (!parsed.ok) return { status: 'invalid', fileName, problems: parsed.problems };
    const { module } = parsed;
    const translation = checkTranslation(module, (ref) =>
      findVersion(
        allVersions().map((entry) => entry.module),
        ref,
      ),
    );
    if (translation.problems.length > 0) return { status: 'invalid', fileName, problems: placeProblems(read.text, translation.problems) };
    const notices = [...parsed.notices, ...placeProblems(read.text, translation.notices)];
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
    list: (): ModuleSummary[] => summariseLibrary(library()),

    /** The module `ref` names in each language the library has, original first (empty when none is there). */
    translations: (ref: ModuleRef): LibraryModule[] => translationFamily(allVersions(), ref, (entry) => entry.module),

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
      return summariseLibrary(library());
    },
  };
}

export type CurriculumService = ReturnType<typeof createCurriculumService>;
