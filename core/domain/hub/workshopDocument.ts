/**
 * The body of a workshop's document on the program hub (`workshop:<workshopId>`, sealed by the
 * engine): a workshop bundle whose people are program codes only. Initials, pronouns and full names
 * stay on the laptop that holds them; follow-ups and session notes travel only when the program
 * chose so (off by default, as for bundles).
 */
import { buildBundle, readBundleValue, type Bundle, type BundleContents, type BundleRead } from '../bundles/format';
import type { Participant } from '../participants';
import type { Workshop } from '../workshop';

export const WORKSHOP_DOCUMENT_PREFIX = 'workshop:';

export function workshopDocumentId(workshopId: string): string {
  return `${WORKSHOP_DOCUMENT_PREFIX}${workshopId}`;
}

/** The workshop a document id names, or undefined for any other document. */
export function workshopIdOfDocument(documentId: string): string | undefined {
  return documentId.startsWith(WORKSHOP_DOCUMENT_PREFIX) ? documentId.slice(WORKSHOP_DOCUMENT_PREFIX.length) : undefined;
}

/** A person as the hub carries them: the id and program code (and when it was set), nothing that could name them. */
function codeOnly({ id, code, createdAt, codeSetAt }: Participant): Participant {
  return codeSetAt === undefined ? { id, code, createdAt } : { id, code, createdAt, codeSetAt };
}

/** The document's body for `workshop`: its bundle, people by code only. */
export function buildWorkshopBody(options: { workshop: Workshop; registry: readonly Participant[]; include: BundleContents; sharedAt: string }): Bundle {
  const bundle = buildBundle({ ...options, allowFullNames: false, exportedAt: options.sharedAt });
  return { ...bundle, participants: bundle.participants.map(codeOnly) };
}

/**
 * Reads a body the engine opened (parsed already, its size bounded when it was inflated) with a
 * bundle's checks, refused whole (with what is wrong) when it is not a workshop bundle or holds
 * another workshop than its id says. People come back by code only, whatever the body carried.
 */
export function readWorkshopValue(documentId: string, body: unknown): BundleRead {
  return asWorkshopDocument(documentId, readBundleValue(body));
}

function asWorkshopDocument(documentId: string, read: BundleRead): BundleRead {
  if (!read.ok) return read;
  if (workshopIdOfDocument(documentId) !== read.bundle.workshop.id) return { ok: false, problems: [{ code: 'hub-body-other-workshop' }] };
  return { ok: true, bundle: { ...read.bundle, participants: read.bundle.participants.map(codeOnly) } };
}
