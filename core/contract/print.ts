/** Printing: the channels that save what the page shows. */
import { z } from 'zod';
import { channel } from './defineChannel';
import type { SavedFile } from './files';

/** Printing the page the user sees to a PDF. */
export const printChannels = {
  /** Saves the current page, as its print stylesheet lays it out, to a PDF the user places. */
  'print.savePdf': channel<SavedFile>()(z.strictObject({ fileName: z.string().trim().min(1).max(200) })),
};
