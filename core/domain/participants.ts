import { z } from 'zod';
import { ruleOf } from './issues';
import { recordId, singleLineText } from './text';

/**
 * 2: a participant may say when its code was last set (codeSetAt); codes not taken are listed (codeClashes).
 * 3: the ids other computers give people first met here by code (aliases).
 */
export const PARTICIPANTS_SCHEMA_VERSION = 3;

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
  /** When the code was last changed; absent, it is the code the record was made with. */
  codeSetAt: z.iso.datetime().optional(),
});

/**
 * A code another computer gave a participant (set later than theirs here) that this computer did not
 * take because someone else here has it: kept until a person saves the participant, so they see it.
 */
export const codeClashSchema = z.strictObject({
  participantId: recordId,
  code: programCode,
  setAt: z.iso.datetime(),
});

/**
 * Another computer's id for a participant here: the same person, registered there on their own and
 * first met here by code (a bundle or the program hub). Kept so that a code that computer corrects
 * later still finds this person. This computer's own knowledge: it never leaves in a bundle.
 */
export const participantAliasSchema = z.strictObject({
  id: recordId,
  participantId: recordId,
});

export const participantsFileSchema = z.strictObject({
  schemaVersion: z.literal(PARTICIPANTS_SCHEMA_VERSION),
  participants: z.array(participantSchema),
  codeClashes: z.array(codeClashSchema).max(10_000).optional(),
  aliases: z.array(participantAliasSchema).optional(),
});

/** A participant to add (no id) or change (with id). */
export const participantInputSchema = participantSchema.omit({ createdAt: true, codeSetAt: true }).extend({ id: recordId.optional() });

export type Participant = z.infer<typeof participantSchema>;
export type ParticipantInput = z.infer<typeof participantInputSchema>;
export type ParticipantsFile = z.infer<typeof participantsFileSchema>;
export type CodeClash = z.infer<typeof codeClashSchema>;
export type ParticipantAlias = z.infer<typeof participantAliasSchema>;

export function emptyParticipantsFile(): ParticipantsFile {
  return { schemaVersion: PARTICIPANTS_SCHEMA_VERSION, participants: [] };
}

/** The registry file without these people, and without what it noted of them (codes not taken, other computers' ids). */
export function withoutPeople(file: ParticipantsFile, ids: ReadonlySet<string>): ParticipantsFile {
  const participants = file.participants.filter((participant) => !ids.has(participant.id));
  const codeClashes = file.codeClashes?.filter((clash) => !ids.has(clash.participantId));
  const aliases = file.aliases?.filter((alias) => !ids.has(alias.participantId));
  return { ...file, participants, ...(codeClashes === undefined ? {} : { codeClashes }), ...(aliases === undefined ? {} : { aliases }) };
}

/** The file with these other computers' ids added (one already known is kept as it was). */
export function withAliases(file: ParticipantsFile, added: readonly ParticipantAlias[]): ParticipantsFile {
  const known = new Set((file.aliases ?? []).map((alias) => alias.id));
  const fresh: ParticipantAlias[] = [];
  for (const alias of added) {
    if (known.has(alias.id)) continue;
    known.add(alias.id);
    fresh.push(alias);
  }
  return fresh.length === 0 ? file : { ...file, aliases: [...(file.aliases ?? []), ...fresh] };
}

/** When the participant's code was last set: a newer code wins when two computers' copies meet. */
export function codeSetAtOf(participant: Pick<Participant, 'createdAt' | 'codeSetAt'>): string {
  return participant.codeSetAt ?? participant.createdAt;
}

/**
 * Participants file 1 -> 2: nothing to change (a record without codeSetAt keeps the code it was made
 * with); the version moves so an older app says the file is newer instead of refusing codeSetAt.
 */
export function allowCodeSetAt(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, schemaVersion: 2 };
}

/** Participants file 2 -> 3: nothing to change (no alias is known yet); the version moves as for 2. */
export function allowAliases(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, schemaVersion: 3 };
}
