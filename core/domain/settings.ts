import { z } from 'zod';
import { absenceReasonSchema, attendanceStatusSchema, defaultAbsenceReasons, defaultAttendanceStatuses } from './attendance';
import { attendanceSettingsIssues, type AttendanceSettings } from './attendanceSettings';
import { FALLBACK_LANGUAGE, languageSchema, type Language } from './languages';
import { ruleOf } from './issues';
import { boundedText, recordId, requiredText, singleLineText } from './text';

export const SETTINGS_SCHEMA_VERSION = 4;

export const facilitatorRoles = ['lead', 'co-facilitator', 'clinician', 'survivor-mentor', 'educator', 'note-taker', 'observer'] as const;
export type FacilitatorRole = (typeof facilitatorRoles)[number];

export const siteKinds = ['school', 'community', 'detention', 'long-term-secure-care', 'group-or-foster-home', 'residential-treatment', 'clinic'] as const;
export type SiteKind = (typeof siteKinds)[number];

/** Site kinds of the first vocabulary, and what each became. */
export const renamedSiteKinds: Readonly<Record<string, SiteKind>> = {
  'juvenile-hall': 'detention',
  residential: 'residential-treatment',
};

/** A site kind in today's words: old kinds are renamed, anything else is left for the schema to judge. */
export function currentSiteKind(kind: unknown): unknown {
  return typeof kind === 'string' ? (renamedSiteKinds[kind] ?? kind) : kind;
}

/**
 * The organisation's name, and how people reach it: printed on letters and certificates, which
 * invite contact only when there is a contact to give. The contact fields are optional (no
 * settings version change); an empty one means none.
 */
export const organisationSchema = z.strictObject({
  name: boundedText(200),
  phone: singleLineText(40).optional(),
  email: singleLineText(120)
    .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
      message: 'must be an email address such as office@example.org',
      ...ruleOf({ rule: 'not-an-email' }),
    })
    .optional(),
  /** A postal address, on several lines if need be. */
  address: boundedText(300).optional(),
});

export const facilitatorSchema = z.strictObject({
  id: recordId,
  name: requiredText(120),
  roles: z
    .array(z.enum(facilitatorRoles))
    .min(1, { message: 'needs at least one role' })
    .refine((roles) => new Set(roles).size === roles.length, { message: 'lists a role twice', ...ruleOf({ rule: 'duplicate' }) }),
});

export const siteSchema = z.strictObject({
  id: recordId,
  name: requiredText(120),
  kind: z.enum(siteKinds),
});

/** A local resource: a 24-hour line, an advocate, an agency. Shown and printed at every session. */
export const resourceSchema = z.strictObject({
  id: recordId,
  name: requiredText(120),
  contact: boundedText(120),
  hours: boundedText(120),
  notes: boundedText(1000),
});

export const preferencesSchema = z.strictObject({
  /** The interface's language, and the default for new workshops and files (a new data folder takes the computer's). */
  language: languageSchema,
  /** Full names are an organisation-wide opt-in; participants are known by program codes otherwise. */
  allowFullNames: z.boolean(),
  /** In the runner, when an activity's time is up, move on and start the next one's timer (off unless chosen). */
  autoStartNextActivity: z.boolean().optional(),
  /** Today's "Getting started" list, hidden by the user before every step was done (optional: no settings version change). */
  firstRunChecklistHidden: z.boolean().optional(),
});

/** Records a retention purge removed, still to be taken out of backup generations. */
export const pendingPruneSchema = z.strictObject({
  workshopIds: z.array(z.string().max(100)).max(100_000),
  participantIds: z.array(z.string().max(100)).max(100_000),
  /** The purge's safety generation, left whole (so the purge can be undone) until `keptUntil`. */
  safety: z.string().max(100),
  keptUntil: z.iso.datetime(),
  /** Also erase every participant's full name (full names were turned off and the user chose to erase them). */
  fullNames: z.literal(true).optional(),
});

/** Copies of each backup generation, besides the data folder's own `backups/`. */
export const backupSettingsSchema = z.strictObject({
  /** A second folder, such as a USB drive, each new generation is also written to; absent when none is chosen. */
  secondFolder: z.string().min(1).max(1000).optional(),
  /**
   * A second folder holding copies made before the data was protected, not sealed yet because it
   * could not be reached then (a USB drive unplugged): sealed as soon as it can be, with a notice until then.
   */
  unsealedCopiesIn: z.string().min(1).max(1000).optional(),
  /** Purges whose records are still to be taken out of backup generations (both places). */
  pendingPrunes: z.array(pendingPruneSchema).max(1000).optional(),
});

/** Purging old records: off unless a number of months is set. */
export const retentionSchema = z.strictObject({
  /** Workshops that finished more than this many months ago may be purged, after a confirmation listing them. */
  purgeAfterMonths: z.number().int().min(1).max(120).optional(),
});

/** When the app locks itself (with protection on): after this many minutes without use; 0 = only on demand. */
export const lockSettingsSchema = z.strictObject({
  afterMinutes: z.number().int().min(0).max(240),
});

/** Turns `attendanceStatuses[2].key` into zod's path form. */
function pathOf(text: string): (string | number)[] {
  return text
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The attendance lists' own rules (unique keys and labels, one status that counts), each at its field. */
function checkAttendanceLists(value: AttendanceSettings, context: z.RefinementCtx): void {
  for (const { path, fromSchema, ...rule } of attendanceSettingsIssues(value)) {
    // A field that is invalid on its own is already reported by its schema.
    if (!fromSchema) context.addIssue({ code: 'custom', message: rule.rule, path: pathOf(path), ...ruleOf(rule) });
  }
}

const attendanceLists = {
  attendanceStatuses: z.array(attendanceStatusSchema),
  absenceReasons: z.array(absenceReasonSchema),
};

/** Both lists, as Settings › Attendance saves them. */
export const attendanceSettingsSchema = z.strictObject(attendanceLists).superRefine(checkAttendanceLists);

export const settingsSchema = z
  .strictObject({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
    organisation: organisationSchema,
    facilitators: z.array(facilitatorSchema),
    sites: z.array(siteSchema),
    resources: z.array(resourceSchema),
    preferences: preferencesSchema,
    /** How attendance is marked: statuses (with keys) and the reasons an absence can have. */
    ...attendanceLists,
    backups: backupSettingsSchema,
    retention: retentionSchema,
    lock: lockSettingsSchema,
    /**
     * Where the save dialog opens: the folder of the first file the user saved (asked once, then
     * remembered), so exports never default to a Documents folder a cloud service may sync.
     */
    exportFolder: z.string().min(1).max(4096).optional(),
  })
  .superRefine(checkAttendanceLists);

export type Organisation = z.infer<typeof organisationSchema>;
/** How to reach the organisation; a field left empty is not given. */
export type OrganisationContact = Pick<Organisation, 'phone' | 'email' | 'address'>;
export type Facilitator = z.infer<typeof facilitatorSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export type PendingPrune = z.infer<typeof pendingPruneSchema>;
export type RetentionSettings = z.infer<typeof retentionSchema>;
export type LockSettings = z.infer<typeof lockSettingsSchema>;

/** The contact fields that are filled in (an empty field gives no contact). */
export function organisationContact({ phone, email, address }: Organisation): OrganisationContact {
  return {
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...(address ? { address } : {}),
  };
}

/** Minutes without use before a protected app locks itself, unless the user chooses otherwise. */
export const DEFAULT_LOCK_MINUTES = 10;
export type Settings = z.infer<typeof settingsSchema>;

/** A new data folder's settings, in the computer's language when the app speaks it. */
export function defaultSettings(language: Language = FALLBACK_LANGUAGE): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    organisation: { name: '' },
    facilitators: [],
    sites: [],
    resources: [],
    preferences: { language, allowFullNames: false },
    attendanceStatuses: structuredClone(defaultAttendanceStatuses),
    absenceReasons: structuredClone(defaultAbsenceReasons),
    backups: {},
    retention: {},
    lock: { afterMinutes: DEFAULT_LOCK_MINUTES },
  };
}

/** Version 2 added attendance statuses and absence reasons: version 1 files get the defaults. */
export function addAttendanceDefaults(old: Record<string, unknown>): Record<string, unknown> {
  return {
    ...old,
    schemaVersion: 2,
    attendanceStatuses: structuredClone(defaultAttendanceStatuses),
    absenceReasons: structuredClone(defaultAbsenceReasons),
  };
}

/** Version 3 added backups (a second folder), retention (off) and locking: version 2 files get the defaults. */
export function addDataCareDefaults(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, schemaVersion: 3, backups: {}, retention: {}, lock: { afterMinutes: DEFAULT_LOCK_MINUTES } };
}

/** Version 4 renamed site kinds to the field's vocabulary: juvenile-hall -> detention, residential -> residential-treatment. */
export function renameSiteKinds(old: Record<string, unknown>): Record<string, unknown> {
  const sites = Array.isArray(old.sites)
    ? old.sites.map((site: unknown) => (site && typeof site === 'object' ? { ...site, kind: currentSiteKind((site as Record<string, unknown>).kind) } : site))
    : old.sites;
  return { ...old, schemaVersion: 4, sites };
}

/** Inputs for saving one record: the id is absent when the record is new. */
export const facilitatorInputSchema = facilitatorSchema.extend({ id: recordId.optional() });
export const siteInputSchema = siteSchema.extend({ id: recordId.optional() });
export const resourceInputSchema = resourceSchema.extend({ id: recordId.optional() });
export type FacilitatorInput = z.infer<typeof facilitatorInputSchema>;
export type SiteInput = z.infer<typeof siteInputSchema>;
export type ResourceInput = z.infer<typeof resourceInputSchema>;

type Identified = { id: string };

/** Replaces the record with the same id, or appends a new one with a fresh id. */
export function upsertRecord<T extends Identified>(list: readonly T[], input: Omit<T, 'id'> & { id?: string | undefined }): T[] {
  if (input.id !== undefined && list.some((item) => item.id === input.id)) {
    return list.map((item) => (item.id === input.id ? ({ ...input, id: item.id } as T) : item));
  }
  return [...list, { ...input, id: input.id ?? crypto.randomUUID() } as T];
}

export function removeRecord<T extends Identified>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id);
}
