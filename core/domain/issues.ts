import type { z } from 'zod';

/**
 * What can be wrong with one field, as data: the renderer words it after the field's own label
 * ("Name" + required -> "Name is required."). Each rule lists its parameters and their kinds,
 * as messageSpecs does for messages.
 */
export const fieldRuleSpecs = {
  required: {},
  'too-short': { minimum: 'count' },
  'too-long': { maximum: 'count' },
  'too-small': { minimum: 'count' },
  'too-big': { maximum: 'count' },
  'too-few': { minimum: 'count' },
  'too-many': { maximum: 'count' },
  'not-whole': {},
  'wrong-type': {},
  'bad-format': {},
  'not-an-option': {},
  'unknown-field': {},
  'control-characters': {},
  duplicate: {},
  taken: {},
  'key-taken': { label: 'text' },
  'not-in-settings': {},
  'only-for-absences': {},
  'must-confirm': {},
  'does-not-unlock': {},
  'not-a-recovery-key': {},
  'does-not-open-bundle': {},
  'names-off': {},
  'not-in-module': {},
  'ends-before-start': {},
  'not-an-email': {},
  'not-a-date': {},
  'code-characters': {},
  'one-key': {},
  'over-sessions': { count: 'count' },
  'no-statuses': {},
  'none-attended': {},
  // Curriculum module fields (core/domain/curriculum/schema.ts, worded after the field's path).
  slug: {},
  'language-tag': {},
  'language-spelling': { canonical: 'text' },
  'module-ref': {},
  'dotted-path': {},
  'web-address': {},
  'asks-for-identity': {},
  'not-a-module-field': {},
  'must-be': { value: 'text' },
  'should-be-text': {},
  'should-be-number': {},
  'should-be-boolean': {},
  'should-be-list': {},
  'should-be-group': {},
  'one-of': { options: 'text' },
  'id-repeated-activity': { id: 'text', first: 'count' },
  'id-repeated-session': { id: 'text', first: 'count' },
  'id-repeated-handout': { id: 'text', first: 'count' },
  'session-number': { expected: 'count' },
  'activities-longer': { total: 'count', minutes: 'count', count: 'count' },
  'activities-shorter': { total: 'count', minutes: 'count', count: 'count' },
  'ages-reversed': {},
  'group-size-reversed': {},
  'sessions-per-week-reversed': {},
  'needs-after-session': {},
  'only-closed-after': {},
  'translation-of-itself': { suggestion: 'text' },
  'unknown-handout': { id: 'text' },
  'unknown-session-id': { id: 'text' },
  'unknown-module-path': { path: 'text' },
  'minimum-either': {},
  'needs-made-up-counts': {},
  // Survey instruments (core/domain/surveys/instrument.ts).
  'id-repeated-instrument': { id: 'text', first: 'count' },
  'id-repeated-scale': { id: 'text', first: 'count' },
  'id-repeated-item': { id: 'text', first: 'count' },
  'occasion-repeated': { occasion: 'text' },
  'needs-weeks-after': {},
  'only-follow-up': {},
  'open-text-off': {},
  'open-text-unscored': {},
  'needs-scale': {},
  'unknown-scale': { id: 'text' },
  'needs-options': {},
  'only-multiple-choice': {},
  'scale-without-items': { id: 'text' },
  'key-unknown-item': { id: 'text' },
  'key-open-text': { id: 'text' },
  'key-wrong-kind': { id: 'text', kind: 'text' },
  'key-not-an-option': { id: 'text', value: 'text' },
  'key-missing': { id: 'text' },
  'answer-key-value': {},
  'agree-points': {},
  // Program hub settings and join files (core/domain/hub/hubSettings.ts, electron/services/hub/program.ts).
  'hub-not-an-address': {},
  'hub-not-https': {},
  'hub-address-credentials': {},
  'hub-address-path': {},
  'hub-database-name': {},
  'hub-user-name': {},
  'does-not-open-join-file': {},
  invalid: {},
  /** The failure's own reason says what is wrong with this field: the form shows that sentence there. */
  'as-reason': {},
} as const satisfies Record<string, Record<string, 'count' | 'text'>>;

export type FieldRule = keyof typeof fieldRuleSpecs;

export const fieldRules = Object.keys(fieldRuleSpecs) as FieldRule[];

export function isFieldRule(value: unknown): value is FieldRule {
  return typeof value === 'string' && Object.hasOwn(fieldRuleSpecs, value);
}

type RuleParams<R extends FieldRule> = { -readonly [P in keyof (typeof fieldRuleSpecs)[R]]: (typeof fieldRuleSpecs)[R][P] extends 'count' ? number : string };

/** One problem found in a document or an input, where it is, and what rule it breaks. */
export type FieldIssue = {
  [R in FieldRule]: {
    /** Where the problem is, e.g. `facilitators[2].name`. Empty for the input as a whole. */
    path: string;
    rule: R;
  } & (keyof (typeof fieldRuleSpecs)[R] extends never ? { params?: undefined } : { params: RuleParams<R> });
}[FieldRule];

/** The earlier name of FieldIssue, kept for the code that names it so. */
export type InputIssue = FieldIssue;

/** Where in a document a problem is, as people read it: `sessions[3].activities[1].minutes`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** A schema's own rule for a refinement or an added issue: `.refine(check, ruleOf({ rule: 'duplicate' }))`. */
export function ruleOf(issue: Omit<FieldIssue, 'path'>): { params: Record<string, unknown> } {
  return { params: { rule: issue.rule, ...issue.params } };
}

type ZodIssue = z.core.$ZodIssue;

function sizeIssue(issue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>, path: string): FieldIssue {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const small = issue.code === 'too_small';
  if (issue.origin === 'string') {
    if (small && limit <= 1) return { path, rule: 'required' };
    return small ? { path, rule: 'too-short', params: { minimum: limit } } : { path, rule: 'too-long', params: { maximum: limit } };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small ? { path, rule: 'too-few', params: { minimum: limit } } : { path, rule: 'too-many', params: { maximum: limit } };
  }
  return small ? { path, rule: 'too-small', params: { minimum: limit } } : { path, rule: 'too-big', params: { maximum: limit } };
}

/** A zod issue as a field problem: its path, and the rule it breaks (zod's own, or the schema's via `params.rule`). */
export function fieldIssueOf(issue: ZodIssue): FieldIssue {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeIssue(issue, path);
    case 'invalid_type':
      return issue.expected === 'int' ? { path, rule: 'not-whole' } : { path, rule: 'wrong-type' };
    case 'invalid_format':
      return { path, rule: 'bad-format' };
    case 'invalid_value':
    case 'invalid_union':
      return { path, rule: 'not-an-option' };
    case 'unrecognized_keys':
      return { path, rule: 'unknown-field' };
    case 'custom': {
      const { rule, ...params } = (issue.params ?? {}) as Record<string, unknown>;
      if (!isFieldRule(rule)) return { path, rule: 'invalid' };
      return (Object.keys(params).length ? { path, rule, params } : { path, rule }) as FieldIssue;
    }
    default:
      return { path, rule: 'invalid' };
  }
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map(fieldIssueOf);
}

/** A zod error in English for developers (logs, a damaged file's reason): never shown as it is to people. */
export function developerSummary(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${formatPath(issue.path)}: ${issue.message}` : issue.message)).join('; ');
}
