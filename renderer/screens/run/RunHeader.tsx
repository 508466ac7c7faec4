import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { formatLongDate, formatTimeRange } from '../../format/dates';
import { facilitatorWithRoles } from '../workshops/roles';
import { instantRange, sessionTitle, timeOfInstant, type RunPhase } from './runFormat';

/** When, which sessions, where, who, and whether the session has started or was held. */
export function RunFacts({ view, phase, statusRef }: { view: MeetingRunView; phase: RunPhase; statusRef?: Ref<HTMLElement> }) {
  const { t, i18n } = useTranslation();
  const { workshop, meeting, run } = view;
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const sessions = meeting.sessionIds
    .map((id) => workshop.module.sessions.find((session) => session.id === id))
    .filter((session) => session !== undefined)
    .map((session) => sessionTitle(t, session, meeting.part));
  const facilitators = workshop.facilitators.map((facilitator) => facilitatorWithRoles(t, facilitator));
  const at = (iso: string) => timeOfInstant(iso, workshop.timeZone);
  let status = t('run.status.notStarted');
  if (run && phase === 'running') status = t('run.status.running', { start: at(run.startedAt) });
  if (run?.endedAt) status = t('run.status.held', { range: instantRange(run.startedAt, run.endedAt, workshop.timeZone) });

  return (
    <dl className="facts run-facts">
      <div>
        <dt>{t('run.facts.when')}</dt>
        <dd>
          {formatLongDate(meeting.date)} · {formatTimeRange(meeting.startTime, meeting.minutes)}
          {meeting.date === view.today ? <span className="badge badge--accent run-today">{t('workshop.schedule.today')}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t('run.facts.sessions')}</dt>
        <dd>{sessions.length > 0 ? list.format(sessions) : <span className="muted">{t('run.facts.noSessions')}</span>}</dd>
      </div>
      <div>
        <dt>{t('run.facts.site')}</dt>
        <dd>{workshop.site ? workshop.site.name : <span className="muted">{t('run.facts.noSite')}</span>}</dd>
      </div>
      <div>
        <dt>{t('run.facts.facilitators')}</dt>
        <dd>{facilitators.length > 0 ? list.format(facilitators) : <span className="muted">{t('run.facts.noFacilitators')}</span>}</dd>
      </div>
      {meeting.cancellation ? null : (
        <div>
          <dt>{t('run.facts.status')}</dt>
          <dd>
            <span ref={statusRef} tabIndex={-1} className={`run-phase run-phase--${phase}`}>
              {status}
            </span>
          </dd>
        </div>
      )}
    </dl>
  );
}
