import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttendanceLetter, AttendanceLettersView } from '../../../../core/contract/records';
import type { Dates } from '../../../format/dates';
import { formatPercent } from '../../../format/numbers';
import { useDates } from '../../../format/useDates';
import { RecordFooter } from '../PrintPage';
import { contactParts } from './contact';
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

/** How many meetings were held while they were enrolled (one date when there was one) and how many they attended. */
function attendanceSentence(t: TFunction, dates: Dates, language: string, letter: AttendanceLetter): string {
  if (!letter.from || !letter.to) return t('print.letter.noneHeld');
  const held =
    letter.from === letter.to
      ? t('print.letter.heldOn', { count: letter.held, date: dates.longDate(letter.from) })
      : t('print.letter.heldBetween', { count: letter.held, from: dates.longDate(letter.from), to: dates.longDate(letter.to) });
  const attended =
    letter.held === 1
      ? t(letter.attended ? 'print.letter.attendedIt' : 'print.letter.missedIt')
      : t('print.letter.attendedOf', { attended: letter.attended, percent: formatPercent(letter.held ? letter.attended / letter.held : 0, language) });
  return `${held} ${attended}`;
}

function Letter({ letter, view }: { letter: AttendanceLetter; view: AttendanceLettersView }) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const { heading } = view;
  const contact = contactParts(heading.contact);
  const organisation = heading.organisation || t('print.letter.organisationFallback');
  const who = t(`print.letter.who.${heading.identification}`, { label: letter.participant });
  const program = t('print.program');
  return (
    <article className="doc doc--page doc-letter">
      <header className="doc-letter-heading">
        {heading.organisation ? <p className="doc-organisation">{heading.organisation}</p> : null}
        {contact.map((part) => (
          <p key={part} className="doc-letter-contact">
            {part}
          </p>
        ))}
        <p>{dates.longDate(heading.madeOn)}</p>
      </header>
      <h2 className="doc-title">{t('print.letter.heading')}</h2>
      <p>{t('print.letter.greeting')}</p>
      <p>{t('print.letter.confirms', { who, program, organisation })}</p>
      <p>{attendanceSentence(t, dates, i18n.language, letter)}</p>
      <p>{t(letter.completed ? 'print.letter.completed' : 'print.letter.notCompleted', { count: letter.sessionsNeeded, sessions: letter.sessionsAttended })}</p>
      {letter.meetings.length ? (
        <table className="doc-table doc-letter-table">
          <thead>
            <tr>
              <th scope="col">{t('print.letter.date')}</th>
              <th scope="col">{t('print.letter.present')}</th>
            </tr>
          </thead>
          <tbody>
            {letter.meetings.map((meeting) => (
              <tr key={meeting.date}>
                <td>{dates.longDate(meeting.date)}</td>
                <td>{meeting.attended ? t('print.letter.yes') : t('print.letter.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        {contact.length
          ? t('print.letter.closingWithContact', { contact: new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(contact) })
          : t('print.letter.closingWithoutContact')}
      </p>
      <p>{organisation}</p>
      <Signatures names={heading.signers} role={t('print.letter.signer')} />
      <RecordFooter identification={heading.identification} madeOn={heading.madeOn} />
    </article>
  );
}
