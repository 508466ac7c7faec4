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

/** One version of a module, as a workshop keeps it or a translation names it. */
const byModuleRef = z.strictObject({
  id: byModuleId.shape.id,
  version: z.number().int().min(1),
});

/** The curriculum library: shipped and imported modules. */
export const curriculaChannels = {
  'curricula.list': channel<ModuleSummary[]>()(noInput),
  'curricula.get': channel<LibraryModule>()(byModuleId),
  /** Opens the file dialog, then checks the chosen file; nothing is saved until confirmImport. */
  'curricula.chooseImport': channel<ImportPreview>()(noInput),
  'curricula.confirmImport': channel<ModuleSummary>()(z.strictObject({ token: z.uuid() })),
  'curricula.remove': channel<ModuleSummary[]>()(byModuleId),
  /**
   * The module id@version in each language the library has (its original first, then its
   * translations), whichever of them it names; empty when the library has none of them.
   */
  'curricula.translations': channel<LibraryModule[]>()(byModuleRef),
};
