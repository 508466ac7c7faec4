import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkshopSummary } from '../../../core/contract/planning';
import type { Participant } from '../../../core/domain/participants';
import type { Enrolment } from '../../../core/domain/workshop';
import { SavedSection } from '../../components/SavedSection';
import { formatShortDate } from '../../format/dates';
import { useSaveStatus } from '../../data/useSaveStatus';
import { usePanels } from '../../components/usePanels';
import { currentEnrolments, pastEnrolments } from './format';
import type { Status } from './MeetingForms';
import { EnrolForm, ExitForm, MoveParticipantForm } from './RosterForms';
import { RosterImport } from './RosterImport';
import { useWorkshop } from './WorkshopContext';

type RosterPanel = 'enrol' | 'import';
const rosterPanels = [
  ['enrol', 'workshop.roster.add'],
  ['import', 'workshop.roster.import'],
] as const satisfies readonly (readonly [RosterPanel, string])[];

/** Who is on the roster now, adding people (one by one or from a CSV file), and who has left. */
export function RosterSection() {
  const { t } = useTranslation();
  const { view, readOnly, participants } = useWorkshop();
  const status = useSaveStatus();
  const panels = usePanels<RosterPanel>();
  const [moved, setMoved] = useState<{ code: string; to: WorkshopSummary } | null>(null);
  const current = currentEnrolments(view.workshop, participants);
  // Someone who leaves is no longer in the list: keep the reading position at the roster's heading.
  const focusHeading = () => document.getElementById('roster-heading')?.focus();
  const past = pastEnrolments(view.workshop);

  return (
    <SavedSection
      headingId="roster-heading"
      heading={t('workshop.roster.heading')}
      className="workshop-section"
      status={status.state}
      headingRef={panels.fallbackRef}
    >
      <p role="status" className="workshop-moved">
        {moved ? (
          <Trans
            i18nKey="workshop.roster.moved"
            values={{ code: moved.code, title: moved.to.title }}
            components={{ workshopLink: <Link to={`/workshops/${moved.to.id}`} /> }}
          />
        ) : null}
      </p>
      <p className="muted">{t('workshop.roster.count', { count: current.length })}</p>
      {current.length === 0 ? null : (
        <ul className="record-list workshop-roster">
          {current.map((enrolment) => (
            <CurrentParticipant
              key={`${enrolment.participantId}-${enrolment.enrolledOn}`}
              enrolment={enrolment}
              status={status}
              onLeft={focusHeading}
              onMoved={(to) => {
                setMoved({ code: participants.get(enrolment.participantId)?.code ?? '', to });
                focusHeading();
              }}
            />
          ))}
        </ul>
      )}

      {readOnly ? null : (
        <>
          <div className="toolbar workshop-roster-tools">
            {rosterPanels.map(([panel, label]) => (
              <button
                key={panel}
                type="button"
                className="button button--secondary"
                ref={panels.buttonRef(panel)}
                aria-expanded={panels.open === panel}
                onClick={() => {
                  setMoved(null);
                  panels.toggle(panel);
                }}
              >
                {t(label)}
              </button>
            ))}
          </div>
          {panels.open === 'enrol' ? (
            <div className="workshop-panel">
              <EnrolForm status={status} onClose={panels.close} />
            </div>
          ) : null}
          {panels.open === 'import' ? (
            <div className="workshop-panel">
              <RosterImport status={status} onClose={panels.close} />
            </div>
          ) : null}
        </>
      )}

      {past.length > 0 ? (
        <div className="workshop-past">
          <h3>{t('workshop.roster.past')}</h3>
          <ul className="record-list">
            {past.map((enrolment) => (
              <PastParticipant key={`${enrolment.participantId}-${enrolment.enrolledOn}`} enrolment={enrolment} />
            ))}
          </ul>
        </div>
      ) : null}
    </SavedSection>
  );
}

/** Code first, then initials, pronouns and (when allowed) the full name. */
function Identity({ participant }: { participant: Participant | undefined }) {
  const { t } = useTranslation();
  const { allowFullNames } = useWorkshop();
  if (!participant) return <span className="record-name">{t('workshop.roster.unknownParticipant')}</span>;
  const details = [participant.initials, participant.pronouns, allowFullNames ? participant.fullName : undefined].filter(Boolean);
  return (
    <>
      <span className="record-name workshop-code">{participant.code}</span>
      {details.map((detail) => (
        <span key={detail} className="workshop-identity-detail">
          {' · '}
          {detail}
        </span>
      ))}
    </>
  );
}

/** "moved from <workshop>" or "Moved to <workshop>", the workshop a link to its page. */
function MovedLink({ i18nKey, workshopId }: { i18nKey: 'workshop.roster.movedFrom' | 'workshop.roster.movedTo'; workshopId: string }) {
  const { t } = useTranslation();
  const { workshopTitles } = useWorkshop();
  const title = workshopTitles.get(workshopId) ?? t('workshop.roster.anotherWorkshop');
  return <Trans i18nKey={i18nKey} values={{ title }} components={{ workshopLink: <Link to={`/workshops/${workshopId}`} /> }} />;
}

interface CurrentParticipantProps {
  enrolment: Enrolment;
  status: Status;
  /** After an exit or a move, when this row is about to go. */
  onLeft: () => void;
  onMoved: (to: WorkshopSummary) => void;
}

function CurrentParticipant({ enrolment, status, onLeft, onMoved }: CurrentParticipantProps) {
  const { t } = useTranslation();
  const { readOnly, participants } = useWorkshop();
  const panels = usePanels<'exit' | 'move'>();
  const participant = participants.get(enrolment.participantId);
  const nameId = `participant-${enrolment.participantId}`;

  const actionButton = (action: 'exit' | 'move', label: string) => (
    <button
      type="button"
      className="button button--secondary"
      ref={panels.buttonRef(action)}
      aria-expanded={panels.open === action}
      aria-describedby={nameId}
      onClick={() => panels.toggle(action)}
    >
      {label}
    </button>
  );

  return (
    <li className="record workshop-participant" aria-labelledby={nameId}>
      <div className="record-summary">
        <p id={nameId}>
          <Identity participant={participant} />
        </p>
        <p className="record-detail">
          {t('workshop.roster.enrolledOn', { date: formatShortDate(enrolment.enrolledOn, true) })}
          {enrolment.fromWorkshopId ? (
            <>
              {' · '}
              <MovedLink i18nKey="workshop.roster.movedFrom" workshopId={enrolment.fromWorkshopId} />
            </>
          ) : null}
        </p>
      </div>
      {readOnly ? null : (
        <div className="actions record-actions">
          {actionButton('exit', t('workshop.roster.exit'))}
          {actionButton('move', t('workshop.roster.move'))}
        </div>
      )}
      {panels.open && !readOnly ? (
        <div className="workshop-panel workshop-participant-panel">
          {panels.open === 'exit' ? <ExitForm enrolment={enrolment} status={status} onClose={panels.close} onLeft={onLeft} /> : null}
          {panels.open === 'move' ? <MoveParticipantForm enrolment={enrolment} status={status} onClose={panels.close} onMoved={onMoved} /> : null}
        </div>
      ) : null}
    </li>
  );
}

function PastParticipant({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const { participants } = useWorkshop();
  const exit = enrolment.exit;
  if (!exit) return null;
  return (
    <li className="record workshop-participant workshop-participant--past">
      <div className="record-summary">
        <p>
          <Identity participant={participants.get(enrolment.participantId)} />
        </p>
        <p className="record-detail">
          {t('workshop.roster.stay', { from: formatShortDate(enrolment.enrolledOn, true), to: formatShortDate(exit.on, true) })}
          {' · '}
          {exit.reason === 'moved' && exit.toWorkshopId ? (
            <MovedLink i18nKey="workshop.roster.movedTo" workshopId={exit.toWorkshopId} />
          ) : (
            t(`planning.exitReason.${exit.reason}`)
          )}
          {enrolment.fromWorkshopId ? (
            <>
              {' · '}
              <MovedLink i18nKey="workshop.roster.movedFrom" workshopId={enrolment.fromWorkshopId} />
            </>
          ) : null}
        </p>
      </div>
    </li>
  );
}
