import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { WorkshopView } from '../../../electron/api/planning';
import { activityStarts } from '../../../electron/domain/curriculum/library';
import type { Session } from '../../../electron/domain/curriculum/schema';
import type { Meeting } from '../../../electron/domain/workshop';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { formatLongDate, formatTime, formatTimeRange } from '../../format/dates';
import { useLoad } from '../../data/useLoad';
import { ActivityItem, LocalResources, PlanList } from '../curricula/SessionParts';
import { meetingNumbers, sessionLabel } from './format';
import { WithWorkshop } from './WithWorkshop';
import './workshop.css';

/**
 * The plan for one meeting, from the module exactly as the workshop was planned: every session it
 * covers with its run-of-show, timed from the meeting's start. Loads Markdown: route it lazily.
 */
export function MeetingScreen() {
  const { workshopId = '', meetingId = '' } = useParams();
  const load = useCallback(() => call('workshops.get', { workshopId }), [workshopId]);
  const { state, retry } = useLoad(load);
  return (
    <WithWorkshop state={state} retry={retry}>
      {(view) => <MeetingPage view={view} meetingId={meetingId} />}
    </WithWorkshop>
  );
}

function MeetingPage({ view, meetingId }: { view: WorkshopView; meetingId: string }) {
  const { t } = useTranslation();
  const { workshop } = view;
  const meeting = workshop.meetings.find((candidate) => candidate.id === meetingId);
  const back = (
    <p className="workshop-back">
      <Link to={`/workshops/${workshop.id}`}>{t('workshop.meeting.back', { title: workshop.title })}</Link>
    </p>
  );

  if (!meeting) {
    return (
      <Screen title={t('workshop.meeting.notFound')}>
        <p>{t('workshop.meeting.notFoundHelp')}</p>
        {back}
      </Screen>
    );
  }

  const number = meetingNumbers(workshop.meetings).get(meeting.id);
  const title =
    number === undefined ? t('workshop.meeting.cancelledTitle', { workshop: workshop.title }) : t('workshop.meeting.title', { workshop: workshop.title, number });
  return (
    <Screen title={title} wide>
      <nav aria-label={t('workshop.breadcrumb')} className="breadcrumb">
        <Link to="/workshops">{t('nav.workshops')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
      </nav>
      <MeetingFacts view={view} meeting={meeting} />
      {meeting.cancellation ? (
        <p className="notice-inline">
          <strong>{t('workshop.schedule.cancelledBecause', { reason: t(`planning.cancelReason.${meeting.cancellation.reason}`) })}</strong>
          {meeting.cancellation.note ? ` ${meeting.cancellation.note}` : null}
        </p>
      ) : null}
      {meeting.sessionIds.length === 0 ? <p className="muted">{t('workshop.schedule.noSessions')}</p> : null}
      <SessionPlans view={view} meeting={meeting} />
      {meeting.sessionIds.length > 0 ? <LocalResources id="meeting-resources" /> : null}
      {back}
    </Screen>
  );
}

function MeetingFacts({ view, meeting }: { view: WorkshopView; meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const { workshop } = view;
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const facilitators = workshop.facilitators.map((facilitator) =>
    t('workshop.details.facilitatorWithRole', { name: facilitator.name, role: t(`settings.roles.${facilitator.role}`) }),
  );
  return (
    <>
      <p className="lead workshop-meeting-lead">
        {formatLongDate(meeting.date)} · {formatTimeRange(meeting.startTime, meeting.minutes)}
        {meeting.date === view.today ? <span className="badge badge--accent">{t('workshop.schedule.today')}</span> : null}
      </p>
      <dl className="facts workshop-facts">
        <div>
          <dt>{t('workshop.details.site')}</dt>
          <dd>{workshop.site ? workshop.site.name : <span className="muted">{t('workshop.details.noSite')}</span>}</dd>
        </div>
        <div>
          <dt>{t('workshop.details.facilitators')}</dt>
          <dd>{facilitators.length > 0 ? list.format(facilitators) : <span className="muted">{t('workshop.details.noFacilitators')}</span>}</dd>
        </div>
        <div>
          <dt>{t('workshop.meeting.sessions')}</dt>
          <dd>{meeting.sessionIds.length > 0 ? list.format(meeting.sessionIds.map((id) => sessionLabel(t, workshop, id, meeting.part))) : '—'}</dd>
        </div>
        <div>
          <dt>{t('workshop.details.module')}</dt>
          <dd>{t('workshop.details.moduleVersion', { title: workshop.module.title, version: workshop.module.version })}</dd>
        </div>
      </dl>
    </>
  );
}

/** Each session the meeting covers, timed one after the other from the meeting's start. */
function SessionPlans({ view, meeting }: { view: WorkshopView; meeting: Meeting }) {
  const { workshop } = view;
  const sessions = meeting.sessionIds
    .map((id) => workshop.module.sessions.find((session) => session.id === id))
    .filter((session): session is Session => session !== undefined);
  const offsets = activityStarts(sessions);
  return (
    <>
      {sessions.map((session, index) => (
        <SessionPlan key={session.id} view={view} meeting={meeting} session={session} offset={offsets[index] ?? 0} />
      ))}
    </>
  );
}

function SessionPlan({ view, meeting, session, offset }: { view: WorkshopView; meeting: Meeting; session: Session; offset: number }) {
  const { t } = useTranslation();
  const starts = activityStarts(session.activities);
  const headingId = `plan-${session.id}`;
  const [hours = 0, minutes = 0] = meeting.startTime.split(':').map(Number);
  const meetingStart = hours * 60 + minutes;
  const at = (minute: number) => {
    const total = (meetingStart + offset + minute) % (24 * 60);
    return formatTime(`${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`);
  };

  return (
    <section className="workshop-session-plan" aria-labelledby={headingId}>
      <h2 id={headingId}>{sessionLabel(t, view.workshop, session.id, meeting.part)}</h2>
      <p className="muted">
        {t('curricula.minutes', { count: session.minutes })}
        {meeting.part ? ` · ${t(meeting.part === 1 ? 'workshop.meeting.part1Help' : 'workshop.meeting.part2Help')}` : ''}
      </p>
      {session.summary ? <p>{session.summary}</p> : null}
      <aside className="content-notice" aria-labelledby={`${headingId}-notice`}>
        <h3 id={`${headingId}-notice`}>{t('curricula.session.contentNotice')}</h3>
        <p>{session.contentNotice}</p>
      </aside>
      <div className="plan-columns">
        <PlanList level={3} id={`${headingId}-objectives`} heading={t('curricula.session.objectives')} items={session.objectives} />
        <PlanList level={3} id={`${headingId}-materials`} heading={t('curricula.session.materials')} items={session.materials} empty={t('curricula.session.noMaterials')} />
        <PlanList level={3} id={`${headingId}-preparation`} heading={t('curricula.session.preparation')} items={session.preparation} empty={t('curricula.session.noPreparation')} />
      </div>
      <h3 id={`${headingId}-run`}>{t('curricula.session.runOfShow')}</h3>
      <ol className="run-of-show" aria-labelledby={`${headingId}-run`}>
        {session.activities.map((activity, index) => {
          const start = starts[index] ?? 0;
          // Half of a split session starts wherever the last meeting stopped: only offsets then.
          const clockTime = meeting.part ? undefined : at(start);
          return <ActivityItem key={activity.id} id={`${headingId}-${activity.id}`} level={4} activity={activity} start={start} clockTime={clockTime} />;
        })}
      </ol>
    </section>
  );
}
