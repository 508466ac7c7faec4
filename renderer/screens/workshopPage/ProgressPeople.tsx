import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompletionState, ParticipantProgress, ProgressView } from '../../../core/contract/running';
import { formatShortDate, formatTime } from '../../format/dates';
import { usePanels } from '../../components/usePanels';
import { sessionLabel, shortName } from './format';
import type { Status } from './MeetingForms';
import { percentOf, requiredToAttend, stateCounts, type RequiredToAttend } from './progressFormat';
import { ProgressMakeUpForm } from './ProgressMakeUpForm';
import { useWorkshop } from './WorkshopContext';

interface ProgressPeopleProps {
  progress: ProgressView;
  /** In the order to show them. */
  participants: readonly ParticipantProgress[];
  status: Status;
}

/** Who is on track to complete: each participant's attendance and state, and the required sessions they still need. */
export function ProgressPeople({ progress, participants, status }: ProgressPeopleProps) {
  const { t } = useTranslation();
  return (
    <div className="workshop-progress-people-part">
      <h3>{t('progress.people.heading')}</h3>
      {participants.length === 0 ? (
        <p className="empty">{t('progress.people.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('progress.people.intro')}</p>
          <p className="workshop-progress-counts">
            {stateCounts(participants)
              .map(([state, count]) => t(`progress.people.counts.${state}`, { count }))
              .join(' · ')}
          </p>
          <ul className="record-list workshop-progress-people">
            {participants.map((participant) => (
              <Person key={participant.participantId} progress={progress} participant={participant} status={status} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function StateBadge({ state }: { state: CompletionState }) {
  const { t } = useTranslation();
  return <span className={`badge workshop-progress-state workshop-progress-state--${state}`}>{t(`progress.state.${state}`)}</span>;
}

function Person({ progress, participant, status }: { progress: ProgressView; participant: ParticipantProgress; status: Status }) {
  const { t } = useTranslation();
  const { view, participants } = useWorkshop();
  const nameId = `progress-${participant.participantId}`;
  const name = participants.has(participant.participantId) ? shortName(participants.get(participant.participantId), t) : participant.code;
  // Someone who left can no longer make anything up: their missed sessions are a record only.
  const needed: RequiredToAttend[] = participant.current
    ? requiredToAttend(progress, participant, view.workshop, view.today)
    : participant.missedRequired.map((sessionId) => ({ sessionId, reason: 'missed' }));

  return (
    <li className={`record workshop-progress-person ${participant.current ? '' : 'workshop-progress-person--left'}`} aria-labelledby={nameId}>
      <span id={nameId} className="record-name workshop-code">
        {name}
      </span>
      <span>
        <StateBadge state={participant.state} />
      </span>
      <p className="record-detail">
        {participant.current ? null : (
          <>
            <span className="workshop-progress-person-left">{t('progress.people.left')}</span>
            {' · '}
          </>
        )}
        {participant.share === undefined || participant.heldWhileEnrolled === 0
          ? t('progress.people.noneHeld')
          : t('progress.people.attended', { attended: participant.attended, count: participant.heldWhileEnrolled, percent: percentOf(participant.share) })}
      </p>
      {needed.length > 0 ? (
        <div className="workshop-progress-missed">
          <p className="workshop-progress-missed-label">{t(participant.current ? 'progress.people.toAttend' : 'progress.people.missedLeft')}</p>
          <ul className="workshop-progress-missed-list">
            {needed.map((entry) => (
              <RequiredSession key={entry.sessionId} participant={participant} nameId={nameId} entry={entry} status={status} />
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

const reasonLabels = {
  missed: 'progress.people.missed',
  'before-joined': 'progress.people.beforeJoined',
  'no-meeting': 'progress.people.noMeeting',
} as const satisfies Record<RequiredToAttend['reason'], string>;

interface RequiredSessionProps {
  participant: ParticipantProgress;
  nameId: string;
  entry: RequiredToAttend;
  status: Status;
}

/** One required session still to attend: the make-up already planned, or a way to plan one. */
function RequiredSession({ participant, nameId, entry, status }: RequiredSessionProps) {
  const { t } = useTranslation();
  const { view, readOnly } = useWorkshop();
  const panels = usePanels<'make-up'>();
  const { sessionId, planned } = entry;
  const sessionTextId = `${nameId}-${sessionId}`;
  const canPlan = participant.current && !readOnly && !planned;

  return (
    <li className="workshop-progress-missed-item">
      <div className="workshop-progress-missed-row">
        <span id={sessionTextId} className="workshop-progress-missed-session" tabIndex={-1} ref={panels.fallbackRef}>
          {sessionLabel(t, view.workshop, sessionId)} <span className="workshop-progress-missed-reason">({t(reasonLabels[entry.reason])})</span>
        </span>
        {planned ? (
          <span className="workshop-progress-planned">
            <Trans
              i18nKey="progress.people.planned"
              values={{ date: formatShortDate(planned.date), time: formatTime(planned.startTime) }}
              components={{ meetingLink: <Link to={`/workshops/${view.workshop.id}/meetings/${planned.id}`} /> }}
            />
          </span>
        ) : null}
        {canPlan ? (
          <button
            type="button"
            className="button button--secondary workshop-progress-make-up-button"
            ref={panels.buttonRef('make-up')}
            aria-expanded={panels.open === 'make-up'}
            aria-describedby={`${nameId} ${sessionTextId}`}
            onClick={() => panels.toggle('make-up')}
          >
            {t('progress.people.makeUp')}
          </button>
        ) : null}
      </div>
      {panels.open === 'make-up' && canPlan ? (
        <div className="workshop-panel">
          <ProgressMakeUpForm participantId={participant.participantId} code={participant.code} sessionId={sessionId} status={status} onClose={panels.close} />
        </div>
      ) : null}
    </li>
  );
}
