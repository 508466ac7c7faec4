import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/curricula');
export const CURRICULA_DIR = resolve(__dirname, '../../../curricula');

/** The small valid test module's text. */
export const validText = (): string => readFileSync(resolve(FIXTURE_DIR, 'valid-module.yaml'), 'utf8');

/** The small valid test module with the minimal survey instrument (instrument.yaml) appended, or its Spanish translation with the translated one. */
export const surveyModuleText = (language: 'en' | 'es' = 'en'): string =>
  language === 'en'
    ? validText() + readFileSync(resolve(FIXTURE_DIR, 'instrument.yaml'), 'utf8')
    : readFileSync(resolve(FIXTURE_DIR, 'valid-module-es.yaml'), 'utf8') + readFileSync(resolve(FIXTURE_DIR, 'instrument-es.yaml'), 'utf8');

/** The valid module with `from` replaced by `to` (once), failing the test if `from` is not there. */
export function edited(from: string | RegExp, to: string, text = validText()): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`The test module has no ${String(from)}`);
  return next;
}

/** A YAML "billion laughs": nine aliases per level, nine levels deep. */
export function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let level = 1; level < names.length; level += 1) {
    const previous = names[level - 1];
    lines.push(`${names[level]}: &${names[level]} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

const REPO = resolve(__dirname, '../../..');

/** Runs `npm run curricula:check` on `files` (the shipped modules when none), as a person would. */
export async function runCheck(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'curricula/tools/check.ts', ...files], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
