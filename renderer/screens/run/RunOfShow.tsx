import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import type { FidelityEntry } from '../../../core/domain/attendance';
import type { Session } from '../../../core/domain/curriculum/schema';
import { formatTime } from '../../format/dates';
import { clock } from '../curricula/format';
import { Markdown } from '../../components/Markdown';
import { ActivityGuidance, AdaptableBadge } from '../curricula/SessionParts';
import { usePanels } from '../../components/usePanels';
import { AutoStartToggle } from './AutoStartToggle';
import { CountdownTimer } from './CountdownTimer';
import { FidelityControl } from './FidelityControl';
import { clockAfter, type RunStep } from './runOfShow';
import { sessionTitle, type RunPhase } from './runFormat';
import type { TimerState } from './timer';

export interface RunOfShowProps {
  view: MeetingRunView;
  steps: RunStep[];
  current: number;
  phase: RunPhase;
  readOnly: boolean;
  timer: TimerState;
  timeUp: boolean;
  onTimerChange: (timer: TimerState) => void;
  onTimerElapsed: () => void;
  /** Content notices read to the group, by step key. */
  acknowledged: ReadonlySet<string>;
  onAcknowledge: (key: string) => void;
  onMove: (index: number) => void;
  onViewChange: (view: MeetingRunView) => void;
  currentHeadingRef: Ref<HTMLHeadingElement>;
}

/** Every activity of the sessions the meeting covers, in order; the current one open, with its timer. */
export function RunOfShow(props: RunOfShowProps) {
  const { t } = useTranslation();
  const { view, steps } = props;
  const fidelity = usePanels<string>();
  const sessions = steps.reduce<Session[]>((list, step) => (list.includes(step.session) ? list : [...list, step.session]), []);

  return (
    <section className="run-section run-show" aria-labelledby="run-show-heading">
      <h2 id="run-show-heading">{t('run.runOfShow.heading')}</h2>
      {steps.length === 0 ? <p className="muted">{t('run.runOfShow.noActivities')}</p> : null}
      {view.meeting.part ? <p className="muted">{t('run.runOfShow.splitHelp')}</p> : null}
      {sessions.map((session) => {
        const headingId = `run-session-${session.id}`;
        return (
          <section key={session.id} className="run-session" aria-labelledby={headingId}>
            <h3 id={headingId}>{sessionTitle(t, session, view.meeting.part)}</h3>
            {props.phase === 'not-started' ? (
              <div className="content-notice run-session-notice">
                <p className="run-notice-label">{t('run.runOfShow.sessionNotice')}</p>
                <p>{session.contentNotice}</p>
              </div>
            ) : (
              // Read before starting; once the session runs it folds away, so the activity stays in view.
              <details className="content-notice run-session-notice">
                <summary className="run-notice-label">{t('run.runOfShow.sessionNoticeRead')}</summary>
                <p>{session.contentNotice}</p>
              </details>
            )}
            <ol className="run-steps-list">
              {steps.map((step, index) =>
                step.session === session ? (
                  <Step
                    key={step.key}
                    {...props}
                    step={step}
                    index={index}
                    entry={props.view.run?.fidelity.find((entry) => entry.sessionId === step.session.id && entry.activityId === step.activity.id)}
                    fidelityOpen={fidelity.open === step.key}
                    fidelityButtonRef={fidelity.buttonRef(step.key)}
                    onFidelityToggle={() => fidelity.toggle(step.key)}
                    onFidelityClose={fidelity.close}
                  />
                ) : null,
              )}
            </ol>
          </section>
        );
      })}
      {/* A preference, set once: after the activities, so the current one stays at the top. */}
      {steps.length > 1 && !props.readOnly ? <AutoStartToggle /> : null}
    </section>
  );
}

interface StepProps extends RunOfShowProps {
  step: RunStep;
  index: number;
  entry: FidelityEntry | undefined;
  fidelityOpen: boolean;
  fidelityButtonRef: (element: HTMLElement | null) => void;
  onFidelityToggle: () => void;
  onFidelityClose: () => void;
}

function Step(props: StepProps) {
  const { t } = useTranslation();
  const { view, step, index, current, phase, readOnly } = props;
  const { activity } = step;
  const isCurrent = index === current;
  const headingId = `run-step-${step.key.replace('/', '--')}`;
  // Half of a split session starts wherever the last meeting stopped: only offsets then.
  const clockTime = view.meeting.part ? undefined : formatTime(clockAfter(view.meeting.startTime, step.meetingStart));

  return (
    <li className={isCurrent ? 'run-step run-step--current' : 'run-step'} aria-labelledby={headingId} aria-current={isCurrent ? 'step' : undefined}>
      <div className="run-step-time">
        {clockTime ? <span className="run-step-clock">{clockTime}</span> : null}
        <span className={clockTime ? 'muted' : 'run-step-clock'}>
          {clock(step.start)}–{clock(step.start + activity.minutes)}
        </span>
        <span className="muted">{t('curricula.minutes', { count: activity.minutes })}</span>
      </div>
      <div className="run-step-body">
        <h4 id={headingId} ref={isCurrent ? props.currentHeadingRef : undefined} tabIndex={isCurrent ? -1 : undefined} className="run-step-title">
          {isCurrent ? <span className="badge badge--accent run-now">{t('run.runOfShow.now')}</span> : null}
          {activity.title}
          <span className="activity-kind"> · {t(`curricula.activityKinds.${activity.kind}`)}</span>
          {activity.optional ? <span className="badge badge--muted">{t('curricula.session.optionalActivity')}</span> : null}
          <AdaptableBadge activity={activity} />
        </h4>
        {isCurrent ? <CurrentActivity {...props} /> : null}
        {phase === 'not-started' ? null : (
          <FidelityControl
            view={view}
            step={step}
            entry={props.entry}
            readOnly={readOnly}
            open={props.fidelityOpen}
            buttonRef={props.fidelityButtonRef}
            onToggle={props.onFidelityToggle}
            onClose={props.onFidelityClose}
            onViewChange={props.onViewChange}
          />
        )}
      </div>
    </li>
  );
}

/** The activity being run: its content notice first, then the timer and how to run it. */
function CurrentActivity(props: StepProps) {
  const { t } = useTranslation();
  const { step, steps, index, phase, readOnly } = props;
  const { activity } = step;
  const gated = Boolean(activity.contentNotice) && !props.acknowledged.has(step.key);
  const timerId = `run-timer-${step.key.replace('/', '--')}`;

  return (
    <div className="run-current">
      {gated ? (
        <div className="content-notice run-activity-notice" role="group" aria-labelledby={`${timerId}-notice`}>
          <p id={`${timerId}-notice`} className="run-notice-label">
            {t('run.notice.heading')}
          </p>
          <p className="run-notice-text">{activity.contentNotice}</p>
          <p>{t('run.notice.passOrStepOut')}</p>
          <button type="button" className="button button--primary" onClick={() => props.onAcknowledge(step.key)}>
            {t('run.notice.continue')}
          </button>
        </div>
      ) : (
        <>
          {phase === 'running' && !readOnly ? (
            <CountdownTimer
              id={timerId}
              activityTitle={activity.title}
              timer={props.timer}
              timeUp={props.timeUp}
              onChange={props.onTimerChange}
              onElapsed={props.onTimerElapsed}
            />
          ) : phase === 'not-started' && !readOnly ? (
            <p className="muted run-start-first">{t('run.runOfShow.startFirst')}</p>
          ) : null}
          <div className="run-instructions">
            <Markdown text={activity.instructions} />
          </div>
          <ActivityGuidance activity={activity} />
        </>
      )}
      <div className="run-move">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => props.onMove(index - 1)}>
          {t('run.runOfShow.previous')}
        </button>
        <button type="button" className="button button--primary" disabled={index >= steps.length - 1} onClick={() => props.onMove(index + 1)}>
          {t('run.runOfShow.next')}
        </button>
      </div>
    </div>
  );
}
