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
    expect(problemsOf(text)).toEqual([{ line, column: 32, path: 'sessions[1].handouts[1]', rule: 'unknown-handout', params: { id: 'safety-plan' } }]);
  });

  it('refuses two handouts with one id, and a handout that asks for a name or code', () => {
    const twice = edited('  - id: facilitator-scenarios', '  - id: trusted-adults');
    expect(problemsOf(twice)).toContainEqual(expect.objectContaining({ rule: 'id-repeated-handout', params: { id: 'trusted-adults', first: 1 } }));
    const asking = edited('      ## People I can talk to', '      Name: ________________');
    expect(problemsOf(asking)).toEqual([expect.objectContaining({ path: 'handouts[0].body', rule: 'asks-for-identity' })]);
    expect(problemsOf(edited('      ## People I can talk to', '      - **Your code:** ____')).map((problem) => problem.path)).toEqual(['handouts[0].body']);
  });

  it('checks the joining rule against the sessions', () => {
    const withJoining = (joining: string) => edited('  groupSize: { min: 4, max: 12 }', `  groupSize: { min: 4, max: 12 }\n  joining: ${joining}`);
    expect(parseModuleText(withJoining('{ rule: closed-after, afterSession: 2 }')).ok).toBe(true);
    expect(problemsOf(withJoining('{ rule: closed-after }'))).toEqual([expect.objectContaining({ path: 'delivery.joining', rule: 'needs-after-session' })]);
    expect(problemsOf(withJoining('{ rule: closed-after, afterSession: 3 }'))).toEqual([
      expect.objectContaining({ path: 'delivery.joining.afterSession', rule: 'over-sessions', params: { count: 2 } }),
    ]);
    expect(problemsOf(withJoining('{ rule: open, afterSession: 1 }'))).toEqual([expect.objectContaining({ rule: 'only-closed-after' })]);
    expect(problemsOf(withJoining('{ rule: sometimes }'))).toEqual([
      expect.objectContaining({ path: 'delivery.joining.rule', rule: 'one-of', params: { options: '"open", "closed", "closed-after"' } }),
    ]);
  });

  it('checks sessions per week as a range, credit, catch-up and inferred paths', () => {
    expect(problemsOf(edited('sessionsPerWeek: { min: 1, max: 1 }', 'sessionsPerWeek: { min: 3, max: 2 }'))).toEqual([
      expect.objectContaining({ path: 'delivery.sessionsPerWeek', rule: 'sessions-per-week-reversed' }),
    ]);
    const credit = (value: string) => edited('  requiredSessions: [what-friends-do]', `  requiredSessions: [what-friends-do]\n  credit: ${value}`);
    expect(parseModuleText(credit('{ statuses: [present, late], excusedMadeUpOnly: true }')).ok).toBe(true);
    expect(problemsOf(credit('{ madeUpCounts: false, excusedMadeUpOnly: true }')).map((problem) => problem.path)).toEqual([
      'completion.credit.excusedMadeUpOnly',
    ]);
    expect(problemsOf(edited('      minutes: 15\n      keyPoints', '      minutes: 45\n      keyPoints'))).toEqual([
      expect.objectContaining({ path: 'sessions[1].catchUp.minutes', rule: 'too-big', params: { maximum: 30 } }),
    ]);
    const badPath = edited('  - path: delivery.groupSize', '  - path: sessions[5].minutes');
    expect(problemsOf(badPath)).toEqual([
      {
        line: lineOf(badPath, 'sessions[5].minutes'),
        column: 11,
        path: 'inferred[0].path',
        rule: 'unknown-module-path',
        params: { path: 'sessions[5].minutes' },
      },
    ]);
    expect(parseModuleText(edited('  - path: delivery.groupSize', '  - path: sessions[1].activities[2].minutes')).ok).toBe(true);
  });

  it('refuses a format it does not know', () => {
    expect(problemsOf(edited('formatVersion: 2', 'formatVersion: 3'))).toEqual([
      expect.objectContaining({ path: 'formatVersion', rule: 'must-be', params: { value: '"2"' } }),
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
      { code: 'module-format-1', params: { version: 2 } },
      { code: 'module-sessions-per-week-read', params: { value: 2 } },
      { code: 'module-closed-group-read', params: { closed: 'true', rule: 'closed' } },
      { code: 'module-setting-renamed', params: { from: 'juvenile-hall', to: 'detention' } },
      { code: 'module-setting-renamed', params: { from: 'residential', to: 'residential-treatment' } },
    ]);
  });

  it('says so when a v1 module left closedGroup out (it was a closed group by default)', () => {
    const migration = migrateModuleData({ id: 'old', delivery: { sessionsPerWeek: 1 } });
    expect(migration.notices.map((notice) => notice.message)).toContainEqual({ code: 'module-joining-assumed', params: { rule: 'closed' } });
  });

  it('leaves a format 2 module as it is', () => {
    const v2 = { formatVersion: 2, id: 'new', delivery: { sessionsPerWeek: { min: 1, max: 2 } } };
    expect(migrateModuleData(v2)).toEqual({ data: v2, fromVersion: 2, notices: [] });
  });
});
