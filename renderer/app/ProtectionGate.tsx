import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ProtectionStatus } from '../../core/contract/protection';
import { call, LOCKED_EVENT, toApiError } from '../api';
import { ProtectionContext, type ProtectionStore } from './ProtectionContext';

// The first start and the lock screen are rare: loaded when needed, to keep the first paint small.
const FirstStartScreen = lazy(async () => ({ default: (await import('../screens/protection/FirstStartScreen')).FirstStartScreen }));
const UnlockScreen = lazy(async () => ({ default: (await import('../screens/protection/UnlockScreen')).UnlockScreen }));

type GateState = { step: 'asking' } | { step: 'ready'; status: ProtectionStatus } | { step: 'failed'; message: string };

/**
 * Nothing of the app renders until the data is open: at a first start the user chooses whether to
 * protect it; while it is locked only the unlock screen shows. Locking unmounts every screen, so no
 * record stays in the page.
 */
export function ProtectionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ step: 'asking' });

  const ask = useCallback(async () => {
    try {
      setState({ step: 'ready', status: await call('protection.status') });
    } catch (error) {
      setState({ step: 'failed', message: toApiError(error).message });
    }
  }, []);

  useEffect(() => {
    void ask();
    const recheck = () => void ask();
    window.addEventListener(LOCKED_EVENT, recheck);
    return () => window.removeEventListener(LOCKED_EVENT, recheck);
  }, [ask]);

  const setStatus = useCallback((status: ProtectionStatus) => setState({ step: 'ready', status }), []);
  const lock = useCallback(async () => {
    setStatus(await call('protection.lock'));
  }, [setStatus]);

  const store = useMemo<ProtectionStore | null>(() => (state.step === 'ready' ? { status: state.status, setStatus, lock } : null), [state, setStatus, lock]);

  if (state.step === 'asking') return null;
  if (state.step === 'failed') {
    return (
      <main className="gate-failed">
        <p role="alert">{state.message}</p>
      </main>
    );
  }
  const { status } = state;
  if (status.state === 'first-start') {
    return (
      <Suspense fallback={null}>
        <FirstStartScreen status={status} onDone={(result) => setStatus(result.status)} />
      </Suspense>
    );
  }
  if (status.state === 'locked') {
    return (
      <Suspense fallback={null}>
        <UnlockScreen status={status} onUnlocked={setStatus} />
      </Suspense>
    );
  }
  return <ProtectionContext.Provider value={store}>{children}</ProtectionContext.Provider>;
}
