/** The sections of Settings, in the order of its menu; each lives at `/settings/<section>`. */
export const settingsPages = [
  'organisation',
  'language',
  'facilitators',
  'sites',
  'resources',
  'privacy',
  'protection',
  'attendance',
  'backups',
  'retention',
  'hub',
] as const;
export type SettingsPage = (typeof settingsPages)[number];

export function isSettingsPage(value: string | undefined): value is SettingsPage {
  return (settingsPages as readonly (string | undefined)[]).includes(value);
}

export const settingsPath = (page: SettingsPage) => `/settings/${page}`;
