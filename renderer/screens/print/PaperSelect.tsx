import { useTranslation } from 'react-i18next';
import type { PaperSize } from './paper';

/** US Letter or A4: the page's `paper--` class follows it, and with it the printed page size. */
export function PaperSelect({ id, paper, onChange }: { id: string; paper: PaperSize; onChange: (paper: PaperSize) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field doc-field">
      <label htmlFor={id}>{t('print.toolbar.paper')}</label>
      <select id={id} value={paper} onChange={(event) => onChange(event.target.value as PaperSize)}>
        <option value="letter">{t('print.toolbar.papers.letter')}</option>
        <option value="a4">{t('print.toolbar.papers.a4')}</option>
      </select>
    </div>
  );
}
