import { useTranslation } from 'react-i18next';
import type { RecordHeading } from '../../../../core/contract/records';
import { useList } from '../../../format/useDates';

/** The top of a record about a workshop: organisation, what the record is, the workshop, module, site and facilitators. */
export function WorkshopHeading({ heading, title, children }: { heading: RecordHeading; title: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const list = useList();
  return (
    <header className="doc-heading">
      {heading.organisation ? <p className="doc-organisation">{heading.organisation}</p> : null}
      <h2 className="doc-title">{title}</h2>
      <p className="doc-workshop">
        <strong>{heading.workshopTitle}</strong> · {heading.moduleTitle}
        {heading.site ? ` · ${heading.site}` : null}
      </p>
      {children}
      {heading.facilitators.length ? <p className="doc-meta">{t('print.facilitators', { names: list(heading.facilitators) })}</p> : null}
    </header>
  );
}
