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
    expect(problems[0]?.message).toMatch(/^YAML: /);
  });

  it('reports a field given twice', () => {
    const problems = problemsOf(edited('version: 1\n', 'version: 1\nversion: 2\n'));
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: 'YAML: this field appears twice in the same place' })]);
  });

  it('reports wrong types and missing fields, each with its path and line, all at once', () => {
    const text = edited('version: 1', 'version: "one"', edited(/summary: A two-session[^\n]*\n/, ''));
    const problems = problemsOf(text);
    expect(problems).toEqual([
      { path: 'summary', message: 'is missing: this field is required', line: 3, column: 1 },
      { path: 'version', message: 'should be a number, not text', line: 4, column: 10 },
    ]);
  });

  it('refuses activities that run longer than their session, naming the difference', () => {
    const problems = problemsOf(edited('        minutes: 25', '        minutes: 35'));
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'sessions[0].activities',
        message: 'the activities add up to 55 minutes, 10 minutes longer than the session (45 minutes)',
      }),
    ]);
  });

  it('refuses duplicate session ids and duplicate activity ids', () => {
    const duplicateSession = problemsOf(edited('  - id: when-it-feels-wrong', '  - id: what-friends-do'));
    expect(duplicateSession).toContainEqual(
      expect.objectContaining({ path: 'sessions[1].id', message: '"what-friends-do" is already the id of session 1; each session needs its own id' }),
    );
    const duplicateActivity = problemsOf(edited('      - id: friend-map', '      - id: check-in'));
    expect(duplicateActivity).toContainEqual(
      expect.objectContaining({ path: 'sessions[0].activities[1].id', message: expect.stringContaining('"check-in" is already the id of activity 1') }),
    );
  });

  it('reports unknown fields (a misspelling) at the field’s own line instead of keeping them', () => {
    const problems = problemsOf(edited('    minutes: 45\n', '    minutes: 45\n    objectivs: [oops]\n'));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'sessions[0].objectivs', line: 44, column: 5, message: expect.stringContaining('is not a field this format knows') }),
    ]);
  });

  it('refuses a file over the size limit with its size, without parsing it', () => {
    const huge = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const started = performance.now();
    const problems = problemsOf(huge);
    expect(performance.now() - started).toBeLessThan(1000); // a refusal, not a parse: generous on purpose
    expect(problems[0]?.message).toBe('The file is 20.0 MB; a module file can be at most 1.0 MB. Is this the right file?');
    expect(MAX_MODULE_BYTES).toBe(1024 * 1024);
  });

  it('refuses a "billion laughs" alias bomb quickly', () => {
    const problems = problemsOf(aliasBomb());
    expect(problems[0]?.message).toMatch(/aliases .* far too many times/);
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
    expect(problemsOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))[0]?.message).toMatch(/not a text file/);
    const latin1 = Buffer.from(validText().replace('Friendship', 'Amistad niño'), 'latin1');
    expect(problemsOf(latin1)[0]?.message).toMatch(/not UTF-8/);
  });

  it('accepts UTF-8 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText(), 'utf8')]);
    expect(parseModuleBytes(bytes).ok).toBe(true);
  });

  it('says what is wrong with an empty file or one that is not a module', () => {
    expect(problemsOf('')[0]?.message).toMatch(/empty/);
    expect(problemsOf('- a list\n- of things\n')[0]?.message).toMatch(/does not hold a module/);
  });

  it('checks the completion rule against the sessions', () => {
    const problems = problemsOf(edited('  requiredSessions: [what-friends-do]', '  minimumPercent: 80\n  requiredSessions: [session-9]'));
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'completion: give either minimumSessions or minimumPercent, not both and not neither',
      'completion.requiredSessions[0]: "session-9" is not the id of any session in this module',
    ]);
  });
});
