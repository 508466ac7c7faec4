import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedSection } from '../../components/SavedSection';
import { useSaveStatus } from '../../data/useSaveStatus';
import { usePanels } from '../../components/usePanels';
import { AddMeetingForm, type AddMeetingPreset } from './AddMeetingForm';
import { meetingNumbers, meetingsInOrder, sessionLabel, unscheduledSessions } from './format';
import { MeetingItem } from './MeetingItem';
import { useWorkshop } from './WorkshopContext';

/** Every meeting in order, the sessions no meeting covers, and adding a meeting. */
export function ScheduleSection() {
  const { t } = useTranslation();
  const { view, readOnly } = useWorkshop();
  const { workshop } = view;
  const status = useSaveStatus();
  const panels = usePanels<'add' | 'make-up'>();
  const [preset, setPreset] = useState<AddMeetingPreset>({ kind: 'extra', sessionIds: [] });
  const meetings = meetingsInOrder(workshop.meetings);
  const numbers = meetingNumbers(workshop.meetings);
  const unscheduled = unscheduledSessions(workshop);

  function openAdd(key: 'add' | 'make-up', next: AddMeetingPreset) {
    if (panels.open === key) return panels.close();
    setPreset(next);
    panels.show(key);
  }

  return (
    <SavedSection
      headingId="schedule-heading"
      heading={t('workshop.schedule.heading')}
      className="workshop-section"
      status={status.state}
      headingRef={panels.fallbackRef}
    >
      {meetings.length === 0 ? (
        <p className="empty">{t('workshop.schedule.empty')}</p>
      ) : (
        <ol className="workshop-meetings">
          {meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} number={numbers.get(meeting.id)} status={status} />
          ))}
        </ol>
      )}

      {unscheduled.length > 0 ? (
        <div className="workshop-unscheduled">
          <h3>{t('workshop.schedule.unscheduled')}</h3>
          <ul className="plain-list">
            {unscheduled.map((session) => (
              <li key={session.id}>{sessionLabel(t, workshop, session.id)}</li>
            ))}
          </ul>
          {readOnly ? null : (
            <button
              type="button"
              className="button button--secondary"
              ref={panels.buttonRef('make-up')}
              aria-expanded={panels.open === 'make-up'}
              onClick={() => openAdd('make-up', { kind: 'make-up', sessionIds: unscheduled.map((session) => session.id) })}
            >
              {t('workshop.schedule.addMakeUp', { count: unscheduled.length })}
            </button>
          )}
        </div>
      ) : null}

      {readOnly ? null : (
        <div className="workshop-add">
          <button
            type="button"
            className="button button--secondary"
            ref={panels.buttonRef('add')}
            aria-expanded={panels.open === 'add'}
            onClick={() => openAdd('add', { kind: 'extra', sessionIds: [] })}
          >
            {t('workshop.schedule.add')}
          </button>
          {panels.open ? (
            <div className="workshop-panel">
              <AddMeetingForm key={panels.open} preset={preset} status={status} onClose={panels.close} />
            </div>
          ) : null}
        </div>
      )}
    </SavedSection>
  );
}
