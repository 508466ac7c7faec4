import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { closeOnEscape } from '../../components/closeOnEscape';

/**
 * A panel opened from the session controls (Pause, Disclosure): its heading takes focus when it
 * opens, and Escape closes it (the runner returns focus to the button that opened it).
 */
export function RunPanel({
  id,
  heading,
  className,
  onClose,
  children,
}: {
  id: string;
  heading: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section id={id} className={`run-panel ${className}`} aria-labelledby={`${id}-heading`} onKeyDown={closeOnEscape(onClose)}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
