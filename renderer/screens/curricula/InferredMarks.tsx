import { useTranslation } from 'react-i18next';
import type { InferredMark } from '../../../core/domain/curriculum/schema';

/** The marks on a field or anything inside it: `audiences[0]` takes `audiences[0].ages` too. */
export function marksAt(marks: readonly InferredMark[], at: string): InferredMark[] {
  return marks.filter((mark) => mark.path === at || mark.path.startsWith(`${at}.`) || mark.path.startsWith(`${at}[`));
}

/** An "inferred" badge, with the author's note, beside a field that is not public fact. */
export function InferredMarks({ marks, at }: { marks: readonly InferredMark[]; at: string }) {
  const { t } = useTranslation();
  const here = marksAt(marks, at);
  if (here.length === 0) return null;
  const notes = here.flatMap((mark) => (mark.note ? [mark.note] : []));
  return (
    <span className="inferred-mark">
      {' '}
      <span className="badge badge--muted">{t('curricula.inferredMarks.badge')}</span>
      {notes.length > 0 ? <span className="muted"> {notes.join(' ')}</span> : null}
    </span>
  );
}
