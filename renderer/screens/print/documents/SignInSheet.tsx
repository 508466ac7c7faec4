import { useTranslation } from 'react-i18next';
import type { SignInSheetView } from '../../../../core/contract/records';
import { useDates } from '../../../format/useDates';
import { RecordFooter } from '../PrintPage';
import { sessionText } from './sessionRefs';
import { WorkshopHeading } from './WorkshopHeading';

/** A sheet to sign at the door: everyone expected, a blank line to sign and the time in, and spare lines. */
export function SignInSheet({ view }: { view: SignInSheetView }) {
  const { t } = useTranslation();
  const dates = useDates();
  const lines = [...view.people, ...Array.from({ length: view.spareLines }, () => '')];
  return (
    <article className="doc">
      <WorkshopHeading heading={view.heading} title={t('print.signIn.title')}>
        <p className="doc-meta">
          <strong>{dates.longDate(view.date)}</strong> · {dates.time(view.startTime)}–{dates.time(view.endTime)}
        </p>
        {view.sessions.map((session) => (
          <p className="doc-meta" key={`${session.number}-${session.part ?? 0}`}>
            {sessionText(t, session)}
          </p>
        ))}
      </WorkshopHeading>
      {view.people.length === 0 ? <p>{t('print.signIn.nobody')}</p> : null}
      <table className="doc-table doc-sign-in-table">
        <thead>
          <tr>
            <th scope="col" className="doc-sign-in-number">
              {t('print.signIn.number')}
            </th>
            <th scope="col" className="doc-sign-in-person">
              {t('print.signIn.participant')}
            </th>
            <th scope="col">{t('print.signIn.signature')}</th>
            <th scope="col" className="doc-sign-in-time">
              {t('print.signIn.timeIn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((person, index) => (
            <tr key={index}>
              <td className="doc-sign-in-number">{index + 1}</td>
              <td className="doc-sign-in-person">{person}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="doc-note">{t('print.signIn.spare')}</p>
      <RecordFooter identification={view.heading.identification} madeOn={view.heading.madeOn} />
    </article>
  );
}
