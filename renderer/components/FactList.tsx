import type { ReactNode } from 'react';

/** Terms and their values as a description list, each pair in a <div> (which the styles lay out as a row or a grid). */
export function FactList({ facts, className }: { facts: readonly (readonly [term: string, value: ReactNode])[]; className: string }) {
  return (
    <dl className={className}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
