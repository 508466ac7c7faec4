/** The funder report: what its channels take and return. */
import { ruleOf } from '../domain/issues';
import { z } from 'zod';
import { civilDate } from '../domain/calendar/civil';
import { languageSchema } from '../domain/languages';
import type { SavedFile } from './files';
import { channel } from './defineChannel';
import type { FunderReport } from '../domain/reports/views';
import type { OutcomesReport } from '../domain/reports/outcomes';
import type { FidelityReport } from '../domain/reports/fidelity';
import { recordId } from '../domain/text';

export type { FunderFigures, FunderGroup, FunderReport, MeetingAttendancePoint, PeopleCount } from '../domain/reports/views';
export type {
  CountAndShare,
  InstrumentOutcome,
  OccasionCompletion,
  OutcomesReport,
  ProtectedCount,
  ScaleOutcome,
  SiteOutcome,
} from '../domain/reports/outcomes';
export type { FidelityCounts, FidelityNote, FidelityReport, ModuleFidelity, SessionFidelity } from '../domain/reports/fidelity';

/** The funder report with its outcomes (pre/post surveys) and fidelity sections. */
export interface FullFunderReport extends FunderReport {
  outcomes: OutcomesReport;
  fidelity: FidelityReport;
}

export const paperSizes = ['letter', 'a4'] as const;
export type PaperSize = (typeof paperSizes)[number];

export const reportRangeSchema = z
  .strictObject({
    from: civilDate,
    to: civilDate,
    language: languageSchema.optional(),
    /** Filters: only this workshop, module (every version) or site. */
    workshopId: recordId.optional(),
    moduleId: z.string().min(1).max(60).optional(),
    siteId: recordId.optional(),
  })
  .refine(({ from, to }) => from <= to, { message: 'the range must not end before it starts', path: ['to'], ...ruleOf({ rule: 'ends-before-start' }) });

export type ReportRange = z.infer<typeof reportRangeSchema>;

/** The funder report. */
export const reportsChannels = {
  /** Figures for funders over a date range, by module, site and audience; counts of people under five show as "<5". */
  'reports.funder': channel<FullFunderReport>()(reportRangeSchema),
  'reports.saveFunderCsv': channel<SavedFile>()(reportRangeSchema),
  /** The same report as a workbook: the figures, the outcomes and the fidelity, a sheet each. */
  'reports.saveFunderXlsx': channel<SavedFile>()(reportRangeSchema),
  /** Saves the funder report page as a PDF. */
  'reports.saveFunderPdf': channel<SavedFile>()(reportRangeSchema),
};
