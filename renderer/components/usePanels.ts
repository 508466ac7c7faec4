import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * Which inline form of a group is open, and where focus goes back when it closes: the button that
 * opened it, or `fallback` when that button is gone (e.g. "Cancel…" after the meeting was cancelled).
 */
export function usePanels<K extends string>() {
  const [open, setOpen] = useState<K | null>(null);
  const openRef = useRef<K | null>(null);
  const buttons = useRef(new Map<K, HTMLElement>());
  const fallback = useRef<HTMLElement | null>(null);
  const returnTo = useRef<K | null>(null);

  useLayoutEffect(() => {
    openRef.current = open;
    if (open !== null || returnTo.current === null) return;
    const button = buttons.current.get(returnTo.current);
    returnTo.current = null;
    (button?.isConnected ? button : fallback.current)?.focus();
  }, [open]);

  const show = useCallback((key: K) => setOpen(key), []);
  const close = useCallback(() => {
    returnTo.current = openRef.current;
    setOpen(null);
  }, []);
  const toggle = useCallback((key: K) => (openRef.current === key ? close() : show(key)), [close, show]);
  const buttonRef = useCallback(
    (key: K) => (element: HTMLElement | null) => {
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    },
    [],
  );
  /** Where focus goes when the opening button is gone: attach to a heading with tabIndex -1. */
  const fallbackRef = useCallback((element: HTMLElement | null) => {
    fallback.current = element;
  }, []);
  return { open, show, close, toggle, buttonRef, fallbackRef };
}
