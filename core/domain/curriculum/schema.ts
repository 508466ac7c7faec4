import { z } from 'zod';
import { isCivilDate } from '../calendar/civil';
import { ruleOf, type FieldIssue } from '../issues';
import { facilitatorRoles, siteKinds } from '../settings';
import { formatRule, reportRule, slug, text } from './fields';
import { INSTRUMENT_LIMITS, instrumentSchema } from '../surveys/instrument';
import { canonicalLanguageTag, MODULE_REF_PATTERN, parseModuleRef } from './moduleRef';

/** The module format this app writes and reads natively; older files are migrated on read (migrate.ts). */
export const MODULE_FORMAT_VERSION = 2;

/** Limits that keep a module readable on screen and cheap to check. */
export const MODULE_LIMITS = {
  sessions: 60,
  activitiesPerSession: 30,
  listItems: 30,
  handouts: 40,
  handoutBody: 12000,
  handoutsPerSession: 20,
  inferredMarks: 100,
  catchUpMinutes: { min: 10, max: 30 },
  catchUpKeyPoints: 8,
  sessionMinutes: { min: 10, max: 480 },
  activityMinutes: { min: 1, max: 240 },
} as const;

export const activityKinds = ['check-in', 'grounding', 'discussion', 'activity', 'media', 'reflection', 'break', 'closing'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const genderFocuses = ['girls', 'boys', 'all-genders'] as const;
export type GenderFocus = (typeof genderFocuses)[number];

export const sourceConfidences = ['high', 'medium', 'low'] as const;

/** Who a handout is for: youth handouts may be shown on the presenter screen; facilitator ones are only printed. */
export const handoutAudiences = ['youth', 'facilitator'] as const;
export type HandoutAudience = (typeof handoutAudiences)[number];

/** Who may join a group once it has started: anyone, no one, or no one after a given session. */
export const joiningRules = ['open', 'closed', 'closed-after'] as const;
export type JoiningRule = (typeof joiningRules)[number];

/** The six components of promising services (shared/domain/PROGRAMS.md), in the order they are shown. */
export const componentKeys = ['safetyPlanning', 'collaboration', 'trustBuilding', 'culturalResponsiveness', 'traumaInformed', 'survivorInvolvement'] as const;
export type ComponentKey = (typeof componentKeys)[number];

type ModuleFieldRule = Omit<FieldIssue, 'path'>;

/** Longer text written in Markdown: paragraphs, lists, emphasis. */
const markdown = (max = 4000) => text(max);

const list = (itemMax: number) => z.array(text(itemMax)).max(MODULE_LIMITS.listItems);

const minutes = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max);

export const activitySchema = z.strictObject({
  id: slug(40),
  title: text(120),
  kind: z.enum(activityKinds),
  minutes: minutes(MODULE_LIMITS.activityMinutes),
  /** What the facilitator does, in Markdown. */
  instructions: markdown(),
  /** A short question or task for the room, shown on the presenter screen. */
  prompt: text(400).optional(),
  facilitatorNotes: markdown().optional(),
  /** How to keep this activity safe for youth who have lived through harm. */
  traumaNotes: markdown().optional(),
  /** Shown before the activity starts, so youth can choose to pass or step out. */
  contentNotice: text(600).optional(),
  optional: z.boolean().default(false),
  /** Core activities carry the program's content; adaptable ones (false) may be changed or dropped to fit the group. */
  core: z.boolean().default(true),
});

/** A short one-to-one version of a session, for a youth who missed it. */
const catchUpSchema = z.strictObject({
  minutes: minutes(MODULE_LIMITS.catchUpMinutes),
  keyPoints: z.array(text(300)).min(1).max(MODULE_LIMITS.catchUpKeyPoints),
});

const sessionFields = z.strictObject({
  id: slug(40),
  number: z.number().int().min(1),
  title: text(120),
  minutes: minutes(MODULE_LIMITS.sessionMinutes).describe("The session's length; its activities must add up to exactly this."),
  summary: text(600).optional(),
  topics: list(200).min(1),
  objectives: list(300).min(1),
  materials: list(300),
  preparation: list(400),
  /** What the session touches on, said plainly, read out before it starts. */
  contentNotice: text(600).describe('Read aloud before the session starts: what it touches on, and that anyone may pass or step out.'),
  optional: z.boolean().default(false),
  /** Ids of the module's handouts this session uses. */
  handouts: z.array(slug(40)).max(MODULE_LIMITS.handoutsPerSession).default([]),
  catchUp: catchUpSchema.optional().describe('A short one-to-one catch-up version of the session: its key points, in 10 to 30 minutes.'),
  activities: z.array(activitySchema).min(1).max(MODULE_LIMITS.activitiesPerSession),
});

/** Checked per session, so that a mistake elsewhere in the file does not hide these. */
function checkActivities(session: z.output<typeof sessionFields>, context: z.RefinementCtx): void {
  const activityIds = new Map<string, number>();
  session.activities.forEach((activity, index) => {
    const earlier = activityIds.get(activity.id);
    if (earlier === undefined) activityIds.set(activity.id, index);
    else {
      reportRule(context, ['activities', index, 'id'], { rule: 'id-repeated-activity', params: { id: activity.id, first: earlier + 1 } });
    }
  });

  const total = session.activities.reduce((sum, activity) => sum + activity.minutes, 0);
  if (total !== session.minutes) {
    const params = { total, minutes: session.minutes, count: Math.abs(total - session.minutes) };
    reportRule(context, ['activities'], total > session.minutes ? { rule: 'activities-longer', params } : { rule: 'activities-shorter', params });
  }
}

export const sessionSchema = sessionFields.superRefine(checkActivities);

const audienceSchema = z.strictObject({
  ages: z.strictObject({
    min: z.number().int().min(5).max(25),
    max: z.number().int().min(5).max(25),
  }),
  genderFocus: z.enum(genderFocuses),
  settings: z.array(z.enum(siteKinds)).min(1),
  note: text(400).optional(),
});

const roleSchema = z.strictObject({
  role: z.enum(facilitatorRoles),
  required: z.boolean().default(true),
  note: text(400).optional(),
});

/** What counts toward completion. A workshop may override it. */
const creditSchema = z.strictObject({
  /** Attendance status ids that count as attended; absent means the statuses Settings marks as counting. */
  statuses: z.array(slug(40)).min(1).max(20).optional(),
  /** A missed session made up at a make-up meeting or one-to-one catch-up counts. */
  madeUpCounts: z.boolean().default(true),
  /** Only an excused absence that is made up counts (needs madeUpCounts). */
  excusedMadeUpOnly: z.boolean().default(false),
});

const completionSchema = z.strictObject({
  minimumSessions: z.number().int().min(1).optional(),
  minimumPercent: z.number().min(1).max(100).optional(),
  requiredSessions: z.array(slug(40)).default([]),
  note: text(400).optional(),
  credit: creditSchema.optional().describe('Which attendance counts toward completion; a workshop may override it.'),
});

const sourceSchema = z.strictObject({
  title: text(300),
  url: z.url(formatRule('web-address')).max(500).optional(),
  /** When the source was last read and found to say what the module claims. */
  lastChecked: z
    .string()
    .refine(isCivilDate, ruleOf({ rule: 'not-a-date' }))
    .optional(),
});

/** A line that asks whoever holds the sheet to write who they are: "Name: ____", "Your code:". */
const asksForIdentity = /^\s*(?:[-*]\s*)?(?:\*\*)?(?:your\s+|youth\s+|participant\s+|student\s+)?(?:full\s+)?(?:name|(?:program\s+)?code)(?:\*\*)?\s*:/im;

const handoutSchema = z.strictObject({
  id: slug(40),
  title: text(120),
  audience: z.enum(handoutAudiences).describe('youth: printable and showable on the presenter screen; facilitator: printed only.'),
  body: markdown(MODULE_LIMITS.handoutBody)
    .refine((body) => !asksForIdentity.test(body), ruleOf({ rule: 'asks-for-identity' }))
    .describe("Markdown. Never a place for a young person's name or code."),
});

/** A dotted path into the module, with [n] for list items: `sessions[2].minutes`, `audiences[0].ages`. */
const inferredPath = z
  .string()
  .max(200)
  .regex(/^[A-Za-z]+(?:\[\d+\])*(?:\.[A-Za-z]+(?:\[\d+\])*)*$/, formatRule('dotted-path'));

const inferredMarkSchema = z.strictObject({
  path: inferredPath,
  note: text(400).optional(),
});

const joiningSchema = z.strictObject({
  rule: z.enum(joiningRules),
  /** With closed-after: youth may join up to and including this session. */
  afterSession: z.number().int().min(1).optional(),
});

const countRange = (max: number) =>
  z.strictObject({
    min: z.number().int().min(1).max(max),
    max: z.number().int().min(1).max(max),
  });

/** A BCP 47 language tag in its canonical spelling ("es-MX", not "es-mx"); Intl knows the rules. */
const languageTag = z
  .string()
  .max(35)
  .superRefine((tag, context) => {
    const canonical = canonicalLanguageTag(tag);
    if (canonical === undefined) reportRule(context, [], { rule: 'language-tag' });
    else if (canonical !== tag) reportRule(context, [], { rule: 'language-spelling', params: { canonical } });
  });

/** Names one version of a module: `juvenile-hall-five-week-series@1`. */
const moduleRef = z.string().max(80).regex(MODULE_REF_PATTERN, formatRule('module-ref'));

const modeledOnSchema = z.strictObject({
  program: text(160),
  organisation: text(160),
  sources: z.array(sourceSchema).min(1),
  confidence: z.enum(sourceConfidences),
  /** True when the session structure is the author's inference, not a published one. */
  structureInferred: z.boolean(),
  note: text(800),
});

export const moduleSchema = z
  .strictObject({
    formatVersion: z
      .literal(MODULE_FORMAT_VERSION)
      .describe('The module format: 2. A file without it is read as format 1 and migrated, with notices of what was assumed.'),
    id: slug(60).describe("The module's id: lowercase words joined by hyphens. With `version`, it names the module."),
    version: z.number().int().min(1).describe('Raise it for a new edition: importing it is offered as an upgrade, and planned workshops keep their version.'),
    title: text(120),
    summary: text(600).describe('One or two sentences for the library card.'),
    overview: markdown(6000),
    language: languageTag.default('en').describe('The language the module is written in, as a BCP 47 tag: "en", "es", "es-MX".'),
    translationOf: moduleRef
      .optional()
      .describe('For a translation: the module it translates, as id@version. A translation keeps its session, activity and handout ids.'),
    modeledOn: modeledOnSchema.describe('The program this outline is modeled on, its public sources, and a note that it is not the licensed curriculum.'),
    audiences: z.array(audienceSchema).min(1),
    delivery: z.strictObject({
      sessionsPerWeek: countRange(7).describe('How many sessions a week, as a range: { min: 1, max: 2 }.'),
      groupSize: countRange(1000).optional(),
      joining: joiningSchema.default({ rule: 'closed' }).describe('Who may join after the start: open, closed, or closed-after (with afterSession).'),
      note: text(400).optional(),
    }),
    facilitation: z.strictObject({
      roles: z.array(roleSchema).min(1),
      note: text(800).optional(),
    }),
    completion: completionSchema,
    handouts: z
      .array(handoutSchema)
      .max(MODULE_LIMITS.handouts)
      .default([])
      .describe('Markdown documents the sessions use: youth handouts and facilitator sheets.'),
    inferred: z
      .array(inferredMarkSchema)
      .max(MODULE_LIMITS.inferredMarks)
      .default([])
      .describe("Fields that are the author's inference, not public fact: a dotted path and a short note."),
    components: z
      .strictObject(Object.fromEntries(componentKeys.map((key) => [key, markdown(1500)])) as Record<ComponentKey, ReturnType<typeof markdown>>)
      .describe('How the module supports each of the six components of promising services.'),
    sessions: z.array(sessionSchema).min(1).max(MODULE_LIMITS.sessions),
    instruments: z
      .array(instrumentSchema)
      .max(INSTRUMENT_LIMITS.instruments)
      .default([])
      .describe('Pre/post surveys of what youth know and think (never about their own experiences): items, scales, an answer key, and when each is given.'),
  })
  .superRefine((module, context) => {
    const report = (path: PropertyKey[], issue: ModuleFieldRule) => reportRule(context, path, issue);

    const sessionIds = new Map<string, number>();
    module.sessions.forEach((session, index) => {
      const first = sessionIds.get(session.id);
      if (first === undefined) sessionIds.set(session.id, index);
      else report(['sessions', index, 'id'], { rule: 'id-repeated-session', params: { id: session.id, first: first + 1 } });
      if (session.number !== index + 1) {
        report(['sessions', index, 'number'], { rule: 'session-number', params: { expected: index + 1 } });
      }
    });

    module.audiences.forEach((audience, index) => {
      if (audience.ages.min > audience.ages.max) report(['audiences', index, 'ages'], { rule: 'ages-reversed' });
    });
    const { groupSize, sessionsPerWeek, joining } = module.delivery;
    if (groupSize && groupSize.min > groupSize.max) report(['delivery', 'groupSize'], { rule: 'group-size-reversed' });
    if (sessionsPerWeek.min > sessionsPerWeek.max) report(['delivery', 'sessionsPerWeek'], { rule: 'sessions-per-week-reversed' });
    if (joining.rule === 'closed-after') {
      if (joining.afterSession === undefined) report(['delivery', 'joining'], { rule: 'needs-after-session' });
      else if (joining.afterSession > module.sessions.length) {
        report(['delivery', 'joining', 'afterSession'], { rule: 'over-sessions', params: { count: module.sessions.length } });
      }
    } else if (joining.afterSession !== undefined) {
      report(['delivery', 'joining', 'afterSession'], { rule: 'only-closed-after' });
    }

    if (module.translationOf !== undefined && parseModuleRef(module.translationOf)?.id === module.id) {
      report(['translationOf'], { rule: 'translation-of-itself', params: { suggestion: `${module.id}-es` } });
    }

    const handoutIds = new Map<string, number>();
    module.handouts.forEach((handout, index) => {
      const first = handoutIds.get(handout.id);
      if (first === undefined) handoutIds.set(handout.id, index);
      else report(['handouts', index, 'id'], { rule: 'id-repeated-handout', params: { id: handout.id, first: first + 1 } });
    });
    module.sessions.forEach((session, sessionIndex) => {
      session.handouts.forEach((id, index) => {
        if (!handoutIds.has(id)) report(['sessions', sessionIndex, 'handouts', index], { rule: 'unknown-handout', params: { id } });
      });
    });

    const instrumentIds = new Map<string, number>();
    module.instruments.forEach((instrument, index) => {
      const first = instrumentIds.get(instrument.id);
      if (first === undefined) instrumentIds.set(instrument.id, index);
      else report(['instruments', index, 'id'], { rule: 'id-repeated-instrument', params: { id: instrument.id, first: first + 1 } });
    });

    module.inferred.forEach((mark, index) => {
      if (!pathExists(module, mark.path)) report(['inferred', index, 'path'], { rule: 'unknown-module-path', params: { path: mark.path } });
    });

    const { completion } = module;
    if ((completion.minimumSessions === undefined) === (completion.minimumPercent === undefined)) {
      report(['completion'], { rule: 'minimum-either' });
    }
    if (completion.minimumSessions !== undefined && completion.minimumSessions > module.sessions.length) {
      report(['completion', 'minimumSessions'], { rule: 'over-sessions', params: { count: module.sessions.length } });
    }
    completion.requiredSessions.forEach((id, index) => {
      if (!sessionIds.has(id)) report(['completion', 'requiredSessions', index], { rule: 'unknown-session-id', params: { id } });
    });
    const credit = completion.credit;
    if (credit?.excusedMadeUpOnly && !credit.madeUpCounts) {
      report(['completion', 'credit', 'excusedMadeUpOnly'], { rule: 'needs-made-up-counts' });
    }
  });

/** The parts of an inferred-mark path: `sessions[2].minutes` -> ['sessions', 2, 'minutes']. */
export function inferredPathParts(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function pathExists(root: unknown, path: string): boolean {
  let node: unknown = root;
  for (const part of inferredPathParts(path)) {
    if (node === null || typeof node !== 'object') return false;
    if (typeof part === 'number' ? !Array.isArray(node) || part >= node.length : !Object.hasOwn(node, part)) return false;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node !== undefined;
}

export type CurriculumModule = z.output<typeof moduleSchema>;
export type CurriculumModuleInput = z.input<typeof moduleSchema>;
export type Session = z.output<typeof sessionSchema>;
export type Activity = z.output<typeof activitySchema>;
export type Audience = CurriculumModule['audiences'][number];
export type CompletionRule = CurriculumModule['completion'];
export type AttendanceCredit = NonNullable<CompletionRule['credit']>;
export type Handout = CurriculumModule['handouts'][number];
export type Joining = CurriculumModule['delivery']['joining'];
export type SessionsPerWeek = CurriculumModule['delivery']['sessionsPerWeek'];
export type InferredMark = CurriculumModule['inferred'][number];
