import { z } from 'zod';
import { ruleOf } from './issues';
import { recordId, requiredText, singleLineText } from './text';

/**
 * How many replaced versions a mark remembers (markHistory.ts). Past that, the oldest are forgotten: a mark changed
 * more often than this between two imports is shown as a conflict, never merged wrongly.
 */
export const MARK_HISTORY_LENGTH = 20;

/** Ids of statuses and reasons: short slugs, stable across renames of their labels. */
export const slugId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'may hold only lowercase letters, digits and single dashes' });

/** An attendance status the organisation uses: its keyboard key, its label, and whether it counts as attended. */
export const attendanceStatusSchema = z.strictObject({
  id: slugId,
  /** One letter or digit: the key that marks it while taking attendance. */
  key: z.string().refine((key) => /^[a-z0-9]$/.test(key), { message: 'must be one lowercase letter or digit', ...ruleOf({ rule: 'one-key' }) }),
  label: requiredText(40),
  countsAsAttended: z.boolean(),
  /** Asks for an absence reason when used. */
  isAbsence: z.boolean(),
});

export const absenceReasonSchema = z.strictObject({
  id: slugId,
  label: requiredText(60),
});

export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;
export type AbsenceReason = z.infer<typeof absenceReasonSchema>;

export const defaultAttendanceStatuses: AttendanceStatus[] = [
  { id: 'present', key: 'p', label: 'Present', countsAsAttended: true, isAbsence: false },
  { id: 'late', key: 'l', label: 'Late', countsAsAttended: true, isAbsence: false },
  { id: 'left-early', key: 'e', label: 'Left early', countsAsAttended: true, isAbsence: false },
  { id: 'excused', key: 'x', label: 'Excused absence', countsAsAttended: false, isAbsence: true },
  { id: 'absent', key: 'a', label: 'Absence', countsAsAttended: false, isAbsence: true },
];

export const defaultAbsenceReasons: AbsenceReason[] = [
  { id: 'court-date', label: 'Court date' },
  { id: 'medical', label: 'Medical' },
  { id: 'released', label: 'Released' },
  { id: 'transferred', label: 'Transferred' },
  { id: 'lockdown-or-movement', label: 'Facility lockdown or movement' },
  { id: 'refused', label: 'Refused' },
  { id: 'ill', label: 'Ill' },
  { id: 'other', label: 'Other' },
];

/** One participant's mark for one meeting. Only the latest is kept; edits of a past meeting leave an audit entry. */
export const attendanceMarkSchema = z.strictObject({
  meetingId: recordId,
  participantId: recordId,
  statusId: slugId,
  reasonId: slugId.optional(),
  /** When it was marked: also the name of this version of the mark. */
  at: z.iso.datetime(),
  /** The versions (their `at`) this mark replaced, oldest first: how a merge finds what both sides last agreed on. */
  earlier: z.array(z.iso.datetime()).max(MARK_HISTORY_LENGTH).optional(),
});

/** "Passed" or "stepped out" during one activity: kept apart from absence. */
export const activityPresenceSchema = z.strictObject({
  meetingId: recordId,
  participantId: recordId,
  activityId: z.string().min(1).max(60),
  kind: z.enum(['passed', 'stepped-out']),
});

export const fidelityOutcomes = ['as-planned', 'adapted', 'skipped'] as const;
export type FidelityOutcome = (typeof fidelityOutcomes)[number];

/** How one activity went: the session's fidelity log. A note for adapted, a reason for skipped. */
export const fidelityEntrySchema = z.strictObject({
  sessionId: z.string().min(1).max(60),
  activityId: z.string().min(1).max(60),
  outcome: z.enum(fidelityOutcomes),
  note: singleLineText(300),
});

/** Running a meeting: when it started and ended (ended = held), how each activity went, session notes. */
export const meetingRunSchema = z.strictObject({
  meetingId: recordId,
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().optional(),
  fidelity: z.array(fidelityEntrySchema).max(200),
  /** About how the session went for the group; never what a young person disclosed. */
  notes: z.string().max(4000),
});

export const followUpKinds = ['follow-up', 'referral', 'report'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

/** That a follow-up, referral or report is needed for a participant, and when it was done. Never what was said. */
export const followUpSchema = z.strictObject({
  id: recordId,
  participantId: recordId,
  meetingId: recordId.optional(),
  kind: z.enum(followUpKinds),
  neededAt: z.iso.datetime(),
  doneAt: z.iso.datetime().optional(),
});

/** How people are named in an export: codes by default; names only where the organisation allows them. */
export const identifications = ['codes', 'initials', 'names'] as const;
export type Identification = (typeof identifications)[number];

/** A change to a past meeting's attendance: when, and the old and new status (never who changed what else). */
export const attendanceChangeSchema = z.strictObject({
  at: z.iso.datetime(),
  kind: z.literal('attendance-changed'),
  meetingId: recordId,
  participantId: recordId,
  from: slugId.optional(),
  to: slugId.optional(),
});

/** That something was exported: what, when, and how people were identified. Never the data itself. */
export const exportEntrySchema = z.strictObject({
  at: z.iso.datetime(),
  kind: z.literal('exported'),
  /** e.g. "attendance CSV (long)", "workshop bundle". */
  what: z.string().min(1).max(80),
  /** 'none' for figures that name no one, such as the funder report. */
  identification: z.enum([...identifications, 'none']),
});

/** A saved survey answer changed or cleared: which response and item, never the answers themselves. */
export const surveyChangeSchema = z.strictObject({
  at: z.iso.datetime(),
  kind: z.literal('survey-changed'),
  responseId: recordId,
  itemId: z.string().min(1).max(40),
});

/** A survey response removed (started by mistake): which one, never its answers. */
export const surveyRemovalSchema = z.strictObject({
  at: z.iso.datetime(),
  kind: z.literal('survey-removed'),
  responseId: recordId,
});

/**
 * That this laptop took in a copy of the workshop from the program hub: when (never what it held).
 * This laptop's own record: it does not travel to the hub (core/domain/bundles/format.ts).
 */
export const receiptEntrySchema = z.strictObject({
  at: z.iso.datetime(),
  kind: z.literal('received'),
  from: z.literal('program-hub'),
});

/**
 * That another laptop withdrew the workshop from the program hub (deleted it there): when. This
 * laptop's copy is kept and no longer shared. This laptop's own record, like a receipt.
 */
export const withdrawalEntrySchema = z.strictObject({
  at: z.iso.datetime(),
  kind: z.literal('withdrawn'),
  from: z.literal('program-hub'),
});

export const auditEntrySchema = z.discriminatedUnion('kind', [
  attendanceChangeSchema,
  exportEntrySchema,
  surveyChangeSchema,
  surveyRemovalSchema,
  receiptEntrySchema,
  withdrawalEntrySchema,
]);

export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;
export type ActivityPresence = z.infer<typeof activityPresenceSchema>;
export type FidelityEntry = z.infer<typeof fidelityEntrySchema>;
export type MeetingRun = z.infer<typeof meetingRunSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
