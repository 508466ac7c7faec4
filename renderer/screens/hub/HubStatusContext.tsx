import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { HubStatus } from '../../../core/contract/hub';
import { call, toApiError } from '../../api';
import type { Loaded } from '../../data/useLoad';

/**
 * How often the shell asks main for the sync state and the members: they change on their own as the
 * hub is reached or lost and as facilitators join. Main answers from what its sync last learned,
 * without asking the hub, so asking every few seconds costs nothing on the network.
 */
export const HUB_STATUS_EVERY_MS = 5_000;

interface HubStatusStore {
  state: Loaded<HubStatus>;
  /** Asks main again (after moving screens, or on "Try again"). */
  refresh: () => void;
  /** Takes a newer status an action returned. */
  replace: (status: HubStatus) => void;
}

const HubStatusContext = createContext<HubStatusStore | null>(null);

/** The program hub's status for the whole shell: asked for at start, every little while, and after each action. */
export function HubStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Loaded<HubStatus>>({ status: 'loading' });
  // Answers may arrive out of order (a poll and an action): keep the one asked for last.
  const asked = useRef(0);

  const refresh = useCallback(() => {
    const order = ++asked.current;
    call('hub.status').then(
      (value) => {
        if (order === asked.current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (order === asked.current) setState({ status: 'failed', error: toApiError(error) });
      },
    );
  }, []);

  const replace = useCallback((value: HubStatus) => {
    asked.current++;
    setState({ status: 'ready', value });
  }, []);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, HUB_STATUS_EVERY_MS);
    // Any answer still on its way is dropped.
    const order = asked;
    return () => {
      clearInterval(timer);
      order.current++;
    };
  }, [refresh]);

  const store = useMemo(() => ({ state, refresh, replace }), [state, refresh, replace]);
  return <HubStatusContext.Provider value={store}>{children}</HubStatusContext.Provider>;
}

export function useHubStatus(): HubStatusStore {
  const store = useContext(HubStatusContext);
  if (!store) throw new Error('useHubStatus must be used inside <HubStatusProvider>.');
  return store;
}

/** The status once known; undefined while loading or when main cannot say. */
export function useKnownHubStatus(): HubStatus | undefined {
  const { state } = useHubStatus();
  return state.status === 'ready' ? state.value : undefined;
}
