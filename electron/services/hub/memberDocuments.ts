/**
 * The `member:<name>` documents on the hub (core/domain/hub/memberDocument.ts): listing them,
 * reading one, and writing one with a program key wrapped for that member's public key.
 */
import { memberDocumentId, memberDocumentSchema, MEMBER_DOCUMENT_PREFIX, type MemberDocument } from '../../../core/domain/hub/memberDocument';
import { answerError, couchPath, type CouchClient } from './couchClient';
import { wrapProgramKey } from './memberKeys';

/** Every member document in the program's database (one that is not as this app writes it is left out). */
export async function memberDocuments(client: CouchClient, database: string): Promise<MemberDocument[]> {
  const range = `startkey=${encodeURIComponent(JSON.stringify(MEMBER_DOCUMENT_PREFIX))}&endkey=${encodeURIComponent(JSON.stringify(`${MEMBER_DOCUMENT_PREFIX}\ufff0`))}`;
  const listing = await client.json<{ rows: { doc?: unknown }[] }>('GET', `${couchPath(database, '_all_docs')}?include_docs=true&${range}`);
  return listing.rows.flatMap((row) => {
    const parsed = memberDocumentSchema.safeParse(row.doc);
    return parsed.success ? [parsed.data] : [];
  });
}

/** `member:<userName>`, or undefined when the hub has none (or none this app could have written). */
export async function readMemberDocument(client: CouchClient, database: string, userName: string): Promise<MemberDocument | undefined> {
  const path = couchPath(database, memberDocumentId(userName));
  const answer = await client.request('GET', path);
  if (answer.status === 404) return undefined;
  if (answer.status !== 200) throw answerError(answer, 'GET', path);
  const parsed = memberDocumentSchema.safeParse(answer.body);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Writes `member:<userName>` with every program key given wrapped for `publicKey` (the newest as its
 * epoch), on top of `rev` when there is one.
 */
export async function putMemberDocument(
  client: CouchClient,
  program: { database: string; programId: string },
  member: { userName: string; publicKey: string; rev?: string | undefined },
  keys: readonly { epoch: number; key: string }[],
): Promise<void> {
  const wrap = (key: { epoch: number; key: string }) => ({
    epoch: key.epoch,
    sealed: wrapProgramKey(Buffer.from(key.key, 'base64'), member.publicKey, { programId: program.programId, epoch: key.epoch, memberName: member.userName }),
  });
  const [newest, ...earlier] = [...keys].sort((a, b) => b.epoch - a.epoch).map(wrap);
  if (newest === undefined) throw new Error('A member document needs a program key.');
  const document: MemberDocument = {
    _id: memberDocumentId(member.userName),
    ...(member.rev ? { _rev: member.rev } : {}),
    epoch: newest.epoch,
    publicKey: member.publicKey,
    sealed: newest.sealed,
    ...(earlier.length > 0 ? { earlier: earlier.reverse() } : {}),
  };
  await client.json('PUT', couchPath(program.database, document._id), document);
}
