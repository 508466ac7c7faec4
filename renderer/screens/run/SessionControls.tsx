import { useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { call, toApiError, type ApiError } from '../../api';
import { timeOfInstant, type RunPhase } from './runFormat';
import { StartQuestion } from './StartQuestion';
import { InlineConfirm } from '../../components/InlineConfirm';

interface SessionControlsProps {
  view: MeetingRunView;
  phase: RunPhase;
  readOnly: boolean;
  pauseOpen: boolean;
  disclosureOpen: boolean;
  pauseButtonRef: Ref<HTMLButtonElement>;
  disclosureButtonRef: Ref<HTMLButtonElement>;
  onTogglePause: () => void;
  onToggleDisclosure: () => void;
  onStarted: (view: MeetingRunView) => void;
  onEnded: (view: MeetingRunView) => void;
}

/** Start, presenter, Pause, Disclosure and End: kept in view while the page scrolls. */
export function SessionControls(props: SessionControlsProps) {
  const { t } = useTranslation();
  const { view, phase, readOnly } = props;
  const ref = { workshopId: view.workshop.id, meetingId: view.meeting.id };
  const [busy, setBusy] = useState<'start' | 'end' | 'presenter' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [askingStart, setAskingStart] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function perform<T>(kind: 'start' | 'end' | 'presenter', work: () => Promise<T>, done: (value: T) => void) {
    if (busy) return;
    setBusy(kind);
    setError(null);
    setMessage('');
    try {
      done(await work());
    } catch (thrown) {
      setError(toApiError(thrown));
    } finally {
      setBusy(null);
    }
  }

  // Only today's meeting starts at once; another day's asks first (see StartQuestion).
  const start = () => (view.meeting.date === view.today ? perform('start', () => call('run.start', ref), props.onStarted) : setAskingStart(!askingStart));
  const startOrRecord = (work: () => Promise<MeetingRunView>) =>
    perform('start', work, (next) => {
      setAskingStart(false);
      // A meeting recorded as held afterwards ends where the status says so; a started one moves to the activity.
      if (next.run?.endedAt) props.onEnded(next);
      else props.onStarted(next);
    });
  const closeStartQuestion = () => {
    setAskingStart(false);
    startButton.current?.focus();
  };
  const openPresenter = () =>
    perform(
      'presenter',
      () => call('presenter.open', ref),
      () => setMessage(t('run.actions.presenterOpened')),
    );
  const end = () =>
    perform(
      'end',
      () => call('run.end', ref),
      (next) => {
        setConfirming(false);
        props.onEnded(next);
      },
    );
  const keepGoing = () => {
    setConfirming(false);
    endButton.current?.focus();
  };

  return (
    <div className="run-controls">
      <div className="run-controls-bar" role="group" aria-label={t('run.actions.label')}>
        {!readOnly && phase === 'not-started' ? (
          <button
            type="button"
            ref={startButton}
            className="button button--primary"
            aria-expanded={view.meeting.date === view.today ? undefined : askingStart}
            aria-disabled={busy === 'start' || undefined}
            onClick={() => void start()}
          >
            {busy === 'start' ? t('run.actions.starting') : t('run.actions.start')}
          </button>
        ) : null}
        {!readOnly ? (
          <button type="button" className="button button--secondary" aria-disabled={busy === 'presenter' || undefined} onClick={() => void openPresenter()}>
            {t('run.actions.presenter')}
          </button>
        ) : null}
        <button
          type="button"
          ref={props.pauseButtonRef}
          className="button button--secondary run-pause-button"
          aria-expanded={props.pauseOpen}
          aria-controls={props.pauseOpen ? 'run-pause' : undefined}
          onClick={props.onTogglePause}
        >
          {t('run.actions.pause')}
        </button>
        <button
          type="button"
          ref={props.disclosureButtonRef}
          className="button button--secondary"
          aria-expanded={props.disclosureOpen}
          aria-controls={props.disclosureOpen ? 'run-disclosure' : undefined}
          onClick={props.onToggleDisclosure}
        >
          {t('run.actions.disclosure')}
        </button>
        {!readOnly && phase === 'running' ? (
          <button
            type="button"
            ref={endButton}
            className="button button--quiet-danger run-end-button"
            aria-expanded={confirming}
            onClick={() => setConfirming(!confirming)}
          >
            {t('run.actions.end')}
          </button>
        ) : null}
      </div>
      {askingStart && phase === 'not-started' ? (
        <StartQuestion view={view} busy={busy === 'start'} perform={startOrRecord} onClose={closeStartQuestion} />
      ) : null}
      {confirming && view.run ? (
        <InlineConfirm
          id="run-end-question"
          className="run-confirm"
          question={t('run.actions.endQuestion')}
          help={t('run.actions.endHelp', { start: timeOfInstant(view.run.startedAt, view.workshop.timeZone) })}
          confirm={{ label: t('run.actions.endConfirm'), onConfirm: () => void end(), busy: busy === 'end', ref: confirmButton }}
          onCancel={keepGoing}
          cancelLabel={t('run.actions.endKeep')}
        />
      ) : null}
      <p role="status" className="run-controls-status">
        {error ? <span className="field-error">{t('run.actions.failed', { message: error.message })}</span> : message}
      </p>
    </div>
  );
}
