/** The app's sections, in the order of the sidebar. Each is a route `/<section>` and a `nav.<section>` label. */
export const sections = ['today', 'calendar', 'workshops', 'participants', 'curricula', 'reports', 'settings'] as const;
export type Section = (typeof sections)[number];

/** Sections whose screens are not built yet. */
export const placeholderSections = ['reports'] as const satisfies readonly Section[];
export type PlaceholderSection = (typeof placeholderSections)[number];
