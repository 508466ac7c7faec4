import { useCallback, useLayoutEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingRunView } from '../../../core/contract/running';
import { Screen } from '../../components/Screen';
import { formatShortDate } from '../../format/dates';
import { AgreementsSection } from './AgreementsSection';
import { AttendancePanel } from './AttendancePanel';
import { DisclosurePanel } from './DisclosurePanel';
import { PausePanel } from './PausePanel';
import { RunFacts } from './RunHeader';
import { CatchUpVersion } from '../curricula/SessionParts';
import { RunHandouts } from './RunHandouts';
import { RunnerSurveyLinks } from '../surveys/RunnerSurveyLinks';
import { RunOfShow } from './RunOfShow';
import { runPhase } from './runFormat';
import { runSteps } from './runOfShow';
import { SessionControls } from './SessionControls';
import { SessionNotes } from './SessionNotes';
import { SessionTextChoice } from './SessionTextChoice';
import { useSessionText } from './useSessionText';
import { newTimer, pauseTimer, presenterTimer, startTimer, type TimerState } from './timer';
import { usePresenterSync } from './usePresenterSync';
import { useHoldIdleLock } from '../../app/idleLockHold';
import { useSettings } from '../../data/SettingsProvider';
import './run.css';

/**
 * The session runner: the meeting's facts and controls, attendance, the group agreements, the
 * run-of-show with the current activity and its timer, the pause and disclosure panels, and notes.
 * Where the session is (current activity, timer, pause) lives here and is sent to the presenter.
 * `groupLanguage`: the group's language, which picks the language the session's text is shown in
 * when the library has the planned module in it (default: the planned module's own).
 */
export function MeetingRunner({ initialView, groupLanguage }: { initialView: MeetingRunView; groupLanguage?: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState(initialView);
  const { workshop, meeting } = view;
  const title = t('run.title', { workshop: workshop.title, date: formatShortDate(meeting.date) });
  const back = (
    <p className="run-back">
      <Link to={`/workshops/${workshop.id}`}>{t('run.back', { title: workshop.title })}</Link>
    </p>
  );

  return (
    <Screen title={title} wide>
      <nav aria-label={t('workshop.breadcrumb')} className="breadcrumb">
        <Link to="/workshops">{t('nav.workshops')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
      </nav>
      {meeting.cancellation ? (
        <>
          <RunFacts view={view} phase={runPhase(view)} />
          <div className="notice-inline run-cancelled">
            <p>
              <strong>{t('run.cancelled', { reason: t(`planning.cancelReason.${meeting.cancellation.reason}`) })}</strong>
              {meeting.cancellation.note ? ` ${meeting.cancellation.note}` : null}
            </p>
            <p>{t('run.cancelledHelp')}</p>
          </div>
        </>
      ) : (
        <Runner planned={view} setView={setView} groupLanguage={groupLanguage ?? view.workshop.language} />
      )}
      {back}
    </Screen>
  );
}

interface RunnerProps {
  /** The meeting as saved: the module it was planned from. */
  planned: MeetingRunView;
  setView: Dispatch<SetStateAction<MeetingRunView>>;
  groupLanguage: string | undefined;
}

function Runner({ planned, setView, groupLanguage }: RunnerProps) {
  const { t } = useTranslation();
  // Everything below shows `view`: the planned meeting in the chosen language's words, with the planned ids.
  const text = useSessionText(planned, groupLanguage);
  const view = text.shown;
  const { workshop, meeting } = view;
  const phase = runPhase(view);
  const readOnly = Boolean(workshop.archivedAt);
  const steps = useMemo(() => runSteps(workshop.module, meeting.sessionIds), [workshop.module, meeting.sessionIds]);
  // A running session is not locked for want of touching the laptop (sleep and Ctrl+L still lock).
  useHoldIdleLock(phase === 'running' && !readOnly);

  const [current, setCurrent] = useState(0);
  const step = steps[current];
  const [timer, setTimer] = useState<TimerState>(() => newTimer(steps[0]?.activity.minutes ?? 0));
  const [timeUp, setTimeUp] = useState(false);
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(() => new Set());
  const [pauseOpen, setPauseOpen] = useState(false);
  const [disclosureOpen, setDisclosureOpen] = useState(false);
  const [revision, setRevision] = useState(0);
  const [shownHandout, setShownHandout] = useState<string | undefined>(undefined);
  const sessions = useMemo(
    () => meeting.sessionIds.flatMap((id) => workshop.module.sessions.filter((session) => session.id === id)),
    [workshop.module, meeting.sessionIds],
  );

  const currentHeading = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const disclosureButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'current' | 'status' | null>(null);

  // After moving on, starting or ending, put the reading position where the facilitator looks next.
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'current') currentHeading.current?.focus();
    if (target === 'status') statusRef.current?.focus();
  }, [current, phase, acknowledged]);

  const moveTo = useCallback(
    (index: number) => {
      const next = steps[index];
      if (!next) return;
      focusNext.current = 'current';
      setCurrent(index);
      setTimer(newTimer(next.activity.minutes));
      setTimeUp(false);
    },
    [steps],
  );

  const changeTimer = useCallback((next: TimerState) => {
    setTimer(next);
    setTimeUp(false);
  }, []);

  const settings = useSettings();
  const autoStartNext = settings.state.status === 'ready' && settings.state.value.preferences.autoStartNextActivity === true;

  const timerElapsed = useCallback(() => {
    const next = steps[current + 1];
    if (autoStartNext && next) {
      // The next activity's timer starts by itself, unless its content notice must be read out first.
      focusNext.current = 'current';
      setCurrent(current + 1);
      const fresh = newTimer(next.activity.minutes);
      const gated = Boolean(next.activity.contentNotice) && !acknowledged.has(next.key);
      setTimer(gated ? fresh : startTimer(fresh, Date.now()));
      setTimeUp(false);
      return;
    }
    setTimer((running) => pauseTimer(running, Date.now()));
    setTimeUp(true);
  }, [steps, current, autoStartNext, acknowledged]);

  function togglePause() {
    if (pauseOpen) {
      setPauseOpen(false);
      pauseButton.current?.focus();
      return;
    }
    // Pausing the group pauses the activity's clock too.
    setTimer((running) => pauseTimer(running, Date.now()));
    setPauseOpen(true);
  }

  function toggleDisclosure() {
    if (disclosureOpen) disclosureButton.current?.focus();
    setDisclosureOpen(!disclosureOpen);
  }

  // The room sees an activity only once its content notice was read out.
  const shown = phase === 'running' && step !== undefined && (!step.activity.contentNotice || acknowledged.has(step.key));
  const presenterError = usePresenterSync(
    {
      workshopId: workshop.id,
      meetingId: meeting.id,
      paused: pauseOpen,
      ...(shown ? { sessionId: step.session.id, activityId: step.activity.id, timer: presenterTimer(timer) } : {}),
      ...(phase === 'running' && shownHandout ? { handoutId: shownHandout } : {}),
      ...(text.language === planned.workshop.module.language ? {} : { textLanguage: text.language }),
    },
    !readOnly && (phase === 'running' || pauseOpen),
    revision,
  );

  return (
    <div className="run-page">
      <div className="run-top">
        <RunFacts view={view} phase={phase} statusRef={statusRef} />
        <p className="run-print-link">
          <Link to={`/print/workshops/${view.workshop.id}/sign-in?meeting=${view.meeting.id}`}>{t('print.links.printSignIn')}</Link>
        </p>
        {readOnly ? null : <RunnerSurveyLinks view={view} />}
      </div>
      {readOnly ? <p className="notice-inline run-archived">{t('run.archived')}</p> : null}
      <SessionControls
        view={view}
        phase={phase}
        readOnly={readOnly}
        pauseOpen={pauseOpen}
        disclosureOpen={disclosureOpen}
        pauseButtonRef={pauseButton}
        disclosureButtonRef={disclosureButton}
        onTogglePause={togglePause}
        onToggleDisclosure={toggleDisclosure}
        onStarted={(next) => {
          focusNext.current = 'current';
          setView(next);
        }}
        onEnded={(next) => {
          focusNext.current = 'status';
          setView(next);
        }}
      />
      {presenterError ? <p className="field-error run-presenter-error">{t('run.actions.presenterFailed', { message: presenterError.message })}</p> : null}
      {pauseOpen ? <PausePanel onClose={togglePause} /> : null}
      {disclosureOpen ? <DisclosurePanel view={view} readOnly={readOnly} onViewChange={setView} onClose={toggleDisclosure} /> : null}

      {/* Two panes on a laptop: the activity and its timer beside the attendance list, both in view. */}
      <div className="run-panes">
        <div className="run-main">
          <SessionTextChoice text={text} />
          {meeting.kind === 'catch-up' ? (
            <section className="run-section run-catch-up" aria-labelledby="run-catch-up-heading">
              <h2 id="run-catch-up-heading">{t('planning.meetingKind.catch-up')}</h2>
              {sessions.map((session) => (
                <CatchUpVersion key={session.id} session={session} level={3} />
              ))}
            </section>
          ) : null}

          <RunOfShow
            view={view}
            steps={steps}
            current={current}
            phase={phase}
            readOnly={readOnly}
            timer={timer}
            timeUp={timeUp}
            onTimerChange={changeTimer}
            onTimerElapsed={timerElapsed}
            acknowledged={acknowledged}
            onAcknowledge={(key) => {
              focusNext.current = 'current';
              setAcknowledged(new Set([...acknowledged, key]));
            }}
            onMove={moveTo}
            onViewChange={setView}
            currentHeadingRef={currentHeading}
          />

          <RunHandouts workshop={workshop} sessions={sessions} shown={shownHandout} canShow={phase === 'running' && !readOnly} onShow={setShownHandout} />

          <AgreementsSection
            view={view}
            readOnly={readOnly}
            onChange={(agreements) => {
              setView((latest) => ({ ...latest, workshop: { ...latest.workshop, agreements } }));
              setRevision((count) => count + 1);
            }}
          />

          <SessionNotes key={view.run ? 'run' : 'none'} view={view} readOnly={readOnly} onViewChange={setView} />
        </div>

        <section className="run-section run-attendance" aria-labelledby="run-attendance-heading">
          <h2 id="run-attendance-heading">{t('run.attendance.heading')}</h2>
          <AttendancePanel
            view={view}
            onViewChange={setView}
            currentActivity={phase === 'running' && step ? { sessionId: step.session.id, activityId: step.activity.id, title: step.activity.title } : undefined}
          />
        </section>
      </div>
    </div>
  );
}
