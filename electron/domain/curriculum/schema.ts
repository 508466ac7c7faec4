import { z } from 'zod';
import { facilitatorRoles, siteKinds } from '../settings';

/** Limits that keep a module readable on screen and cheap to check. */
export const MODULE_LIMITS = {
  sessions: 60,
  activitiesPerSession: 30,
  listItems: 30,
  sessionMinutes: { min: 10, max: 480 },
  activityMinutes: { min: 1, max: 240 },
} as const;

export const activityKinds = ['check-in', 'grounding', 'discussion', 'activity', 'media', 'reflection', 'break', 'closing'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const genderFocuses = ['girls', 'boys', 'all-genders'] as const;
export type GenderFocus = (typeof genderFocuses)[number];

export const sourceConfidences = ['high', 'medium', 'low'] as const;

/** The six components of promising services (shared/domain/PROGRAMS.md), in the order they are shown. */
export const componentKeys = [
  'safetyPlanning',
  'collaboration',
  'trustBuilding',
  'culturalResponsiveness',
  'traumaInformed',
  'survivorInvolvement',
] as const;
export type ComponentKey = (typeof componentKeys)[number];

const slug = (max: number) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'must be lowercase letters, digits and single hyphens, like "session-1"',
    });

function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), {
      message: 'must not contain control characters',
    });
}

/** Longer text written in Markdown: paragraphs, lists, emphasis. */
const markdown = (max = 4000) => text(max);

const list = (itemMax: number) =>
  z.array(text(itemMax)).max(MODULE_LIMITS.listItems, { message: `can list at most ${MODULE_LIMITS.listItems} items` });

const minutes = (limits: { min: number; max: number }) =>
  z
    .number()
    .int({ message: 'must be a whole number of minutes' })
    .min(limits.min, { message: `must be at least ${limits.min} minute${limits.min === 1 ? '' : 's'}` })
    .max(limits.max, { message: `must be at most ${limits.max} minutes` });

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
});

const sessionFields = z.strictObject({
  id: slug(40),
  number: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }),
  title: text(120),
  minutes: minutes(MODULE_LIMITS.sessionMinutes).describe('The session\'s length; its activities must add up to exactly this.'),
  summary: text(600).optional(),
  topics: list(200).min(1, { message: 'needs at least one topic' }),
  objectives: list(300).min(1, { message: 'needs at least one objective' }),
  materials: list(300),
  preparation: list(400),
  /** What the session touches on, said plainly, read out before it starts. */
  contentNotice: text(600).describe('Read aloud before the session starts: what it touches on, and that anyone may pass or step out.'),
  optional: z.boolean().default(false),
  activities: z
    .array(activitySchema)
    .min(1, { message: 'needs at least one activity' })
    .max(MODULE_LIMITS.activitiesPerSession, { message: `can have at most ${MODULE_LIMITS.activitiesPerSession} activities` }),
});

/** Checked per session, so that a mistake elsewhere in the file does not hide these. */
function checkActivities(session: z.output<typeof sessionFields>, context: z.RefinementCtx): void {
  const activityIds = new Map<string, number>();
  session.activities.forEach((activity, index) => {
    const earlier = activityIds.get(activity.id);
    if (earlier === undefined) activityIds.set(activity.id, index);
    else {
      context.addIssue({
        code: 'custom',
        path: ['activities', index, 'id'],
        message: `"${activity.id}" is already the id of activity ${earlier + 1} in this session; each activity needs its own id`,
      });
    }
  });

  const total = session.activities.reduce((sum, activity) => sum + activity.minutes, 0);
  if (total !== session.minutes) {
    const difference = total > session.minutes ? `${total - session.minutes} minutes longer than` : `${session.minutes - total} minutes shorter than`;
    context.addIssue({
      code: 'custom',
      path: ['activities'],
      message: `the activities add up to ${total} minutes, ${difference} the session (${session.minutes} minutes)`,
    });
  }
}

export const sessionSchema = sessionFields.superRefine(checkActivities);

const audienceSchema = z.strictObject({
  ages: z.strictObject({
    min: z.number().int({ message: 'must be a whole number' }).min(5, { message: 'must be at least 5' }).max(25, { message: 'must be at most 25' }),
    max: z.number().int({ message: 'must be a whole number' }).min(5, { message: 'must be at least 5' }).max(25, { message: 'must be at most 25' }),
  }),
  genderFocus: z.enum(genderFocuses),
  settings: z.array(z.enum(siteKinds)).min(1, { message: 'needs at least one setting' }),
  note: text(400).optional(),
});

const roleSchema = z.strictObject({
  role: z.enum(facilitatorRoles),
  required: z.boolean().default(true),
  note: text(400).optional(),
});

const completionSchema = z.strictObject({
  minimumSessions: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).optional(),
  minimumPercent: z.number().min(1, { message: 'must be at least 1' }).max(100, { message: 'must be at most 100' }).optional(),
  requiredSessions: z.array(slug(40)).default([]),
  note: text(400).optional(),
});

const modeledOnSchema = z.strictObject({
  program: text(160),
  organisation: text(160),
  sources: z
    .array(z.strictObject({ title: text(300), url: z.url({ message: 'must be a web address' }).max(500).optional() }))
    .min(1, { message: 'needs at least one public source' }),
  confidence: z.enum(sourceConfidences),
  /** True when the session structure is the author's inference, not a published one. */
  structureInferred: z.boolean(),
  note: text(800),
});

export const moduleSchema = z
  .strictObject({
    id: slug(60).describe('The module\'s id: lowercase words joined by hyphens. With `version`, it names the module.'),
    version: z
      .number()
      .int({ message: 'must be a whole number, like 1 or 2' })
      .min(1, { message: 'must be at least 1' })
      .describe('Raise it for a new edition: importing it is offered as an upgrade, and planned workshops keep their version.'),
    title: text(120),
    summary: text(600).describe('One or two sentences for the library card.'),
    overview: markdown(6000),
    language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, { message: 'must be a language code, like "en"' }).default('en'),
    modeledOn: modeledOnSchema.describe('The program this outline is modeled on, its public sources, and a note that it is not the licensed curriculum.'),
    audiences: z.array(audienceSchema).min(1, { message: 'needs at least one audience' }),
    delivery: z.strictObject({
      sessionsPerWeek: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(7, { message: 'must be at most 7' }),
      groupSize: z
        .strictObject({
          min: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }),
          max: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }),
        })
        .optional(),
      closedGroup: z.boolean().default(true),
      note: text(400).optional(),
    }),
    facilitation: z.strictObject({
      roles: z.array(roleSchema).min(1, { message: 'needs at least one facilitation role' }),
      note: text(800).optional(),
    }),
    completion: completionSchema,
    components: z
      .strictObject(Object.fromEntries(componentKeys.map((key) => [key, markdown(1500)])) as Record<ComponentKey, ReturnType<typeof markdown>>)
      .describe('How the module supports each of the six components of promising services.'),
    sessions: z
      .array(sessionSchema)
      .min(1, { message: 'needs at least one session' })
      .max(MODULE_LIMITS.sessions, { message: `can have at most ${MODULE_LIMITS.sessions} sessions` }),
  })
  .superRefine((module, context) => {
    const report = (path: PropertyKey[], message: string) => context.addIssue({ code: 'custom', path, message });

    const sessionIds = new Map<string, number>();
    module.sessions.forEach((session, index) => {
      const first = sessionIds.get(session.id);
      if (first === undefined) sessionIds.set(session.id, index);
      else report(['sessions', index, 'id'], `"${session.id}" is already the id of session ${first + 1}; each session needs its own id`);
      if (session.number !== index + 1) {
        report(['sessions', index, 'number'], `should be ${index + 1}: sessions are numbered in order, starting at 1`);
      }
    });

    module.audiences.forEach((audience, index) => {
      if (audience.ages.min > audience.ages.max) report(['audiences', index, 'ages'], 'the youngest age is above the oldest');
    });
    const groupSize = module.delivery.groupSize;
    if (groupSize && groupSize.min > groupSize.max) report(['delivery', 'groupSize'], 'the smallest group size is above the largest');

    const { completion } = module;
    if ((completion.minimumSessions === undefined) === (completion.minimumPercent === undefined)) {
      report(['completion'], 'give either minimumSessions or minimumPercent, not both and not neither');
    }
    if (completion.minimumSessions !== undefined && completion.minimumSessions > module.sessions.length) {
      report(['completion', 'minimumSessions'], `is more than the ${module.sessions.length} sessions in the module`);
    }
    completion.requiredSessions.forEach((id, index) => {
      if (!sessionIds.has(id)) report(['completion', 'requiredSessions', index], `"${id}" is not the id of any session in this module`);
    });
  });

export type CurriculumModule = z.output<typeof moduleSchema>;
export type CurriculumModuleInput = z.input<typeof moduleSchema>;
export type Session = z.output<typeof sessionSchema>;
export type Activity = z.output<typeof activitySchema>;
export type Audience = CurriculumModule['audiences'][number];
export type CompletionRule = CurriculumModule['completion'];
