/** Exports and workshop bundles: what their channels take and return. */
import { ruleOf } from '../domain/issues';
import { z } from 'zod';
import { identifications } from '../domain/attendance';
import { civilDate } from '../domain/calendar/civil';
import { recordId } from '../domain/text';
import { languageSchema } from '../domain/languages';
import { passphrase } from './protection';
import type { BundleChange } from '../domain/bundles/views';
import type { Message } from '../domain/messages';
import type { ExportProgress } from './records';
import type { SavedFile } from './files';
import { channel, noInput } from './defineChannel';

export type { BundleChange } from '../domain/bundles/views';

export const attendanceExportSchema = z.strictObject({
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('workshop'), workshopId: recordId }),
    /** Every workshop (not archived or archived) with meetings in the range, one sheet each. */
    z
      .strictObject({ kind: z.literal('range'), from: civilDate, to: civilDate })
      .refine(({ from, to }) => from <= to, { message: 'the range must not end before it starts', path: ['to'], ...ruleOf({ rule: 'ends-before-start' }) }),
  ]),
  format: z.enum(['csv', 'xlsx']),
  /** long: one row per participant and meeting; grid: participants by meetings with totals. */
  shape: z.enum(['long', 'grid']),
  identification: z.enum(identifications),
  /** A UTF-8 byte-order mark so Excel reads the CSV right; on by default. */
  byteOrderMark: z.boolean(),
  /** The language of the headers and labels; when absent, one workshop's own language, else the app's. */
  language: languageSchema.optional(),
});

export type AttendanceExportInput = z.infer<typeof attendanceExportSchema>;

export type BundlePreview =
  | { status: 'cancelled' }
  | { status: 'invalid'; fileName: string; problems: Message[] }
  /** The bundle is sealed with a passphrase: `bundles.openImport` with it and the token shows the preview. */
  | { status: 'needs-passphrase'; fileName: string; token: string }
  | {
      status: 'ready';
      fileName: string;
      token: string;
      workshopTitle: string;
      /** A workshop not on this computer yet. */
      isNew: boolean;
      changes: BundleChange[];
      /** True when the file brings nothing new. */
      unchanged: boolean;
    };

/** A bundle leaves sealed with a passphrase when the data is protected (it may also be sealed when not). */
export const bundleExportSchema = z.strictObject({
  workshopId: recordId,
  /** Offered always; required when the data is protected. */
  passphrase: passphrase.optional(),
  /** Follow-ups and session notes leave only when chosen. */
  include: z.strictObject({ followUps: z.boolean(), notes: z.boolean() }).default({ followUps: false, notes: false }),
});

export const bundleOpenSchema = z.strictObject({ token: z.uuid(), passphrase: z.string().min(1).max(200) });

export const bundleConfirmSchema = z.strictObject({
  token: z.uuid(),
  /** For each conflict id: keep mine or take theirs. Conflicts not listed keep the newer one. */
  resolutions: z.record(z.string().max(200), z.enum(['mine', 'theirs'])),
});

export interface BundleImportResult {
  workshopId: string;
  added: number;
  updated: number;
  conflictsSettled: number;
}

/** Attendance exports and workshop bundles. */
export const exportsChannels = {
  /** Attendance as CSV or XLSX where the user chooses; recorded in each workshop's audit log (what, when, how identified). */
  'exports.attendance': channel<SavedFile>()(attendanceExportSchema),
  /** One workshop as one file: plan, meetings, its participants, attendance, fidelity, module snapshot. */
  'bundles.export': channel<SavedFile>()(bundleExportSchema),
  /** Opens the file dialog and says what importing the bundle would change; nothing is saved yet. */
  'bundles.chooseImport': channel<BundlePreview>()(noInput),
  /** A sealed bundle chosen with `bundles.chooseImport`, opened with its passphrase: what importing it would change. */
  'bundles.openImport': channel<BundlePreview>()(bundleOpenSchema),
  'bundles.confirmImport': channel<BundleImportResult>()(bundleConfirmSchema),
  /** How far the attendance file being written has got; polled while "Saving…" shows. */
  'exports.progress': channel<ExportProgress>()(noInput),
};
