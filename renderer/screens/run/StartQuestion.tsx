import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { meetingDay } from '../../../core/domain/progress/heldOn';
import { call } from '../../api';
import { TimeField } from '../../components/ShortFields';
import { formatLongDate } from '../../format/dates';
import { FieldRow } from '../../components/FieldRow';
import { InlineConfirm } from '../../components/InlineConfirm';

interface StartQuestionProps {
  view: MeetingRunView;
  busy: boolean;
  /** Runs a call with the controls' busy state and error line. */
  perform: (work: () => Promise<MeetingRunView>) => Promise<void>;
  onClose: () => void;
}

/** "HH:MM" `minutes` after `time`, kept within the same day. */
function clockTimeAfter(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = Math.min(hours * 60 + mins + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Asked when Start is pressed for a meeting planned for another day: move it to today and start,
 * record it as held on its own (past) date with the times it took place, or leave it as it is.
 * A meeting after today can never be recorded as held.
 */
export function StartQuestion({ view, busy, perform, onClose }: StartQuestionProps) {
  const { t } = useTranslation();
  const { meeting } = view;
  const ref = { workshopId: view.workshop.id, meetingId: meeting.id };
  const past = meetingDay(meeting, view.today) === 'past';
  const date = formatLongDate(meeting.date);
  const [recording, setRecording] = useState(false);
  const [times, setTimes] = useState({ startTime: meeting.startTime, endTime: clockTimeAfter(meeting.startTime, meeting.minutes) });
  const [problem, setProblem] = useState<string | undefined>();
  const firstButton = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => firstButton.current?.focus(), []);

  function recordHeld() {
    if (!times.startTime || !times.endTime || times.endTime <= times.startTime) {
      setProblem(t('run.startQuestion.endAfterStart'));
      return;
    }
    setProblem(undefined);
    void perform(() => call('run.recordHeld', { ...ref, ...times }));
  }

  return (
    <InlineConfirm
      id="run-start-question"
      className="run-confirm run-start-question"
      question={past ? t('run.startQuestion.pastQuestion', { date }) : t('run.startQuestion.futureQuestion', { date })}
      help={past ? t('run.startQuestion.pastHelp', { date }) : t('run.startQuestion.futureHelp')}
      onCancel={onClose}
    >
      <div className="actions">
        <button
          type="button"
          ref={firstButton}
          className="button button--primary"
          aria-disabled={busy || undefined}
          onClick={() => void perform(() => call('run.start', { ...ref, moveToToday: true }))}
        >
          {t('run.startQuestion.moveAndStart')}
        </button>
        {past ? (
          <button type="button" className="button button--secondary" aria-expanded={recording} onClick={() => setRecording(!recording)}>
            {t('run.startQuestion.recordLater', { date })}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('run.startQuestion.cancel')}
        </button>
      </div>
      {recording ? (
        <form
          className="run-record-held"
          aria-label={t('run.startQuestion.recordHeading', { date })}
          onSubmit={(event) => {
            event.preventDefault();
            recordHeld();
          }}
        >
          <FieldRow>
            <TimeField
              id="run-held-start"
              label={t('run.startQuestion.startedAt')}
              value={times.startTime}
              onChange={(startTime) => setTimes({ ...times, startTime })}
            />
            <TimeField
              id="run-held-end"
              label={t('run.startQuestion.endedAt')}
              value={times.endTime}
              onChange={(endTime) => setTimes({ ...times, endTime })}
              error={problem}
            />
          </FieldRow>
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('run.startQuestion.recordSave', { date })}
          </button>
        </form>
      ) : null}
    </InlineConfirm>
  );
}
