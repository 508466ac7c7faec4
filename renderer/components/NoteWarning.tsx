import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNoteConcerns, noteConcerns } from '../../core/domain/noteConcerns';

/**
 * Under a free-text note: a warning, as it is typed, when the note names someone on the roster or
 * reads like a quote. It never blocks saving; the field's own guidance stays above it.
 */
export function NoteWarning({ id, note, rosterCodes }: { id: string; note: string; rosterCodes: readonly string[] }) {
  const { t } = useTranslation();
  const concerns = useMemo(() => noteConcerns(note, rosterCodes), [note, rosterCodes]);
  return (
    <div id={id} aria-live="polite" className="note-warning">
      {hasNoteConcerns(concerns) ? (
        <>
          {concerns.codes.length > 0 ? <p>{t('notes.codes', { codes: concerns.codes.join(', '), count: concerns.codes.length })}</p> : null}
          {concerns.looksLikeQuote ? <p>{t('notes.quote')}</p> : null}
        </>
      ) : null}
    </div>
  );
}
