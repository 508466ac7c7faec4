import { useTranslation } from 'react-i18next';
import type { AttendanceSummaryView } from '../../../../core/contract/records';
import { formatPercent } from '../../../format/numbers';
import { useDates, useList } from '../../../format/useDates';
import { RecordFooter } from '../PrintPage';
import { sessionText } from './sessionRefs';
import { WorkshopHeading } from './WorkshopHeading';

/** Meetings in one table before the page turns landscape. */
export const PORTRAIT_MEETINGS = 10;

/** The workshop's marks on paper: a column per meeting (M1, M2…, explained under the table), totals and completion. */
export function AttendanceSummary({ view }: { view: AttendanceSummaryView }) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const list = useList();
  const held = view.meetings.filter((meeting) => meeting.state === 'held').length;
  const cancelled = view.meetings.filter((meeting) => meeting.state === 'cancelled').length;
  const { needed, of, required } = view.completion;
  return (
    <article className="doc">
      <WorkshopHeading heading={view.heading} title={t('print.summary.title')}>
        <p className="doc-meta">{t('print.summary.counts', { held, meetings: view.meetings.length, cancelled, people: view.rows.length })}</p>
        <p className="doc-meta">
          {required.length ? t('print.summary.ruleRequired', { needed, of, required: list(required.map(String)) }) : t('print.summary.rule', { needed, of })}
        </p>
      </WorkshopHeading>
      <table className="doc-table doc-summary-table">
        <thead>
          <tr>
            <th scope="col" className="doc-summary-person">
              {t('print.summary.participant')}
            </th>
            {view.meetings.map((meeting) => (
              <th scope="col" key={meeting.number} className={`doc-summary-cell doc-summary-cell--${meeting.state}`}>
                {t('print.summary.meeting', { number: meeting.number })}
              </th>
            ))}
            <th scope="col" className="doc-summary-total">
              {t('print.summary.attended')}
            </th>
            <th scope="col" className="doc-summary-total">
              {t('print.summary.held')}
            </th>
            <th scope="col" className="doc-summary-total">
              {t('print.summary.percent')}
            </th>
            <th scope="col">{t('print.summary.completion')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.participant}>
              <th scope="row" className="doc-summary-person">
                {row.participant}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={`doc-summary-cell doc-summary-cell--${view.meetings[index]!.state}`}>
                  {cell}
                </td>
              ))}
              <td className="doc-summary-total">{row.attended}</td>
              <td className="doc-summary-total">{row.heldWhileEnrolled}</td>
              <td className="doc-summary-total">{row.share === undefined ? '' : formatPercent(row.share, i18n.language)}</td>
              <td className="doc-summary-state">{t(`print.summary.states.${row.completion}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="doc-key" aria-label={t('print.summary.legend')}>
        <h3>{t('print.summary.legend')}</h3>
        <p>
          {view.legend.map((entry) => `${entry.code} ${entry.label}`).join(' · ')}
          {view.legend.length ? ' · ' : ''}
          {t('print.summary.notExpected')} · {t('print.summary.blank')}
        </p>
        <h3>{t('print.summary.meetingsKey')}</h3>
        <ol className="doc-summary-meetings">
          {view.meetings.map((meeting) => (
            <li key={meeting.number}>
              <strong>{t('print.summary.meeting', { number: meeting.number })}</strong> {dates.shortDate(meeting.date, true)}
              {meeting.sessions.length ? ` — ${meeting.sessions.map((session) => sessionText(t, session)).join('; ')}` : ''}
              {meeting.state === 'cancelled' ? ` (${t('print.summary.cancelled')})` : ''}
            </li>
          ))}
        </ol>
      </section>
      <RecordFooter identification={view.heading.identification} madeOn={view.heading.madeOn} />
    </article>
  );
}
