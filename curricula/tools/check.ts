/**
 * Checks curriculum module files: `npm run curricula:check [FILES...]` (all of curricula/*.yaml when
 * none are given). Prints each problem as `file:line:col path: message` and exits 1 on any. A file in an
 * older module format is migrated as the app would import it; what was assumed is printed as a warning.
 */
import { openSync, readdirSync, readSync, closeSync, fstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, MAX_MODULE_BYTES, parseModuleBytes, tooLargeMessage, type ModuleProblem } from '../../core/domain/curriculum/parse';

const curriculaDir = join(__dirname, '..');

function shippedFiles(): string[] {
  return readdirSync(curriculaDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => relative(process.cwd(), join(curriculaDir, name)));
}

/** Reads a file, refusing a huge one by its size before reading it. */
function readModuleFile(file: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return { ok: false, message: `cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
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

export function checkFiles(files: readonly string[]): { output: string[]; failed: number } {
  const output: string[] = [];
  const owners = new Map<string, string>();
  let failed = 0;
  for (const file of files) {
    const read = readModuleFile(file);
    const result = read.ok ? parseModuleBytes(read.bytes) : { ok: false as const, problems: [{ path: '', message: read.message }] };
    let problems: ModuleProblem[] = result.ok ? [] : result.problems;
    const warnings = result.ok ? result.notices : [];
    if (result.ok) {
      const key = `${result.module.id}@${result.module.version}`;
      const owner = owners.get(result.module.id);
      if (owner) problems = [{ line: 1, column: 1, path: 'id', message: `"${result.module.id}" is also the id of ${owner}; each module needs its own id` }];
      else owners.set(result.module.id, file);
      if (problems.length === 0) output.push(`ok ${file} (${key}, ${result.module.sessions.length} sessions)`);
    }
    if (problems.length > 0) failed += 1;
    output.push(...warnings.map((notice) => formatProblem(file, notice, 'warning')));
    output.push(...problems.map((problem) => formatProblem(file, problem)));
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
