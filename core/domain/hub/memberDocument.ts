/**
 * A member's document on the hub, `member:<couch user name>`: that member's X25519 public key (not
 * secret) and the program key of the current epoch wrapped for them alone. It is the one document
 * not sealed with the program key, since it is how a member gets that key (and the keys of earlier
 * epochs): a member who has been
 * revoked has no document, and so never learns a newer epoch.
 */
import { z } from 'zod';

export const MEMBER_DOCUMENT_PREFIX = 'member:';

export function memberDocumentId(userName: string): string {
  return `${MEMBER_DOCUMENT_PREFIX}${userName}`;
}

/** The user name a member document is for, or undefined for any other document. */
export function memberNameOf(documentId: string): string | undefined {
  return documentId.startsWith(MEMBER_DOCUMENT_PREFIX) ? documentId.slice(MEMBER_DOCUMENT_PREFIX.length) : undefined;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** As stored on the hub; CouchDB's own fields besides `_id` and `_rev` are let through. */
export const memberDocumentSchema = z.object({
  _id: z.string().startsWith(MEMBER_DOCUMENT_PREFIX),
  _rev: z.string().optional(),
  epoch: z.number().int().min(1),
  /** The member's X25519 public key (SPKI, DER), base64. */
  publicKey: base64,
  /** The program key of `epoch`, wrapped for that public key (memberKeys.ts), base64. */
  sealed: base64,
  /**
   * The keys of the earlier epochs, each wrapped the same way: a member who joined late, or was
   * away through two revokes, still opens documents not sealed again since.
   */
  earlier: z
    .array(z.strictObject({ epoch: z.number().int().min(1), sealed: base64 }))
    .max(10_000)
    .optional(),
});

export type MemberDocument = z.infer<typeof memberDocumentSchema>;
