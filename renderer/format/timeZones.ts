import { i18n } from '../i18n';

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

/** The zone's own name in `language` ("Pacific Time"), or undefined where the runtime has none. */
function zoneDisplayName(zone: string, language: string): string | undefined {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date(0));
    return parts.find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/**
 * A time zone as people know it, in `language`: "Pacific Time (Los Angeles)" for "America/Los_Angeles".
 * The city tells apart zones sharing a name; the id stays the stored value.
 */
export function timeZoneLabel(zone: string, language: string = i18n.language): string {
  const city = (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
  const name = zoneDisplayName(zone, language);
  return name === undefined || name === zone || name === city ? city : `${name} (${city})`;
}
