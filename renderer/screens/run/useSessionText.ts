import { useMemo, useState } from 'react';
import type { MeetingRunView } from '../../../core/contract/running';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { moduleInLanguage, translatedModule } from '../../../core/domain/curriculum/translation';
import { useModuleTranslations } from '../curricula/useModuleTranslations';

export interface SessionText {
  /** The planned module in each language the library has; fewer than two: nothing to choose. */
  languages: CurriculumModule[];
  /** The language the session's words are shown in. */
  language: string;
  setLanguage: (language: string) => void;
  /** The meeting as shown: the planned module's ids and rules in the chosen language's words. */
  shown: MeetingRunView;
}

/**
 * Which language the runner shows a session's text in: the group's language when the library has
 * the planned module in it, else the planned module's own, until the facilitator picks another.
 * A view only: every id (attendance, fidelity, progress) stays the planned module's.
 */
export function useSessionText(view: MeetingRunView, groupLanguage: string | undefined): SessionText {
  const planned = view.workshop.module;
  const { state } = useModuleTranslations(planned);
  const languages = useMemo(() => (state.status === 'ready' ? state.value.map((entry) => entry.module) : []), [state]);
  const [chosen, setLanguage] = useState<string | undefined>(undefined);
  const language = chosen ?? (groupLanguage === undefined ? undefined : moduleInLanguage(languages, groupLanguage)?.language) ?? planned.language;
  const translation = language === planned.language ? undefined : languages.find((module) => module.language === language);
  const shown = useMemo(
    () => (translation ? { ...view, workshop: { ...view.workshop, module: translatedModule(view.workshop.module, translation) } } : view),
    [view, translation],
  );
  return { languages, language, setLanguage, shown };
}
