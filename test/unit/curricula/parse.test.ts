import { describe, expect, it } from 'vitest';
import { MAX_MODULE_BYTES, parseModuleBytes, parseModuleText, type ModuleProblem } from '../../../core/domain/curriculum/parse';
import { aliasBomb, edited, validText } from './helpers';

function problemsOf(text: string | Uint8Array): ModuleProblem[] {
  const parsed = typeof text === 'string' ? parseModuleText(text) : parseModuleBytes(text);
  if (parsed.ok) throw new Error('expected the module to be refused');
  return parsed.problems;
}

describe('reading a module file', () => {
  it('reads the valid test module, with defaults filled in', () => {
    const parsed = parseModuleText(validText());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.module.id).toBe('test-friendship-basics');
    expect(parsed.module.sessions.map((session) => session.activities.length)).toEqual([3, 3]);
    expect(parsed.module.sessions[0]?.activities[0]?.optional).toBe(false);
    expect(parsed.module.language).toBe('en');
  });

  it('reports malformed YAML with its line', () => {
    const problems = problemsOf(edited('title: Friendship Basics (test module)', 'title: [Friendship Basics'));
    expect(problems[0]).toMatchObject({ line: expect.any(Number) });
    expect(problems[0]).toMatchObject({ path: '', message: { code: 'module-yaml-error', params: { detail: expect.any(String) } } });
  });

  it('reports a field given twice', () => {
    const problems = problemsOf(edited('version: 1\n', 'version: 1\nversion: 2\n'));
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: { code: 'module-yaml-duplicate-key' } })]);
  });

  it('reports wrong types and missing fields, each with its path and line, all at once', () => {
    const text = edited('version: 1', 'version: "one"', edited(/summary: A two-session[^\n]*\n/, ''));
    const problems = problemsOf(text);
    expect(problems).toEqual([
      { path: 'summary', rule: 'required', line: 3, column: 1 },
      { path: 'version', rule: 'should-be-number', line: 4, column: 10 },
    ]);
  });

  it('refuses activities that run longer than their session, naming the difference', () => {
    const problems = problemsOf(edited('        minutes: 25', '        minutes: 35'));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'sessions[0].activities',
        rule: 'activities-longer',
        params: { total: 55, minutes: 45, count: 10 },
      }),
    ]);
  });

  it('refuses duplicate session ids and duplicate activity ids', () => {
    const duplicateSession = problemsOf(edited('  - id: when-it-feels-wrong', '  - id: what-friends-do'));
    expect(duplicateSession).toContainEqual(
      expect.objectContaining({ path: 'sessions[1].id', rule: 'id-repeated-session', params: { id: 'what-friends-do', first: 1 } }),
    );
    const duplicateActivity = problemsOf(edited('      - id: friend-map', '      - id: check-in'));
    expect(duplicateActivity).toContainEqual(
      expect.objectContaining({ path: 'sessions[0].activities[1].id', rule: 'id-repeated-activity', params: { id: 'check-in', first: 1 } }),
    );
  });

  it('reports unknown fields (a misspelling) at the field’s own line instead of keeping them', () => {
    const problems = problemsOf(edited('    minutes: 45\n', '    minutes: 45\n    objectivs: [oops]\n'));
    expect(problems).toEqual([expect.objectContaining({ path: 'sessions[0].objectivs', line: 44, column: 5, rule: 'not-a-module-field' })]);
  });

  it('refuses a file over the size limit with its size, without parsing it', () => {
    const huge = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const started = performance.now();
    const problems = problemsOf(huge);
    expect(performance.now() - started).toBeLessThan(1000); // a refusal, not a parse: generous on purpose
    expect(problems[0]).toMatchObject({ message: { code: 'module-file-too-large', params: { size: '20.0 MB', limit: '1.0 MB' } } });
    expect(MAX_MODULE_BYTES).toBe(1024 * 1024);
  });

  it('refuses a "billion laughs" alias bomb quickly', () => {
    const problems = problemsOf(aliasBomb());
    expect(problems[0]).toMatchObject({ message: { code: 'module-yaml-aliases' } });
  });

  it('keeps __proto__ and constructor keys as data: reported as unknown fields, no prototype polluted', () => {
    const text = edited(
      'id: test-friendship-basics\n',
      'id: test-friendship-basics\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n',
    );
    const problems = problemsOf(text);
    expect(problems.map((problem) => problem.path)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses binary files and text that is not UTF-8', () => {
    expect(problemsOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))[0]).toMatchObject({
      message: { code: 'module-file-binary' },
    });
    const latin1 = Buffer.from(validText().replace('Friendship', 'Amistad niño'), 'latin1');
    expect(problemsOf(latin1)[0]).toMatchObject({ message: { code: 'module-file-not-utf8' } });
  });

  it('accepts UTF-8 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText(), 'utf8')]);
    expect(parseModuleBytes(bytes).ok).toBe(true);
  });

  it('says what is wrong with an empty file or one that is not a module', () => {
    expect(problemsOf('')[0]).toMatchObject({ message: { code: 'module-file-empty' } });
    expect(problemsOf('- a list\n- of things\n')[0]).toMatchObject({ line: 1, column: 1, message: { code: 'module-file-not-a-module' } });
  });

  it('checks the completion rule against the sessions', () => {
    const problems = problemsOf(edited('  requiredSessions: [what-friends-do]', '  minimumPercent: 80\n  requiredSessions: [session-9]'));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'completion', rule: 'minimum-either' }),
      expect.objectContaining({ path: 'completion.requiredSessions[0]', rule: 'unknown-session-id', params: { id: 'session-9' } }),
    ]);
  });
});
