import type { ReactNode } from 'react';

/** Date, time and length side by side. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="workshop-field-row">{children}</div>;
}
