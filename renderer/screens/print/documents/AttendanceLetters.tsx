import { useTranslation } from 'react-i18next';
import type { AttendanceLetter, AttendanceLettersView } from '../../../../electron/api/records';
import { formatLongDate } from '../../../format/dates';
import { formatPercent } from '../../../format/numbers';
import { RecordFooter } from '../PrintPage';
import { Signatures } from './Signatures';

/**
 * One letter per page for a court, probation officer or school: dates and counts in neutral words.
 * It names the program generically and never says what the group is about.
 */
export function AttendanceLetters({ view }: { view: AttendanceLettersView }) {
  const { t } = useTranslation();
  if (!view.letters.length) return <p>{t('print.letter.nobody')}</p>;
  return (
    <>
      {view.letters.map((letter) => (
        <Letter key={letter.participantId} letter={letter} view={view} />
      ))}
    </>
  );
}

function Letter({ letter, view }: { letter: AttendanceLetter; view: AttendanceLettersView }) {
  const { t } = useTranslation();
  const { heading } = view;
  const organisation = heading.organisation || t('print.letter.organisationFallback');
  const who = t(`print.letter.who.${heading.identification}`, { label: letter.participant });
  const program = t('print.program');
  return (
    <article className="doc doc--page letter">
      <header className="letter-heading">
        {heading.organisation ? <p className="doc-organisation">{heading.organisation}</p> : null}
        <p>{formatLongDate(heading.madeOn)}</p>
      </header>
      <h2 className="doc-title">{t('print.letter.heading')}</h2>
      <p>{t('print.letter.greeting')}</p>
      <p>{t('print.letter.confirms', { who, program, organisation })}</p>
      <p>
        {letter.from && letter.to
          ? t('print.letter.attended', {
              from: formatLongDate(letter.from),
              to: formatLongDate(letter.to),
              held: letter.held,
              attended: letter.attended,
              percent: formatPercent(letter.held ? letter.attended / letter.held : 0),
            })
          : t('print.letter.noneHeld')}
      </p>
      <p>
        {letter.completed
          ? t('print.letter.completed', { sessions: letter.sessionsAttended, needed: letter.sessionsNeeded })
          : t('print.letter.notCompleted', { sessions: letter.sessionsAttended, needed: letter.sessionsNeeded })}
      </p>
      {letter.meetings.length ? (
        <table className="doc-table letter-table">
          <thead>
            <tr>
              <th scope="col">{t('print.letter.date')}</th>
              <th scope="col">{t('print.letter.present')}</th>
            </tr>
          </thead>
          <tbody>
            {letter.meetings.map((meeting) => (
              <tr key={meeting.date}>
                <td>{formatLongDate(meeting.date)}</td>
                <td>{meeting.attended ? t('print.letter.yes') : t('print.letter.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>{t('print.letter.closing')}</p>
      <p>{organisation}</p>
      <Signatures names={heading.signers} role={t('print.letter.signer')} />
      <RecordFooter identification={heading.identification} madeOn={heading.madeOn} />
    </article>
  );
}
