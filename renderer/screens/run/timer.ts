/**
 * The activity countdown, as plain values: stopped with some time left, or running until an
 * instant (milliseconds since the epoch). Elapsed time is read from the clock only when needed, so
 * the timer stays right when the window is in the background or the computer is slow.
 */
export type TimerState = { running: false; durationMs: number; remainingMs: number } | { running: true; durationMs: number; endsAt: number };

const MINUTE = 60_000;

export function newTimer(minutes: number): TimerState {
  return { running: false, durationMs: minutes * MINUTE, remainingMs: minutes * MINUTE };
}

export function remainingMs(timer: TimerState, now: number): number {
  return timer.running ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
}

export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.running || timer.remainingMs <= 0) return timer;
  return { running: true, durationMs: timer.durationMs, endsAt: now + timer.remainingMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!timer.running) return timer;
  return { running: false, durationMs: timer.durationMs, remainingMs: remainingMs(timer, now) };
}

/** Adds time; a timer that ran out starts again from the added time, stopped. */
export function addMinutes(timer: TimerState, minutes: number, now: number): TimerState {
  const extra = minutes * MINUTE;
  if (timer.running) return { ...timer, endsAt: Math.max(timer.endsAt, now) + extra };
  return { ...timer, remainingMs: timer.remainingMs + extra };
}

export function resetTimer(timer: TimerState): TimerState {
  return { running: false, durationMs: timer.durationMs, remainingMs: timer.durationMs };
}

/** Whole seconds left, rounded up: a countdown shows 0:00 only when the time is up. */
export function secondsLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

/** "25:00", "04:05", "00:00" (mm:ss); minutes are not capped at 59. */
export function formatCountdown(ms: number): string {
  const seconds = secondsLeft(ms);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What presenter.show gets: the instant it ends when running, else the seconds left. */
export function presenterTimer(timer: TimerState): { running: true; endsAt: string } | { running: false; secondsLeft: number } {
  return timer.running
    ? { running: true, endsAt: new Date(timer.endsAt).toISOString() }
    : { running: false, secondsLeft: Math.min(86_400, secondsLeft(timer.remainingMs)) };
}
