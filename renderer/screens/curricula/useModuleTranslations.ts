import { useCallback } from 'react';
import type { ModuleRef } from '../../../core/domain/curriculum/moduleRef';
import { call } from '../../api';
import { useLoad } from '../../data/useLoad';

/** The module `id@version` in each language the library has, original first (main decides which match). */
export function useModuleTranslations({ id, version }: ModuleRef) {
  const load = useCallback(() => call('curricula.translations', { id, version }), [id, version]);
  return useLoad(load);
}
