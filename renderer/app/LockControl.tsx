import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../data/SettingsProvider';
import { useIdleLockHeld } from './idleLockHold';
import { useProtection } from './ProtectionContext';

/** What counts as someone using the app. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** The key that locks at once: Ctrl+L (⌘L on a Mac). */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

/**
 * While protected data is open: locks after the idle time chosen in Settings (0 = only on demand),
 * except while a session runs (see idleLockHold), and on Ctrl+L. Shows the Lock button, in the sidebar, for locking by hand.
 */
export function LockControl() {
  const { t } = useTranslation();
  const { status, lock } = useProtection();
  const settings = useSettings();
  const protectedAndOpen = status.state === 'unlocked';
  const afterMinutes = settings.state.status === 'ready' ? settings.state.value.lock.afterMinutes : 0;
  const idleHeld = useIdleLockHeld();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!protectedAndOpen) return undefined;
    const lockNow = () => void lock();
    const restart = () => {
      clearTimeout(timer.current);
      if (afterMinutes > 0 && !idleHeld) timer.current = setTimeout(lockNow, afterMinutes * 60_000);
    };
    restart();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer.current);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, restart);
    };
  }, [protectedAndOpen, afterMinutes, idleHeld, lock]);

  // A layout effect, so Ctrl+L works from the first frame the unlocked app is seen, not one frame later.
  useLayoutEffect(() => {
    if (!protectedAndOpen) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      void lock();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [protectedAndOpen, lock]);

  if (!protectedAndOpen) return null;
  return (
    <button type="button" className="lock-button" onClick={() => void lock()} aria-keyshortcuts="Control+L">
      {t('lock.button')}
      <span className="lock-shortcut" aria-hidden="true">
        {t('lock.shortcut')}
      </span>
    </button>
  );
}
