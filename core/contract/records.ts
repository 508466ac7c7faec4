/** Printable records and export progress: what their channels take and return. */
import { z } from 'zod';
import { identifications } from '../domain/attendance';
import { languageSchema } from '../domain/languages';
import { recordId } from '../domain/text';
import { paperSizes } from './reports';
import type { SavedFile } from './files';
import { channel } from './defineChannel';
import type { PrintableView } from '../domain/records/views';

export type {
  AttendanceLetter,
  AttendanceLettersView,
  AttendanceSummaryView,
  Certificate,
  CertificatesView,
  NeutralHeading,
  PrintableView,
  RecordHeading,
  SessionRef,
  SignInSheetView,
  SummaryMeeting,
  SummaryRow,
} from '../domain/records/views';

const identification = z.enum(identifications);
/** The language the record is printed in: the workshop's unless chosen. */
const language = languageSchema.optional();

export const printableKinds = ['sign-in', 'attendance-summary', 'attendance-letter', 'certificate'] as const;
export type PrintableKind = (typeof printableKinds)[number];

export const printableSchema = z.discriminatedUnion('kind', [
  /** For one meeting: the people expected, with blank lines to sign, and spare lines for walk-ins. */
  z.strictObject({ kind: z.literal('sign-in'), workshopId: recordId, meetingId: recordId, identification, language }),
  /** The workshop's grid of marks with totals and completion. */
  z.strictObject({ kind: z.literal('attendance-summary'), workshopId: recordId, identification, language }),
  /** One letter per participant, or only for the one given. */
  z.strictObject({ kind: z.literal('attendance-letter'), workshopId: recordId, participantId: recordId.optional(), identification, language }),
  /** One certificate per participant who completed, or only for the one given (who must have completed). */
  z.strictObject({ kind: z.literal('certificate'), workshopId: recordId, participantId: recordId.optional(), identification, language }),
]);

export type PrintableRequest = z.infer<typeof printableSchema>;

export const savePrintableSchema = z.strictObject({ document: printableSchema, paper: z.enum(paperSizes) });

/** The attendance file being written: rows laid out so far of all it will hold. */
export type ExportProgress = { state: 'idle' } | { state: 'writing'; done: number; total: number };

/** Printable records. */
export const recordsChannels = {
  /** A printable record (sign-in sheet, summary, letters, certificates) laid out from the workshop, people named as chosen. */
  'records.view': channel<PrintableView>()(printableSchema),
  /** Saves the record the page shows as a PDF and notes it in the workshop's audit log (what, when, how identified). */
  'records.savePdf': channel<SavedFile>()(savePrintableSchema),
};
