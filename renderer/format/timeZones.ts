/** The computer's time zone, the default for a new workshop. */
export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

let supportedZones: readonly string[] | undefined;

/** Every time zone the runtime knows, with `current` always among them (some runtimes list none). */
export function timeZoneChoices(current: string): string[] {
  // Sorted once: a few hundred names compared on every render would slow typing in the forms that offer them.
  supportedZones ??= (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []).sort((a, b) => a.localeCompare(b));
  return supportedZones.includes(current) ? [...supportedZones] : [...supportedZones, current].sort((a, b) => a.localeCompare(b));
}

/** "America/Los_Angeles" -> "America/Los Angeles". */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ');
}
