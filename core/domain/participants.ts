import { z } from 'zod';
import { ruleOf } from './issues';
import { recordId, singleLineText } from './text';

export const PARTICIPANTS_SCHEMA_VERSION = 1;

/** A program code such as JH-26-014: letters, digits and dashes, no personal data. */
export const programCode = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(32, { message: 'must be at most 32 characters' })
  .refine((code) => /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(code), { message: 'may hold only letters, digits and dashes', ...ruleOf({ rule: 'code-characters' }) });

export const participantSchema = z.strictObject({
  id: recordId,
  code: programCode,
  initials: singleLineText(4).optional(),
  pronouns: singleLineText(40).optional(),
  /** Only kept when the organisation allows full names. */
  fullName: singleLineText(120).optional(),
  createdAt: z.iso.datetime(),
});

export const participantsFileSchema = z.strictObject({
  schemaVersion: z.literal(PARTICIPANTS_SCHEMA_VERSION),
  participants: z.array(participantSchema),
});

/** A participant to add (no id) or change (with id). */
export const participantInputSchema = participantSchema.omit({ createdAt: true }).extend({ id: recordId.optional() });

export type Participant = z.infer<typeof participantSchema>;
export type ParticipantInput = z.infer<typeof participantInputSchema>;
export type ParticipantsFile = z.infer<typeof participantsFileSchema>;

export function emptyParticipantsFile(): ParticipantsFile {
  return { schemaVersion: PARTICIPANTS_SCHEMA_VERSION, participants: [] };
}
