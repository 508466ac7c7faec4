import { z } from 'zod';
import { recordId, requiredText } from './text';

export const WORKSHOP_SCHEMA_VERSION = 1;

/**
 * One workshop, stored in its own file. Planning, meetings, roster and attendance
 * are added by later features; the file already carries its schemaVersion so they migrate.
 */
export const workshopSchema = z.strictObject({
  schemaVersion: z.literal(WORKSHOP_SCHEMA_VERSION),
  id: recordId,
  title: requiredText(200),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Workshop = z.infer<typeof workshopSchema>;
