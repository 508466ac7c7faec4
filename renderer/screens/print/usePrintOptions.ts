import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { Identification } from '../../../core/domain/attendance';
import { isLanguage, type Language } from '../../../core/domain/languages';
import { useSettings } from '../../data/SettingsProvider';
import { isPaperSize, localPaper, type PaperSize } from './paper';

const identifications: readonly Identification[] = ['codes', 'initials', 'names'];

/**
 * Paper, identification and language live in the address (`?paper=a4&people=initials&lang=es`), so going back to the
 * page or reloading it keeps them. The language is absent until chosen: the page's own default (the group's) holds. People are shown by program code unless another way is chosen,
 * and never by name while Settings have names turned off.
 */
export function usePrintOptions() {
  const [params, setParams] = useSearchParams();
  const settings = useSettings();
  const allowFullNames = settings.state.status === 'ready' && settings.state.value.preferences.allowFullNames;

  const paperParam = params.get('paper');
  const paper: PaperSize = isPaperSize(paperParam) ? paperParam : localPaper();
  const peopleParam = params.get('people') as Identification | null;
  const chosen = peopleParam && identifications.includes(peopleParam) ? peopleParam : 'codes';
  const identification: Identification = chosen === 'names' && !allowFullNames ? 'codes' : chosen;
  const languageParam = params.get('lang');
  const language: Language | undefined = isLanguage(languageParam) ? languageParam : undefined;

  // The router applies a change a moment later: a second choice made before then builds on the first.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [params]);

  function set(name: string, value: string | undefined) {
    const next = new URLSearchParams(pending.current ?? params);
    if (value === undefined) next.delete(name);
    else next.set(name, value);
    pending.current = next;
    setParams(next, { replace: true });
  }

  return {
    params,
    paper,
    identification,
    allowFullNames,
    language,
    setLanguage: (value: Language) => set('lang', value),
    setPaper: (value: PaperSize) => set('paper', value),
    setIdentification: (value: Identification) => set('people', value),
    set,
  };
}
