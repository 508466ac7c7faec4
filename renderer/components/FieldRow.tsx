import type { ReactNode } from 'react';
import './FieldRow.css';

/** Short fields side by side (date, time and length), wrapping on a narrow window. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="ui-field-row">{children}</div>;
}
