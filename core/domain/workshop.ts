import { ruleOf } from './issues';
import { z } from 'zod';
import { civilDate, clockTime, timeZoneName } from './calendar/civil';
import { activityPresenceSchema, attendanceMarkSchema, auditEntrySchema, followUpSchema, meetingRunSchema, slugId } from './attendance';
import { moduleSchema } from './curriculum/schema';
import { FALLBACK_LANGUAGE, languageSchema, type Language } from './languages';
import { facilitatorRoles, siteKinds } from './settings';
import { surveyResponseSchema } from './surveys/response';
import { boundedText, recordId, requiredText } from './text';

/**
 * Version 1 is the first shape any app version writes: before workshop planning existed, no channel
 * could create a workshop file, so the full plan was version 1. Version 2: marks may list the versions
 * they replaced (`earlier`). Version 3: a facilitator holds one or more roles in a workshop (`roles`,
 * was `role`). Version 4 holds its module snapshot in module format 2 and names its site kind in the
 * field's vocabulary; it may also hold catch-up meetings and a credit rule of its own. Version 5 is
 * a file format: the file names its module snapshot, stored once by content hash (`moduleSnapshot`;
 * electron/storage/moduleSnapshots.ts), where older files hold the module whole; in memory and in
 * bundles a workshop holds its module as before. Version 6 may hold copies from the program hub
 * awaiting a person's decision (`hubPending`) and audit entries saying a copy was received. The steps
 * are in workshopMigrations.ts.
 */
export const WORKSHOP_SCHEMA_VERSION = 6;

const sessionId = z.string().min(1).max(60);

/** How the module's sessions are spread over meetings. */
export const coverages = ['one', 'two', 'split'] as const;
export type Coverage = (typeof coverages)[number];

/** The rule a schedule was generated from, kept so later edits can follow the same pattern. */
export const schedulePlanSchema = z.strictObject({
  startDate: civilDate,
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  weekdays: z
    .array(z.number().int().min(1).max(7))
    .min(1, { message: 'needs at least one weekday' })
    .max(7)
    .refine((days) => new Set(days).size === days.length, { message: 'lists a weekday twice', ...ruleOf({ rule: 'duplicate' }) }),
  startTime: clockTime,
  minutes: z.number().int().min(10, { message: 'must be at least 10 minutes' }).max(480, { message: 'must be at most 480 minutes' }),
  everyWeeks: z.number().int().min(1, { message: 'must be at least 1' }).max(8, { message: 'must be at most 8' }),
  /** one session per meeting, two per meeting, or one session split over two meetings. */
  coverage: z.enum(coverages),
  skipDates: z.array(civilDate).max(366),
});

/** A catch-up is a one-to-one make-up: it counts as a make-up for the sessions it covers. */
export const meetingKinds = ['planned', 'extra', 'make-up', 'catch-up'] as const;
/** Kinds that make up a session someone missed. */
export const makeUpKinds: readonly MeetingKind[] = ['make-up', 'catch-up'];
export const cancelReasons = ['lockdown', 'holiday', 'facilitator-absent', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export function isMakeUp(meeting: Pick<Meeting, 'kind'>): boolean {
  return makeUpKinds.includes(meeting.kind);
}
export type CancelReason = (typeof cancelReasons)[number];

export const cancellationSchema = z.strictObject({
  reason: z.enum(cancelReasons),
  /** About the meeting ("unit on lockdown"), never about a young person. */
  note: boundedText(200),
  at: z.iso.datetime(),
});

export const meetingSchema = z.strictObject({
  id: recordId,
  date: civilDate,
  startTime: clockTime,
  minutes: schedulePlanSchema.shape.minutes,
  /** The module sessions this meeting covers, in order. Empty for a meeting with no session (rare). */
  sessionIds: z.array(sessionId).max(10),
  /** Set when the meeting covers one half of a session split over two meetings. */
  part: z.union([z.literal(1), z.literal(2)]).optional(),
  kind: z.enum(meetingKinds),
  /** Who an extra or make-up meeting is for; absent means the whole roster. */
  participantIds: z.array(recordId).optional(),
  cancellation: cancellationSchema.optional(),
  /** Counts changes to this meeting, so calendar apps replace their copy (iCalendar SEQUENCE). */
  sequence: z.number().int().min(0),
});

export const exitReasons = ['completed', 'released', 'transferred', 'withdrew', 'moved'] as const;
export type ExitReason = (typeof exitReasons)[number];

/** One stay of a participant in a workshop. A participant who leaves and comes back has two. */
export const enrolmentSchema = z.strictObject({
  participantId: recordId,
  enrolledOn: civilDate,
  /** The workshop they came from, when moved from another group. */
  fromWorkshopId: recordId.optional(),
  exit: z
    .strictObject({
      on: civilDate,
      reason: z.enum(exitReasons),
      /** The workshop they moved to, when the reason is "moved". */
      toWorkshopId: recordId.optional(),
    })
    .optional(),
});

/** The roles one person holds in one workshop (a co-facilitator who is also the survivor mentor): at least one, each once. */
export const workshopRolesSchema = z
  .array(z.enum(facilitatorRoles))
  .min(1, { message: 'needs at least one role' })
  .max(facilitatorRoles.length)
  .refine((roles) => new Set(roles).size === roles.length, { message: 'lists a role twice', ...ruleOf({ rule: 'duplicate' }) });

export const workshopFacilitatorSchema = z.strictObject({
  facilitatorId: recordId,
  /** Kept so the plan still reads right if the facilitator is later removed from Settings. */
  name: requiredText(120),
  roles: workshopRolesSchema,
});

export const workshopSiteSchema = z.strictObject({
  siteId: recordId,
  name: requiredText(120),
  kind: z.enum(siteKinds),
});

/** The workshop's own completion rule, replacing the module's: a minimum share or number, and required sessions. */
export const completionOverrideSchema = z
  .strictObject({
    minimumSessions: z.number().int().min(1).max(500).optional(),
    minimumPercent: z.number().int().min(1).max(100).optional(),
    requiredSessionIds: z.array(z.string().min(1).max(60)).max(100),
  })
  .refine((rule) => (rule.minimumSessions === undefined) !== (rule.minimumPercent === undefined), {
    message: 'give either a number of sessions or a percentage',
  });

/** The workshop's own attendance credit, replacing the module's: which statuses count, and whether made-up sessions do. */
export const creditOverrideSchema = z
  .strictObject({
    statuses: z.array(slugId).min(1, { message: 'needs at least one status' }).max(20),
    madeUpCounts: z.boolean(),
    excusedMadeUpOnly: z.boolean(),
  })
  .refine((credit) => credit.madeUpCounts || !credit.excusedMadeUpOnly, {
    message: 'only a made-up session can count as an excused absence made up',
    path: ['excusedMadeUpOnly'],
  });

const workshopFieldsSchema = z.strictObject({
  schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
  id: recordId,
  title: requiredText(200),
  /** Who the group is for, in the facilitator's words ("Girls 14–17, Unit B"). */
  audience: boundedText(200),
  site: workshopSiteSchema.optional(),
  facilitators: z.array(workshopFacilitatorSchema).max(20),
  timeZone: timeZoneName,
  /**
   * The group's language (BCP 47): what is handed to it or shown to it (presenter, handouts, letters,
   * certificates) defaults to it. Absent in workshops planned before languages could be chosen, which
   * were all English (optional: no workshop version change).
   */
  language: languageSchema.optional(),
  /** The module exactly as it was when the workshop was planned: upgrades never rewrite history. */
  module: moduleSchema,
  plan: schedulePlanSchema,
  meetings: z.array(meetingSchema).max(500),
  roster: z.array(enrolmentSchema).max(2000),
  /** The group's agreements, written together in the first meeting and kept for the workshop. */
  agreements: z.array(z.string().trim().min(1).max(300)).max(40),
  completion: completionOverrideSchema.optional(),
  credit: creditOverrideSchema.optional(),
  attendance: z.array(attendanceMarkSchema).max(100_000),
  presence: z.array(activityPresenceSchema).max(100_000),
  runs: z.array(meetingRunSchema).max(500),
  followUps: z.array(followUpSchema).max(5000),
  /** Survey answers (pre, post, follow-up), one response per young person and occasion; absent before surveys existed. */
  surveys: z.array(surveyResponseSchema).max(20_000).optional(),
  audit: z.array(auditEntrySchema).max(100_000),
  archivedAt: z.iso.datetime().optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** One revision of the workshop's document on the program hub, its participant ids already this laptop's. */
export const hubLeafSchema = z.strictObject({
  revision: z.string().min(1).max(200),
  workshop: workshopFieldsSchema,
});

/**
 * The program hub's copies (CouchDB conflict leaves) that hold changes only a person can decide
 * (core/domain/hub/conflicts.ts): kept here, sealed and backed up with the workshop, until decided,
 * so nothing either side marked is lost meanwhile. This laptop's own business: never carried.
 */
export const hubPendingSchema = z.strictObject({
  receivedAt: z.iso.datetime(),
  /** The leaf this laptop wrote (its copy now stands in for it), if it is one of them. */
  ownRevision: z.string().min(1).max(200).optional(),
  leaves: z.array(hubLeafSchema).min(1).max(20),
});

export const workshopSchema = workshopFieldsSchema.extend({ hubPending: hubPendingSchema.optional() });

export type HubLeaf = z.infer<typeof hubLeafSchema>;
export type HubPending = z.infer<typeof hubPendingSchema>;
export type SchedulePlan = z.infer<typeof schedulePlanSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Cancellation = z.infer<typeof cancellationSchema>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type WorkshopFacilitator = z.infer<typeof workshopFacilitatorSchema>;
export type WorkshopSite = z.infer<typeof workshopSiteSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
export type CompletionOverride = z.infer<typeof completionOverrideSchema>;
export type CreditOverride = z.infer<typeof creditOverrideSchema>;

/** The group's language; English for a workshop planned before languages could be chosen. */
export function workshopLanguage(workshop: Pick<Workshop, 'language'>): Language {
  return workshop.language ?? FALLBACK_LANGUAGE;
}

export const workshopStatuses = ['planned', 'running', 'finished', 'archived'] as const;
export type WorkshopStatus = (typeof workshopStatuses)[number];

/** Everyone the workshop refers to: roster, meetings for some, marks, presence, follow-ups, survey responses and audit entries. */
export function referencedParticipantIds(workshop: Workshop): Set<string> {
  return new Set([
    ...workshop.roster.map((entry) => entry.participantId),
    ...workshop.meetings.flatMap((meeting) => meeting.participantIds ?? []),
    ...workshop.attendance.map((mark) => mark.participantId),
    ...workshop.presence.map((entry) => entry.participantId),
    ...workshop.followUps.map((followUp) => followUp.participantId),
    ...(workshop.surveys ?? []).flatMap((response) => (response.participantId === undefined ? [] : [response.participantId])),
    ...workshop.audit.flatMap((entry) => (entry.kind === 'attendance-changed' ? [entry.participantId] : [])),
  ]);
}
