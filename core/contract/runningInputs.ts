import { z } from 'zod';
import { clockTime } from '../domain/calendar/civil';
import { fidelityOutcomes, followUpKinds, slugId } from '../domain/attendance';
import { languageSchema } from '../domain/languages';
import { programCode } from '../domain/participants';
import { recordId, singleLineText } from '../domain/text';
import { completionOverrideSchema, creditOverrideSchema } from '../domain/workshop';

const meetingRef = { workshopId: recordId, meetingId: recordId };
const activityId = z.string().min(1).max(60);

export const meetingRefSchema = z.strictObject(meetingRef);

export const startSchema = z.strictObject({
  ...meetingRef,
  /** The meeting is planned for another day: move it to today (at the current time) and start it. */
  moveToToday: z.boolean().optional(),
});

/** A past meeting recorded as held on its date, with the times it took place. */
export const recordHeldSchema = z.strictObject({ ...meetingRef, startTime: clockTime, endTime: clockTime });

export const markSchema = z.strictObject({
  ...meetingRef,
  participantId: recordId,
  /** null clears the mark (undo). */
  statusId: slugId.nullable(),
  reasonId: slugId.optional(),
  /** Changing a mark of a past or ended meeting must be confirmed; it leaves an audit entry. */
  confirmPastEdit: z.boolean().optional(),
});

export const markAllSchema = z.strictObject({
  ...meetingRef,
  statusId: slugId,
  /** Also replace marks already made (the user confirmed). */
  overwrite: z.boolean(),
  confirmPastEdit: z.boolean().optional(),
});

export const presenceSchema = z.strictObject({
  ...meetingRef,
  participantId: recordId,
  activityId,
  kind: z.enum(['passed', 'stepped-out']),
  on: z.boolean(),
});

export const walkInSchema = z.strictObject({
  ...meetingRef,
  code: programCode,
  initials: singleLineText(4).optional(),
  statusId: slugId,
});

export const fidelitySchema = z.strictObject({
  ...meetingRef,
  sessionId: z.string().min(1).max(60),
  activityId,
  outcome: z.enum(fidelityOutcomes),
  note: singleLineText(300),
});

export const runNotesSchema = z.strictObject({ ...meetingRef, notes: z.string().max(4000) });

export const agreementsSchema = z.strictObject({
  workshopId: recordId,
  agreements: z.array(z.string().trim().min(1, { message: 'is empty' }).max(300)).max(40),
});

export const followUpAddSchema = z.strictObject({ ...meetingRef, participantId: recordId, kind: z.enum(followUpKinds) });
export const followUpDoneSchema = z.strictObject({ workshopId: recordId, followUpId: recordId, done: z.boolean() });

export const completionRuleSchema = z.strictObject({ workshopId: recordId, rule: completionOverrideSchema.nullable() });
export const creditRuleSchema = z.strictObject({ workshopId: recordId, credit: creditOverrideSchema.nullable() });

export const presenterShowSchema = z.strictObject({
  ...meetingRef,
  /** Activity ids repeat across sessions ("check-in"), so the session says which one. */
  sessionId: z.string().min(1).max(60).optional(),
  activityId: activityId.optional(),
  timer: z
    .discriminatedUnion('running', [
      z.strictObject({ running: z.literal(true), endsAt: z.iso.datetime() }),
      z.strictObject({ running: z.literal(false), secondsLeft: z.number().int().min(0).max(86_400) }),
    ])
    .optional(),
  paused: z.boolean(),
  /** A youth handout of one of the meeting's sessions, shown instead of the activity. */
  handoutId: z.string().min(1).max(60).optional(),
  /** Show the session's text from the planned module's translation in this language (a BCP 47 tag), when the library has one. */
  textLanguage: z.string().min(2).max(35).optional(),
  /** The language the room sees; the workshop's when absent. */
  language: languageSchema.optional(),
});
