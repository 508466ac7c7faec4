/**
 * Checks curriculum module files: `npm run curricula:check [FILES...]` (all of curricula/*.yaml when
 * none are given). Prints each problem as `file:line:col path: message` and exits 1 on any. A file in an
 * older module format is migrated as the app would import it; what was assumed is printed as a warning.
 */
import { openSync, readdirSync, readSync, closeSync, fstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ModuleRef } from '../../core/domain/curriculum/moduleRef';
import {
  decodeModuleBytes,
  MAX_MODULE_BYTES,
  parseModuleText,
  placeProblems,
  tooLargeMessage,
  type ModuleParse,
  type ModuleProblem,
} from '../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import { checkTranslation } from '../../core/domain/curriculum/translation';
import type { Message } from '../../core/domain/messages';
import { englishWording, formatModuleProblem } from '../../renderer/format/moduleProblems';

const curriculaDir = join(__dirname, '..');

function shippedFiles(): string[] {
  return readdirSync(curriculaDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => relative(process.cwd(), join(curriculaDir, name)));
}

/** Reads a file, refusing a huge one by its size before reading it. */
function readModuleFile(file: string): { ok: true; bytes: Uint8Array } | { ok: false; message: Message } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return { ok: false, message: { code: 'module-file-unreadable', params: { detail: (error as NodeJS.ErrnoException).code ?? 'error' } } };
  }
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_MODULE_BYTES) return { ok: false, message: tooLargeMessage(size) };
    const bytes = Buffer.alloc(size);
    readSync(fd, bytes, 0, size, 0);
    return { ok: true, bytes };
  } finally {
    closeSync(fd);
  }
}

/** A file read and parsed, with its text for placing later problems. */
interface CheckedFile {
  file: string;
  text: string;
  result: ModuleParse;
}

function readAndParse(file: string): CheckedFile {
  const read = readModuleFile(file);
  const decoded = read.ok ? decodeModuleBytes(read.bytes) : read;
  if (!decoded.ok) return { file, text: '', result: { ok: false, problems: [{ path: '', message: decoded.message }] } };
  return { file, text: decoded.text, result: parseModuleText(decoded.text) };
}

/** The modules a translation may name: those being checked, then the shipped ones. */
function moduleFinder(checked: readonly CheckedFile[]): (ref: ModuleRef) => CurriculumModule | undefined {
  const valid = (entries: readonly CheckedFile[]) => entries.flatMap(({ result }) => (result.ok ? [result.module] : []));
  const given = valid(checked);
  let shipped: CurriculumModule[] | undefined;
  return (ref) => {
    const matches = (module: CurriculumModule) => module.id === ref.id && module.version === ref.version;
    // The shipped folder is read only when a translation names a module not among the files given.
    return given.find(matches) ?? (shipped ??= valid(shippedFiles().map(readAndParse))).find(matches);
  };
}

export function checkFiles(files: readonly string[]): { output: string[]; failed: number } {
  const output: string[] = [];
  const wording = englishWording();
  const owners = new Map<string, string>();
  let failed = 0;
  const checked = files.map(readAndParse);
  const findModule = moduleFinder(checked);
  for (const { file, text, result } of checked) {
    let problems: ModuleProblem[] = result.ok ? [] : result.problems;
    const warnings = result.ok ? [...result.notices] : [];
    if (result.ok) {
      const translation = checkTranslation(result.module, findModule);
      problems = placeProblems(text, translation.problems);
      warnings.push(...placeProblems(text, translation.notices));
      const key = `${result.module.id}@${result.module.version}`;
      const owner = owners.get(result.module.id);
      if (owner)
        problems = [
          ...problems,
          { line: 1, column: 1, path: 'id', message: { code: 'module-id-in-two-files', params: { id: result.module.id, file: owner } } },
        ];
      else owners.set(result.module.id, file);
      if (problems.length === 0) output.push(`ok ${file} (${key}, ${result.module.sessions.length} sessions)`);
    }
    if (problems.length > 0) failed += 1;
    output.push(...warnings.map((notice) => formatModuleProblem(file, notice, wording, 'warning')));
    output.push(...problems.map((problem) => formatModuleProblem(file, problem, wording)));
  }
  return { output, failed };
}

if (require.main === module) {
  const files = process.argv.slice(2);
  const { output, failed } = checkFiles(files.length > 0 ? files : shippedFiles());
  for (const line of output) (line.startsWith('ok ') ? console.log : console.error)(line);
  if (failed > 0) {
    console.error(`${failed} file${failed === 1 ? '' : 's'} with problems.`);
    process.exitCode = 1;
  }
}
