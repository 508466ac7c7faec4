import { useTranslation } from 'react-i18next';
import type { CertificatesView } from '../../../../core/contract/records';
import { useDates } from '../../../format/useDates';
import { contactParts } from './contact';
import { Signatures } from './Signatures';

/** One certificate per page, in neutral words: the program is named generically, its subject never. */
export function Certificates({ view }: { view: CertificatesView }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { heading } = view;
  if (!view.certificates.length) return <p>{t('print.certificate.nobody')}</p>;
  const organisation = heading.organisation || t('print.letter.organisationFallback');
  const contact = contactParts(heading.contact);
  return (
    <>
      {view.certificates.map((certificate) => (
        <article className="doc doc--page doc-certificate" key={certificate.participantId}>
          <div className="doc-certificate-frame">
            {heading.organisation ? <p className="doc-certificate-organisation">{heading.organisation}</p> : null}
            <h2 className="doc-certificate-title">{t('print.certificate.heading')}</h2>
            <p>{t('print.certificate.certifies')}</p>
            <p className="doc-certificate-name">{certificate.participant}</p>
            <p>{t('print.certificate.completed', { program: t('print.program') })}</p>
            <p>{t('print.certificate.by', { organisation })},</p>
            <p>{t('print.certificate.details', { count: certificate.sessionsAttended, date: dates.longDate(certificate.completedOn) })}</p>
            <Signatures names={heading.signers} role={t('print.certificate.signer')} />
            {contact.length ? <p className="doc-certificate-contact">{contact.join(' · ')}</p> : null}
          </div>
        </article>
      ))}
    </>
  );
}
