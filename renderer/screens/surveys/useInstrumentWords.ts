import { useMemo } from 'react';
import type { InstrumentView } from '../../../core/contract/surveys';
import type { ModuleRef } from '../../../core/domain/curriculum/moduleRef';
import { moduleInLanguage } from '../../../core/domain/curriculum/translation';
import { instrumentInWords } from '../../../core/domain/surveys/instrumentWords';
import { useModuleTranslations } from '../curricula/useModuleTranslations';

/**
 * The workshop's instruments in the group's language: the planned module's ids, kinds and keys in the
 * words of its translation into that language when the library has one (as the runner shows a
 * session), else as planned. Until the library answers, as planned.
 */
export function useInstrumentWords(planned: ModuleRef & { language: string }, instruments: readonly InstrumentView[], language: string): InstrumentView[] {
  const { state } = useModuleTranslations(planned);
  return useMemo(() => {
    const family = state.status === 'ready' ? state.value.map((entry) => entry.module) : [];
    const translation = language === planned.language ? undefined : moduleInLanguage(family, language);
    if (!translation || translation.language === planned.language) return [...instruments];
    return instruments.map((instrument) =>
      instrumentInWords(
        instrument,
        translation.instruments.find((candidate) => candidate.id === instrument.id),
      ),
    );
  }, [state, instruments, language, planned.language]);
}
