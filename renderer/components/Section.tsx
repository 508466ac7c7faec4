import type { ReactNode } from 'react';

/** A titled part of a screen: a region landmark named by its h2. */
export function Section({ id, heading, className = 'section', children }: { id: string; heading: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
