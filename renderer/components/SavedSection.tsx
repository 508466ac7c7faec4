import type { ReactNode, Ref } from 'react';
import type { SaveState } from '../data/useSaveStatus';
import { SaveStatus } from './SaveStatus';

interface SavedSectionProps {
  /** The heading's id, which names the section. */
  headingId: string;
  heading: string;
  /** The screen's look for the section (`settings-section`, `workshop-section`). */
  className: string;
  /** Whether the section's last change was saved, beside its heading. */
  status: SaveState;
  statusId?: string;
  /** For a heading that takes focus (e.g. after a removal): it becomes focusable. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/** A section of a screen whose changes are saved at once: its heading, with the save status beside it. */
export function SavedSection({ headingId, heading, className, status, statusId, headingRef, children }: SavedSectionProps) {
  return (
    <section className={className} aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId} tabIndex={headingRef ? -1 : undefined} ref={headingRef}>
          {heading}
        </h2>
        <SaveStatus state={status} id={statusId} />
      </div>
      {children}
    </section>
  );
}
