import { ruleOf } from '../domain/issues';
import { z } from 'zod';
import { civilDate, clockTime, daysBetween, timeZoneName } from '../domain/calendar/civil';
import { calendarDetails } from '../domain/calendar/detail';
import { languageSchema } from '../domain/languages';

/** A month view shows six weeks; a little more leaves room for other views. */
const MAX_CALENDAR_DAYS = 62;
import { participantInputSchema } from '../domain/participants';
import { boundedText, recordId, requiredText } from '../domain/text';
import { addedMeetingKinds } from '../domain/schedule';
import { cancelReasons, exitReasons, schedulePlanSchema, workshopRolesSchema } from '../domain/workshop';

const moduleId = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9-]+$/, { message: 'must be a module id' });
const sessionIds = z.array(z.string().min(1).max(60)).max(10);

/** The workshop's details: everything the first steps of planning ask for. */
export const workshopDetailsSchema = z.strictObject({
  title: requiredText(200),
  audience: boundedText(200),
  siteId: recordId.optional(),
  facilitators: z
    .array(z.strictObject({ facilitatorId: recordId, roles: workshopRolesSchema }))
    .max(20)
    .refine((list) => new Set(list.map((item) => item.facilitatorId)).size === list.length, {
      message: 'lists a facilitator twice',
      ...ruleOf({ rule: 'duplicate' }),
    }),
  timeZone: timeZoneName,
  /** The group's language; a new workshop takes the app's when none is given, an edit keeps the one it had. */
  language: languageSchema.optional(),
});

/** A workshop to plan: details, the module it follows, the schedule rule and who is enrolled. */
export const workshopDraftSchema = workshopDetailsSchema.extend({
  moduleId,
  plan: schedulePlanSchema,
  /** Registry participants to enrol, all on the plan's start date. */
  participantIds: z.array(recordId).max(500),
});

export const schedulePreviewSchema = workshopDraftSchema.omit({ title: true, audience: true, participantIds: true });

export const workshopIdInput = z.strictObject({ workshopId: recordId });
/** The neutral calendar ("Group session" only) unless the detailed one is chosen. */
export const calendarExportSchema = z.strictObject({ workshopId: recordId, detail: z.enum(calendarDetails).default('neutral') });
const meetingRef = { workshopId: recordId, meetingId: recordId };

export const updateWorkshopSchema = workshopDetailsSchema.extend({ workshopId: recordId });

export const moveMeetingSchema = z.strictObject({
  ...meetingRef,
  date: civilDate,
  startTime: clockTime,
  minutes: schedulePlanSchema.shape.minutes,
  /** Move every later planned meeting along the workshop's weekly pattern too. */
  shiftLater: z.boolean(),
});

export const cancelMeetingSchema = z.strictObject({
  ...meetingRef,
  reason: z.enum(cancelReasons),
  note: boundedText(200),
  /** Hand this meeting's sessions on to the later meetings, adding one meeting at the end. */
  moveSessionsLater: z.boolean(),
});

export const addMeetingSchema = z.strictObject({
  workshopId: recordId,
  kind: z.enum(addedMeetingKinds),
  date: civilDate,
  startTime: clockTime,
  minutes: schedulePlanSchema.shape.minutes,
  sessionIds: sessionIds.min(1, { message: 'choose at least one session' }),
  /** Who the meeting is for; absent means everyone on the roster. */
  participantIds: z.array(recordId).min(1, { message: 'choose at least one participant' }).max(500).optional(),
});

export const setMeetingSessionsSchema = z.strictObject({ ...meetingRef, sessionIds });

export const enrolSchema = z.strictObject({
  workshopId: recordId,
  participantIds: z.array(recordId).min(1, { message: 'choose at least one participant' }).max(500),
  enrolledOn: civilDate,
});

export const exitSchema = z.strictObject({
  workshopId: recordId,
  participantId: recordId,
  on: civilDate,
  reason: z.enum(exitReasons.filter((reason) => reason !== 'moved') as ['completed', 'released', 'transferred', 'withdrew']),
});

export const moveParticipantSchema = z.strictObject({
  fromWorkshopId: recordId,
  toWorkshopId: recordId,
  participantId: recordId,
  on: civilDate,
});

export const rosterImportSchema = z.strictObject({ workshopId: recordId, enrolledOn: civilDate });

export const calendarRangeSchema = z
  .strictObject({ from: civilDate, to: civilDate })
  .refine(({ from, to }) => from <= to, { message: 'the range must not end before it starts', path: ['to'], ...ruleOf({ rule: 'ends-before-start' }) })
  .refine(({ from, to }) => daysBetween(from, to) <= MAX_CALENDAR_DAYS, { message: `the range can be at most ${MAX_CALENDAR_DAYS} days`, path: ['to'] });

export { participantInputSchema };
