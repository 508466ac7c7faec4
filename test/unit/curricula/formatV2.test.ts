import { describe, expect, it } from 'vitest';
import { migrateModuleData } from '../../../core/domain/curriculum/migrate';
import { parseModuleText, type ModuleProblem } from '../../../core/domain/curriculum/parse';
import { edited, validText } from './helpers';

function problemsOf(text: string): ModuleProblem[] {
  const parsed = parseModuleText(text);
  if (parsed.ok) throw new Error('expected the module to be refused');
  return parsed.problems;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('module format 2', () => {
  it('reads handouts, session handout links, catch-up versions, core activities, joining, inferred marks and no notices', () => {
    const parsed = parseModuleText(validText());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { module } = parsed;
    expect(parsed.notices).toEqual([]);
    expect(module.formatVersion).toBe(2);
    expect(module.handouts.map((handout) => [handout.id, handout.audience])).toEqual([
      ['trusted-adults', 'youth'],
      ['facilitator-scenarios', 'facilitator'],
    ]);
    expect(module.sessions[1]?.handouts).toEqual(['trusted-adults', 'facilitator-scenarios']);
    expect(module.sessions[0]?.handouts).toEqual([]);
    expect(module.sessions[1]?.catchUp).toEqual({ minutes: 15, keyPoints: ['Pressure from a friend is not your fault.', 'Name one trusted adult.'] });
    expect(module.sessions[1]?.activities.map((activity) => activity.core)).toEqual([true, true, false]);
    expect(module.delivery).toMatchObject({ sessionsPerWeek: { min: 1, max: 1 }, joining: { rule: 'closed' } });
    expect(module.inferred).toEqual([{ path: 'delivery.groupSize', note: 'Not public; a small group fits the room.' }]);
  });

  it('refuses a session that links a handout the module does not have, at its line and column', () => {
    const text = edited('handouts: [trusted-adults, facilitator-scenarios]', 'handouts: [trusted-adults, safety-plan]');
    const line = lineOf(text, 'handouts: [trusted-adults, safety-plan]');
    expect(problemsOf(text)).toEqual([
      { line, column: 32, path: 'sessions[1].handouts[1]', message: '"safety-plan" is not the id of any handout in this module' },
    ]);
  });

  it('refuses two handouts with one id, and a handout that asks for a name or code', () => {
    const twice = edited('  - id: facilitator-scenarios', '  - id: trusted-adults');
    expect(problemsOf(twice).map((problem) => problem.message)).toContain('"trusted-adults" is already the id of handout 1; each handout needs its own id');
    const asking = edited('      ## People I can talk to', '      Name: ________________');
    expect(problemsOf(asking)).toEqual([
      expect.objectContaining({ path: 'handouts[0].body', message: expect.stringContaining('must not ask for a name or code') }),
    ]);
    expect(problemsOf(edited('      ## People I can talk to', '      - **Your code:** ____')).map((problem) => problem.path)).toEqual(['handouts[0].body']);
  });

  it('checks the joining rule against the sessions', () => {
    const withJoining = (joining: string) => edited('  groupSize: { min: 4, max: 12 }', `  groupSize: { min: 4, max: 12 }\n  joining: ${joining}`);
    expect(parseModuleText(withJoining('{ rule: closed-after, afterSession: 2 }')).ok).toBe(true);
    expect(problemsOf(withJoining('{ rule: closed-after }')).map((problem) => problem.message)).toEqual([
      'closed-after needs afterSession: the last session youth may join at',
    ]);
    expect(problemsOf(withJoining('{ rule: closed-after, afterSession: 3 }')).map((problem) => [problem.path, problem.message])).toEqual([
      ['delivery.joining.afterSession', 'is more than the 2 sessions in the module'],
    ]);
    expect(problemsOf(withJoining('{ rule: open, afterSession: 1 }')).map((problem) => problem.message)).toEqual(['is only used with rule: closed-after']);
    expect(problemsOf(withJoining('{ rule: sometimes }')).map((problem) => problem.message)).toEqual(['must be one of "open", "closed", "closed-after"']);
  });

  it('checks sessions per week as a range, credit, catch-up and inferred paths', () => {
    expect(problemsOf(edited('sessionsPerWeek: { min: 1, max: 1 }', 'sessionsPerWeek: { min: 3, max: 2 }')).map((problem) => problem.message)).toEqual([
      'the smallest number of sessions a week is above the largest',
    ]);
    const credit = (value: string) => edited('  requiredSessions: [what-friends-do]', `  requiredSessions: [what-friends-do]\n  credit: ${value}`);
    expect(parseModuleText(credit('{ statuses: [present, late], excusedMadeUpOnly: true }')).ok).toBe(true);
    expect(problemsOf(credit('{ madeUpCounts: false, excusedMadeUpOnly: true }')).map((problem) => problem.path)).toEqual([
      'completion.credit.excusedMadeUpOnly',
    ]);
    expect(
      problemsOf(edited('      minutes: 15\n      keyPoints', '      minutes: 45\n      keyPoints')).map((problem) => [problem.path, problem.message]),
    ).toEqual([['sessions[1].catchUp.minutes', 'must be at most 30 minutes']]);
    const badPath = edited('  - path: delivery.groupSize', '  - path: sessions[5].minutes');
    expect(problemsOf(badPath)).toEqual([
      { line: lineOf(badPath, 'sessions[5].minutes'), column: 11, path: 'inferred[0].path', message: '"sessions[5].minutes" is not a field of this module' },
    ]);
    expect(parseModuleText(edited('  - path: delivery.groupSize', '  - path: sessions[1].activities[2].minutes')).ok).toBe(true);
  });

  it('refuses a format it does not know', () => {
    expect(problemsOf(edited('formatVersion: 2', 'formatVersion: 3')).map((problem) => [problem.path, problem.message])).toEqual([
      ['formatVersion', 'must be 2'],
    ]);
  });
});

describe('migrating a format 1 module', () => {
  const v1 = {
    id: 'old',
    delivery: { sessionsPerWeek: 2, closedGroup: true },
    audiences: [{ settings: ['school', 'juvenile-hall', 'residential'] }],
  };

  it('turns the v1 fields into v2 ones and says what it assumed, leaving the input untouched', () => {
    const before = structuredClone(v1);
    const migration = migrateModuleData(v1);
    expect(v1).toEqual(before);
    expect(migration.fromVersion).toBe(1);
    expect(migration.data).toEqual({
      formatVersion: 2,
      id: 'old',
      delivery: { sessionsPerWeek: { min: 2, max: 2 }, joining: { rule: 'closed' } },
      audiences: [{ settings: ['school', 'detention', 'residential-treatment'] }],
    });
    expect(migration.notices.map((notice) => notice.message)).toEqual([
      'this file is in module format 1 (it has no "formatVersion: 2"); it was read as format 2',
      'sessionsPerWeek: 2 was read as the range { min: 2, max: 2 }',
      'closedGroup: true was read as joining: closed',
      'setting "juvenile-hall" was read as "detention"',
      'setting "residential" was read as "residential-treatment"',
    ]);
  });

  it('says so when a v1 module left closedGroup out (it was a closed group by default)', () => {
    const migration = migrateModuleData({ id: 'old', delivery: { sessionsPerWeek: 1 } });
    expect(migration.notices.map((notice) => notice.message)).toContain('no closedGroup was given; the group was read as joining: closed');
  });

  it('leaves a format 2 module as it is', () => {
    const v2 = { formatVersion: 2, id: 'new', delivery: { sessionsPerWeek: { min: 1, max: 2 } } };
    expect(migrateModuleData(v2)).toEqual({ data: v2, fromVersion: 2, notices: [] });
  });
});
