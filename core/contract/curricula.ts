/** The curriculum library's channels. */
import type { ImportPreview } from '../domain/curriculum/importing';
import type { LibraryModule, ModuleSummary } from '../domain/curriculum/library';
import { channel, noInput } from './defineChannel';
import { z } from 'zod';

const byModuleId = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9-]+$/, { message: 'must be a module id' }),
});

/** The curriculum library: shipped and imported modules. */
export const curriculaChannels = {
  'curricula.list': channel<ModuleSummary[]>()(noInput),
  'curricula.get': channel<LibraryModule>()(byModuleId),
  /** Opens the file dialog, then checks the chosen file; nothing is saved until confirmImport. */
  'curricula.chooseImport': channel<ImportPreview>()(noInput),
  'curricula.confirmImport': channel<ModuleSummary>()(z.strictObject({ token: z.uuid() })),
  'curricula.remove': channel<ModuleSummary[]>()(byModuleId),
};
