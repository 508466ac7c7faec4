/** The funder report: what its channels take and return. */
import { z } from 'zod';
import { civilDate } from '../domain/calendar/civil';

export type { FunderFigures, FunderGroup, FunderReport, MeetingAttendancePoint, PeopleCount } from '../domain/reports/views';

export const paperSizes = ['letter', 'a4'] as const;
export type PaperSize = (typeof paperSizes)[number];

export const reportRangeSchema = z
  .strictObject({ from: civilDate, to: civilDate })
  .refine(({ from, to }) => from <= to, { message: 'the range must not end before it starts', path: ['to'] });

export type ReportRange = z.infer<typeof reportRangeSchema>;
