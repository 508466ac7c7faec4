/** The coordinator's view over many groups: whose group it is, the site/facilitator filter, double bookings. */
export const programViewText = {
  with: 'With {{names}}',
  filter: {
    legend: 'Show groups',
    site: 'At site',
    facilitator: 'With facilitator',
    all: 'All',
    shown_one: 'Showing {{shown}} of {{count}} meeting.',
    shown_other: 'Showing {{shown}} of {{count}} meetings.',
    clear: 'Show all groups',
  },
  doubleBookings: {
    heading_one: 'A double booking in this period',
    heading_other: '{{count}} double bookings in this period',
    intro: 'A facilitator or a site is booked for two groups at the same time. Open either group to move a meeting or change who leads it.',
    group: '“{{title}}” with {{people}} on {{date}}, {{time}}',
    groupAtSite: '“{{title}}” with {{people}} at {{site}} on {{date}}, {{time}}',
    noFacilitator: 'no facilitator named',
    open: 'Open “{{title}}”',
  },
  outcomesBySite: {
    caption: 'Change by site',
  },
};
