/**
 * How much a calendar export says: neutral (the default) is "Group session" at a time and no more;
 * detailed adds the workshop, site, module and session titles and the facilitators' names.
 */
export const calendarDetails = ['neutral', 'detailed'] as const;
export type CalendarDetail = (typeof calendarDetails)[number];
