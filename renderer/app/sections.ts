/** The app's sections, in the order of the sidebar. Each is a route `/<section>` and a `nav.<section>` label. */
export const sections = ['today', 'calendar', 'workshops', 'participants', 'curricula', 'reports', 'settings'] as const;
export type Section = (typeof sections)[number];
