import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMinutes, formatCountdown, pauseTimer, remainingMs, resetTimer, startTimer, type TimerState } from './timer';

const TICK_MS = 250;

/** The time left, read from the clock every tick while the timer runs; `onElapsed` once it reaches zero. */
function useRemaining(timer: TimerState, onElapsed: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  const elapsed = useRef(onElapsed);
  elapsed.current = onElapsed;

  useEffect(() => {
    if (!timer.running) return;
    const check = () => {
      const at = Date.now();
      setNow(at);
      if (at >= timer.endsAt) elapsed.current();
    };
    check();
    const interval = setInterval(check, TICK_MS);
    return () => clearInterval(interval);
  }, [timer]);

  return remainingMs(timer, timer.running ? now : 0);
}

interface CountdownTimerProps {
  id: string;
  activityTitle: string;
  timer: TimerState;
  /** The facilitator pressed a control; `timeUp` is cleared by the runner. */
  onChange: (timer: TimerState) => void;
  /** The timer reached zero while running. */
  onElapsed: () => void;
  timeUp: boolean;
}

/** The current activity's countdown: mm:ss, Start/Pause, +1 and +5 minutes, Reset; says "Time is up" once. */
export function CountdownTimer({ id, activityTitle, timer, onChange, onElapsed, timeUp }: CountdownTimerProps) {
  const { t } = useTranslation();
  const left = useRemaining(timer, onElapsed);
  const atStart = !timer.running && timer.remainingMs === timer.durationMs;

  return (
    <section className={`run-timer${timeUp ? ' run-timer--up' : ''}`} aria-labelledby={`${id}-label`}>
      <h5 id={`${id}-label`} className="visually-hidden">
        {t('run.timer.label', { activity: activityTitle })}
      </h5>
      <div className="run-timer-face">
        <p role="timer" className="run-timer-time" aria-labelledby={`${id}-label`}>
          {formatCountdown(left)}
        </p>
        <p className="run-timer-state">{timer.running ? t('run.timer.running') : atStart ? t('run.timer.ready') : left > 0 ? t('run.timer.paused') : ''}</p>
      </div>
      <div className="run-timer-controls">
        <button
          type="button"
          className="button button--primary run-timer-main"
          aria-disabled={!timer.running && left <= 0 ? true : undefined}
          onClick={() => {
            const now = Date.now();
            if (timer.running) onChange(pauseTimer(timer, now));
            else if (left > 0) onChange(startTimer(timer, now));
          }}
        >
          {timer.running ? t('run.timer.pause') : atStart ? t('run.timer.start') : t('run.timer.resume')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onChange(addMinutes(timer, 1, Date.now()))}>
          {t('run.timer.plusOne')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onChange(addMinutes(timer, 5, Date.now()))}>
          {t('run.timer.plusFive')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onChange(resetTimer(timer))}>
          {t('run.timer.reset')}
        </button>
      </div>
      <p role="status" className="run-timer-status">
        {timeUp ? t('run.timer.timeUp') : ''}
      </p>
    </section>
  );
}
