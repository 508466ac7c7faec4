import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../core/domain/workshop';
import { call } from '../../api';
import { formatLongDate, formatTimeRange } from '../../format/dates';
import { usePanels } from '../../components/usePanels';
import { sessionLabel } from './format';
import { CancelMeetingForm, MeetingSessionsForm, MoveMeetingForm, type Status } from './MeetingForms';
import { useWorkshop } from './WorkshopContext';

type MeetingAction = 'move' | 'cancel' | 'sessions';

/** One meeting of the schedule: when, what it covers, who it is for, and what can be done to it. */
export function MeetingItem({ meeting, number, status }: { meeting: Meeting; number: number | undefined; status: Status }) {
  const { t, i18n } = useTranslation();
  const { view, readOnly, apply, participants } = useWorkshop();
  const { workshop, today } = view;
  const panels = usePanels<MeetingAction>();
  const headingId = `meeting-${meeting.id}`;
  const cancelled = meeting.cancellation;
  const name = number === undefined ? t('workshop.schedule.cancelledMeeting') : t('workshop.schedule.meetingNumber', { number });
  const when = meeting.date === today ? 'today' : meeting.date < today ? 'past' : 'upcoming';
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });

  const className = ['workshop-meeting', `workshop-meeting--${when}`, cancelled ? 'workshop-meeting--cancelled' : ''].filter(Boolean).join(' ');
  const forWhom =
    meeting.kind === 'planned'
      ? null
      : meeting.participantIds
        ? t('workshop.schedule.forSome', {
            names: list.format(meeting.participantIds.map((id) => participants.get(id)?.code ?? t('workshop.roster.unknownParticipant'))),
          })
        : t('workshop.schedule.forEveryone');

  async function restore() {
    if (status.state.kind === 'saving') return;
    const outcome = await status.run(() => apply(call('meetings.restore', { workshopId: workshop.id, meetingId: meeting.id })));
    // "Restore" is gone once the meeting is back: keep the reading position on the meeting.
    if (outcome.ok) document.getElementById(headingId)?.focus();
  }

  // Only today's meeting offers Start; the others open to their page (a record, or the plan), less prominently.
  const held = workshop.runs.some((run) => run.meetingId === meeting.id && run.endedAt !== undefined);
  const startable = !readOnly && !held && when === 'today';
  const openLink = (
    <Link
      className={startable ? 'button button--primary' : 'button button--secondary'}
      to={`/workshops/${workshop.id}/meetings/${meeting.id}`}
      aria-describedby={headingId}
    >
      {startable ? t('workshop.schedule.start') : t('workshop.schedule.open')}
    </Link>
  );

  const actionButton = (action: MeetingAction, label: string) => (
    <button
      type="button"
      className="button button--secondary"
      ref={panels.buttonRef(action)}
      aria-expanded={panels.open === action}
      aria-describedby={headingId}
      onClick={() => panels.toggle(action)}
    >
      {label}
    </button>
  );

  return (
    <li className={className} aria-labelledby={headingId}>
      <div className="workshop-meeting-summary">
        <h3 id={headingId} className="workshop-meeting-heading" tabIndex={-1} ref={panels.fallbackRef}>
          <span className="workshop-meeting-number">{name}</span> <span className="workshop-meeting-date">{formatLongDate(meeting.date)}</span>
        </h3>
        <p className="workshop-meeting-time">
          <span className="workshop-meeting-struck">{formatTimeRange(meeting.startTime, meeting.minutes)}</span>
          {when === 'today' ? <span className="badge badge--accent">{t('workshop.schedule.today')}</span> : null}
          {held ? <span className="badge">{t('workshop.schedule.held')}</span> : null}
          {meeting.kind !== 'planned' ? <span className="badge">{t(`planning.meetingKind.${meeting.kind}`)}</span> : null}
        </p>
        {meeting.sessionIds.length > 0 ? (
          <ul className="workshop-meeting-sessions workshop-meeting-struck">
            {meeting.sessionIds.map((sessionId) => (
              <li key={sessionId}>{sessionLabel(t, workshop, sessionId, meeting.part)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('workshop.schedule.noSessions')}</p>
        )}
        {forWhom ? <p className="workshop-meeting-for">{forWhom}</p> : null}
        {cancelled ? (
          <p className="workshop-meeting-cancellation">
            <strong>{t('workshop.schedule.cancelledBecause', { reason: t(`planning.cancelReason.${cancelled.reason}`) })}</strong>
            {cancelled.note ? ` ${cancelled.note}` : null}
          </p>
        ) : null}
      </div>
      {readOnly ? (
        !cancelled && <div className="actions workshop-meeting-actions">{openLink}</div>
      ) : (
        <div className="actions workshop-meeting-actions">
          {cancelled ? null : openLink}
          {cancelled ? (
            <button type="button" className="button button--secondary" aria-describedby={headingId} onClick={() => void restore()}>
              {t('workshop.schedule.restore')}
            </button>
          ) : (
            <>
              {actionButton('move', t('workshop.schedule.move'))}
              {actionButton('sessions', t('workshop.schedule.changeSessions'))}
              {actionButton('cancel', t('workshop.schedule.cancel'))}
            </>
          )}
        </div>
      )}
      {panels.open && !readOnly ? (
        <div className="workshop-panel workshop-meeting-panel">
          {panels.open === 'move' ? <MoveMeetingForm meeting={meeting} name={name} status={status} onClose={panels.close} /> : null}
          {panels.open === 'cancel' ? <CancelMeetingForm meeting={meeting} name={name} status={status} onClose={panels.close} /> : null}
          {panels.open === 'sessions' ? <MeetingSessionsForm meeting={meeting} name={name} status={status} onClose={panels.close} /> : null}
        </div>
      ) : null}
    </li>
  );
}
