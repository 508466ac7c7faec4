import { useTranslation } from 'react-i18next';
import type { PreviewMeeting } from '../../../core/contract/planning';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { formatShortDate, formatTimeRange } from '../../format/dates';

/** The dated meetings a plan creates: number, date, time and the sessions each covers. */
export function MeetingTable({ meetings, module, caption }: { meetings: readonly PreviewMeeting[]; module: CurriculumModule | undefined; caption: string }) {
  const { t } = useTranslation();
  const sessionsById = new Map(module?.sessions.map((session) => [session.id, session]) ?? []);
  return (
    <div className="plan-table-wrap">
      <table className="plan-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshops.plan.preview.number')}</th>
            <th scope="col">{t('workshops.plan.preview.date')}</th>
            <th scope="col">{t('workshops.plan.preview.time')}</th>
            <th scope="col">{t('workshops.plan.preview.sessions')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting, index) => (
            <tr key={`${meeting.date}-${meeting.startTime}-${index}`}>
              <td className="plan-table-number">{index + 1}</td>
              <th scope="row" className="plan-table-date">
                {formatShortDate(meeting.date, true)}
              </th>
              <td className="plan-table-time">{formatTimeRange(meeting.startTime, meeting.minutes)}</td>
              <td>
                {meeting.sessionIds.length === 0 ? (
                  <span className="muted">{t('workshops.plan.preview.noSession')}</span>
                ) : (
                  <ul className="plan-table-sessions">
                    {meeting.sessionIds.map((id) => {
                      const session = sessionsById.get(id);
                      return (
                        <li key={id}>
                          {session ? t('curricula.sessionTitle', { number: session.number, title: session.title }) : id}
                          {meeting.part ? <span className="muted"> · {t('planning.part', { part: meeting.part })}</span> : null}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
