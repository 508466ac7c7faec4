import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Settings } from '../../core/domain/settings';
import { call } from '../api';
import { applyLanguage } from '../i18n';
import { useLoad, type Loaded } from './useLoad';

export interface SettingsStore {
  state: Loaded<Settings>;
  retry: () => void;
  /**
   * Awaits a settings call (every settings channel returns the full saved Settings) and makes its
   * result everyone's settings. Rejects with an ApiError when the call fails.
   */
  apply: (work: Promise<Settings>) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsStore | null>(null);

const loadSettings = () => call('settings.get');

/** Loads the settings once for the whole app (shell, Settings screen, and later screens). */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const { state, retry, replace } = useLoad(loadSettings);
  const started = useRef(0);
  const accepted = useRef(0);

  const apply = useCallback(
    async (work: Promise<Settings>) => {
      const order = ++started.current;
      const settings = await work;
      // Two saves may answer out of order: keep the answer to the latest one.
      if (order > accepted.current) {
        accepted.current = order;
        replace(settings);
      }
      return settings;
    },
    [replace],
  );

  const language = state.status === 'ready' ? state.value.preferences.language : null;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

  const store = useMemo(() => ({ state, retry, apply }), [state, retry, apply]);
  return <SettingsContext.Provider value={store}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsStore {
  const store = useContext(SettingsContext);
  if (!store) throw new Error('useSettings() needs a <SettingsProvider> above it.');
  return store;
}
