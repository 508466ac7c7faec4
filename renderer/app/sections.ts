/** The app's sections, in the order of the sidebar. Each is a route `/<section>` and a `nav.<section>` label. */
export const sections = ['today', 'curricula', 'workshops', 'participants', 'reports', 'settings'] as const;
export type Section = (typeof sections)[number];

/** Sections whose screens are not built yet. */
export const placeholderSections = ['today', 'workshops', 'participants', 'reports'] as const satisfies readonly Section[];
export type PlaceholderSection = (typeof placeholderSections)[number];
