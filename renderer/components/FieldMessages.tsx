/**
 * A field's hint and error paragraphs, with the ids that `describedBy` points the control at.
 * `announceError` says the error aloud when it appears, for a field that keeps focus while it is retried.
 */
export function FieldMessages({
  id,
  hint,
  error,
  announceError = false,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
  announceError?: boolean;
}) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role={announceError ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </>
  );
}
