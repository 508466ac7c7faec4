interface CheckboxFieldProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The section's save status, read out with the hint. */
  statusId: string;
}

/** A checkbox saved as soon as it changes, with a hint under it; the hint and the save status describe it. */
export function CheckboxField({ id, label, hint, checked, onChange, statusId }: CheckboxFieldProps) {
  return (
    <div className="field">
      <label className="checkbox">
        <input type="checkbox" checked={checked} aria-describedby={`${id}-hint ${statusId}`} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
