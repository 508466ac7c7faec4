import type { ReactNode } from 'react';
import { CheckboxField } from '../../components/CheckboxField';
import { SavedSection } from '../../components/SavedSection';
import type { SaveState } from '../../data/useSaveStatus';

interface SavedCheckboxSectionProps {
  /** Names the section, its heading (`<id>-heading`), its save status (`<id>-status`) and the checkbox. */
  id: string;
  heading: string;
  label: string;
  hint: string;
  checked: boolean;
  status: SaveState;
  onChange: (checked: boolean) => void;
  /** What follows the checkbox, e.g. an offer made after it changed. */
  children?: ReactNode;
}

/** A Settings section that is one checkbox, saved as soon as it changes, with its save status beside the heading. */
export function SavedCheckboxSection({ id, heading, label, hint, checked, status, onChange, children }: SavedCheckboxSectionProps) {
  const statusId = `${id}-status`;
  return (
    <SavedSection headingId={`${id}-heading`} heading={heading} className="settings-section" status={status} statusId={statusId}>
      <CheckboxField id={id} label={label} hint={hint} checked={checked} statusId={statusId} onChange={onChange} />
      {children}
    </SavedSection>
  );
}
