/** The computer's time zone, the default for a new workshop. */
export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every time zone the runtime knows, with `current` always among them (some runtimes list none). Sorting is slow: memoize it. */
export function timeZoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...supported, current])].sort((a, b) => a.localeCompare(b));
}

/** "America/Los_Angeles" -> "America/Los Angeles". */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ');
}
