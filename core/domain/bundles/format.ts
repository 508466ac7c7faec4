/** The workshop bundle file: one workshop and the participants it refers to, to carry between computers. */
import { z } from 'zod';
import { fieldIssueOf, formatPath, ruleOf } from '../issues';
import type { Message } from '../messages';
import { participantSchema, type Participant } from '../participants';
import { withoutWrittenAnswers } from '../surveys/response';
import { referencedParticipantIds, workshopSchema, WORKSHOP_SCHEMA_VERSION, type Workshop } from '../workshop';
import { upgradeWorkshop } from '../workshopMigrations';
import { peopleAmong } from './registryIndex';

export const BUNDLE_FORMAT = 'facilitator-workshop-bundle';
/**
 * 2: marks may carry the versions they replaced (workshop schemaVersion 2). 3: the workshop is
 * schemaVersion 5 (its module stored once on disk, still carried whole here) and may carry survey
 * answers, which an older app would refuse field by field instead of saying the bundle is newer.
 * 4: the workshop is schemaVersion 6 (its audit log may say a copy came from the program hub). 5: a
 * participant may carry when its code was set (codeSetAt), which an older app's strict participant
 * would refuse field by field. Older bundles are still read.
 */
export const BUNDLE_VERSION = 5;
const OLDEST_BUNDLE_VERSION = 1;
/** Bundles are saved as `<title>.facilitator`. */
export const BUNDLE_EXTENSION = 'facilitator';
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

import { codeKey } from './codes';

export { codeKey };

export const bundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int().min(OLDEST_BUNDLE_VERSION).max(BUNDLE_VERSION),
    exportedAt: z.iso.datetime(),
    appVersion: z.string().min(1).max(40).optional(),
    workshop: workshopSchema,
    participants: z.array(participantSchema).max(10_000),
  })
  .superRefine((bundle, context) => {
    const ids = new Set<string>();
    const codes = new Set<string>();
    bundle.participants.forEach((participant, index) => {
      if (ids.has(participant.id)) {
        context.addIssue({
          code: 'custom',
          path: ['participants', index, 'id'],
          message: 'lists the same participant twice',
          ...ruleOf({ rule: 'duplicate' }),
        });
      }
      if (codes.has(codeKey(participant.code))) {
        context.addIssue({ code: 'custom', path: ['participants', index, 'code'], message: 'gives a code to two participants', ...ruleOf({ rule: 'taken' }) });
      }
      ids.add(participant.id);
      codes.add(codeKey(participant.code));
    });
  });

export type Bundle = z.infer<typeof bundleSchema>;

/**
 * What a bundle carries beyond the plan, meetings, roster and attendance, each only when chosen:
 * follow-ups (who needs a follow-up, referral or report) and the free-text notes of sessions (run
 * notes, the notes on how each activity went, and written survey answers), which can say more about
 * a young person than a record should. Left out, importing the bundle keeps what the other computer has.
 */
export interface BundleContents {
  followUps: boolean;
  notes: boolean;
}

/**
 * The workshop as the bundle carries it: follow-ups and notes (session notes, written survey answers)
 * only when chosen; never this laptop's own business (copies awaiting a decision, receipts from the hub).
 */
function carriedWorkshop(workshop: Workshop, include: BundleContents): Workshop {
  const { hubPending: _ownBusiness, ...shared } = workshop;
  const carried: Workshop = {
    ...shared,
    audit: shared.audit.filter((entry) => entry.kind !== 'received' && entry.kind !== 'withdrawn'),
    followUps: include.followUps ? workshop.followUps : [],
    runs: include.notes ? workshop.runs : workshop.runs.map((run) => ({ ...run, notes: '', fidelity: run.fidelity.map((entry) => ({ ...entry, note: '' })) })),
  };
  if (include.notes || !workshop.surveys) return carried;
  const instrumentOf = (id: string) => workshop.module.instruments.find((instrument) => instrument.id === id);
  return { ...carried, surveys: workshop.surveys.map((response) => withoutWrittenAnswers(response, instrumentOf(response.instrumentId))) };
}

/**
 * The bundle of one workshop: only the people it refers to, by code, initials and pronouns; full
 * names only when this computer allows them; follow-ups and notes only when chosen.
 */
export function buildBundle(options: {
  workshop: Workshop;
  registry: readonly Participant[];
  allowFullNames: boolean;
  exportedAt: string;
  appVersion?: string;
  include: BundleContents;
}): Bundle {
  const { registry, allowFullNames, exportedAt, appVersion } = options;
  const workshop = carriedWorkshop(options.workshop, options.include);
  const wanted = referencedParticipantIds(workshop);
  const participants = peopleAmong(registry, wanted).map(({ fullName, ...participant }) =>
    allowFullNames && fullName !== undefined ? { ...participant, fullName } : participant,
  );
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    ...(appVersion === undefined ? {} : { appVersion }),
    workshop,
    participants,
  };
}

export type BundleRead = { ok: true; bundle: Bundle } | { ok: false; problems: Message[] };

const MAX_PROBLEMS_SHOWN = 20;

/** How many of the people the workshop refers to the bundle does not carry. */
function missingParticipants(bundle: Bundle): number {
  const carried = new Set(bundle.participants.map((participant) => participant.id));
  return [...referencedParticipantIds(bundle.workshop)].filter((id) => !carried.has(id)).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a bundle file's bytes, saying what is wrong and where when it is not a bundle this app can import. */
export function readBundle(bytes: Uint8Array): BundleRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ code: 'bundle-not-text' }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'bundle-not-json' }] };
  }
  return readBundleValue(data);
}

/** Reads a bundle already parsed from its JSON (a program hub document's opened body) with the same checks. */
export function readBundleValue(data: unknown): BundleRead {
  if (!isRecord(data) || data.format !== BUNDLE_FORMAT) return { ok: false, problems: [{ code: 'bundle-not-a-bundle' }] };
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > BUNDLE_VERSION) {
    return { ok: false, problems: [{ code: 'bundle-newer', params: { found: data.version, known: BUNDLE_VERSION } }] };
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < OLDEST_BUNDLE_VERSION) {
    const found = JSON.stringify(data.version);
    return { ok: false, problems: [found === undefined ? { code: 'bundle-no-version' } : { code: 'bundle-unknown-version', params: { found } }] };
  }
  // A bundle from an app that wrote an older workshop version is read as this app would have written it.
  const parsed = bundleSchema.safeParse({ ...data, workshop: upgradeWorkshop(data.workshop, WORKSHOP_SCHEMA_VERSION) });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_PROBLEMS_SHOWN)
      .map((issue): Message => ({ code: 'bundle-field', params: { path: formatPath(issue.path), rule: fieldIssueOf(issue) } }));
    const more = parsed.error.issues.length - problems.length;
    return { ok: false, problems: more > 0 ? [...problems, { code: 'bundle-more-problems', params: { count: more } }] : problems };
  }
  const missing = missingParticipants(parsed.data);
  if (missing > 0) return { ok: false, problems: [{ code: 'bundle-participants-missing', params: { count: missing } }] };
  return { ok: true, bundle: parsed.data };
}
