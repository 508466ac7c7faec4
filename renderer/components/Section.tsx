import type { ReactNode } from 'react';

/** A titled part of a screen: a region landmark named by its heading (h2 unless nested deeper). */
export function Section({
  id,
  heading,
  level = 2,
  className = 'section',
  children,
}: {
  id: string;
  heading: string;
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={id} className={className}>
      <Heading id={id}>{heading}</Heading>
      {children}
    </section>
  );
}
