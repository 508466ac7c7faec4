/**
 * The one-time join file a coordinator makes for one facilitator: everything a laptop needs to join
 * the program, sealed with a passphrase the coordinator gives that person face to face.
 *
 * On the outside (readable by anyone holding the file): the format, its version, when it was made,
 * and how many sealed bytes follow (so a file cut short says so rather than passing for a wrong
 * passphrase). Inside the seal: the hub's address and database, the user name and its one-time
 * password, and the program (id, name, and its keys of every epoch so far, so documents still sealed
 * under an older one open too). Joining changes the password, so the
 * file opens the hub once.
 *
 * The sealing itself (scrypt + AES-256-GCM) is main's: this module only reads and checks the shapes.
 */
import { z } from 'zod';
import type { Message } from '../messages';
import { hubAddressSchema, hubDatabaseSchema, hubPasswordSchema, hubUserNameSchema } from './hubSettings';

export const JOIN_FILE_FORMAT = 'facilitator-program-join';
export const JOIN_FILE_VERSION = 1;
/** Join files are saved as `<user name>.facilitator-join`. */
export const JOIN_FILE_EXTENSION = 'facilitator-join';
export const MAX_JOIN_FILE_BYTES = 64 * 1024;
export const PROGRAM_KEY_BYTES = 32;
export const MAX_PROGRAM_NAME = 120;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** How many bytes a base64 text stands for. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

const envelopeSchema = z.strictObject({
  format: z.literal(JOIN_FILE_FORMAT),
  version: z.literal(JOIN_FILE_VERSION),
  madeAt: z.iso.datetime(),
  sealedBytes: z.number().int().positive().max(MAX_JOIN_FILE_BYTES),
  sealed: base64,
});

export type JoinEnvelope = z.infer<typeof envelopeSchema>;

export const programKeySchema = z.strictObject({
  epoch: z.number().int().min(1),
  /** 32 random bytes, base64. */
  key: base64.refine((text) => base64ByteLength(text) === PROGRAM_KEY_BYTES),
});

export type ProgramKeyText = z.infer<typeof programKeySchema>;

export const programIdentitySchema = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(MAX_PROGRAM_NAME),
});

/** What the seal holds. */
export const joinPayloadSchema = z.strictObject({
  hub: z.strictObject({ address: hubAddressSchema, database: hubDatabaseSchema }),
  userName: hubUserNameSchema,
  oneTimePassword: hubPasswordSchema,
  program: programIdentitySchema.extend({ keys: z.array(programKeySchema).min(1).max(10_000) }),
});

export type JoinPayload = z.output<typeof joinPayloadSchema>;

/** The name a join file is offered under: the user name, with anything a file name cannot hold made a dash. */
export function joinFileName(userName: string): string {
  return `${userName.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '')}.${JOIN_FILE_EXTENSION}`;
}

/** The file's text around bytes sealed elsewhere (given as base64). */
export function joinFileText(options: { madeAt: string; sealed: string }): string {
  const envelope: JoinEnvelope = {
    format: JOIN_FILE_FORMAT,
    version: JOIN_FILE_VERSION,
    madeAt: options.madeAt,
    sealedBytes: base64ByteLength(options.sealed),
    sealed: options.sealed,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export type JoinFileRead = { ok: true; envelope: JoinEnvelope } | { ok: false; problem: Message };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a join file's outside, saying what is wrong when it is not one this app can open. */
export function readJoinFile(bytes: Uint8Array): JoinFileRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'join-file-not-a-join-file' } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The start of a join file whose end is missing (a copy that stopped, a drive pulled out).
    const cut = text.trimStart().startsWith('{') && text.includes(`"${JOIN_FILE_FORMAT}"`);
    return { ok: false, problem: { code: cut ? 'join-file-cut-short' : 'join-file-not-a-join-file' } };
  }
  if (!isRecord(data) || data.format !== JOIN_FILE_FORMAT) return { ok: false, problem: { code: 'join-file-not-a-join-file' } };
  if (typeof data.version === 'number' && data.version > JOIN_FILE_VERSION) {
    return { ok: false, problem: { code: 'join-file-newer', params: { found: data.version, known: JOIN_FILE_VERSION } } };
  }
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: { code: 'join-file-damaged' } };
  if (base64ByteLength(parsed.data.sealed) !== parsed.data.sealedBytes) return { ok: false, problem: { code: 'join-file-cut-short' } };
  return { ok: true, envelope: parsed.data };
}

export type JoinPayloadRead = { ok: true; payload: JoinPayload } | { ok: false; problem: Message };

/** Reads what the seal held (its plain bytes), refusing it whole when any part is not as this app writes it. */
export function readJoinPayload(plain: Uint8Array): JoinPayloadRead {
  try {
    const parsed = joinPayloadSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)));
    if (parsed.success) return { ok: true, payload: parsed.data };
  } catch {
    // not text, or not JSON: damaged like any other wrong shape
  }
  return { ok: false, problem: { code: 'join-file-damaged' } };
}
