import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../storage/helpers';
import { edited, runCheck, validText } from './helpers';

const repo = resolve(__dirname, '../../..');

describe('npm run curricula:check', () => {
  it('passes the six shipped modules (five originals and one Spanish translation) when given no files', async () => {
    const result = await runCheck();
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(6);
    expect(result.stdout).toContain('ok curricula/juvenile-hall-five-week-series.yaml (juvenile-hall-five-week-series@1, 10 sessions)');
    expect(result.stdout).toContain('ok curricula/juvenile-hall-five-week-series-es.yaml (juvenile-hall-five-week-series-es@1, 10 sessions)');
  });

  it('prints every problem as file:line:col path: message and exits non-zero', async () => {
    const dir = await tempDir('check-');
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, edited('version: 1', 'version: "one"', edited('        minutes: 25', '        minutes: 35')));
    const good = join(dir, 'good.yaml');
    await writeFile(good, validText());
    const result = await runCheck(good, bad);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`ok ${good}`);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${bad}:4:10 version: should be a number`,
      `${bad}:50:7 sessions[0].activities: the activities add up to 55 minutes, 10 minutes longer than the session (45 minutes)`,
      '1 file with problems.',
    ]);
  });

  it('accepts a module in format 1 and prints what was assumed as warnings, exiting zero', async () => {
    const v1 = resolve(repo, 'test/fixtures/curricula/v1-module.yaml');
    const result = await runCheck(v1);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ok ${v1} (test-friendship-basics@1, 2 sessions)`);
    expect(result.stderr.trim().split('\n')).toEqual([
      `${v1}:3:1 (file): warning: This file is in module format 1 (it has no “formatVersion: 2”); it was read as format 2.`,
      `${v1}:20:24 audiences[0].settings[1]: warning: The setting “juvenile-hall” was read as “detention”.`,
      `${v1}:22:3 delivery.sessionsPerWeek: warning: sessionsPerWeek: 1 was read as the range { min: 1, max: 1 }.`,
      `${v1}:24:3 delivery.closedGroup: warning: closedGroup: false was read as joining: open.`,
    ]);
  });

  it('refuses a format 1 module with a real error at its line, after its warnings', async () => {
    const dir = await tempDir('check-');
    const broken = join(dir, 'broken.yaml');
    const v1 = readFileSync(resolve(repo, 'test/fixtures/curricula/v1-module.yaml'), 'utf8');
    await writeFile(broken, v1.replace('  closedGroup: false', '  closedGroup: sometimes'));
    const result = await runCheck(broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${broken}:24:3 delivery.closedGroup: is not a field this format knows (check its spelling and indentation)`);
  });

  it('reports a file that cannot be read, and two files with one id', async () => {
    const dir = await tempDir('check-');
    const copy = join(dir, 'copy.yaml');
    const original = join(dir, 'original.yaml');
    await writeFile(copy, validText());
    await writeFile(original, validText());
    const result = await runCheck(original, copy, join(dir, 'missing.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${copy}:1:1 id: “test-friendship-basics” is also the id of ${original}; each module needs its own id.`);
    expect(result.stderr).toContain(`${join(dir, 'missing.yaml')}:1:1 (file): The file could not be read: ENOENT`);
  });
});
