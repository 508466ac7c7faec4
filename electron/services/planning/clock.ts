/** Where the services get the time: the real clock in the app, a fixed one in tests. */
export interface Clock {
  now(): Date;
  /** The computer's time zone, for what "today" means on the Today screen and in the calendar. */
  timeZone: string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
};
