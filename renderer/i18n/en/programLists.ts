/** The program's shared lists: what Settings › Program hub says of them, and the line on the sites, facilitators and resources pages. */
export const programListsText = {
  heading: 'Shared lists',
  intro:
    'Sites, facilitators and local resources are the same on every laptop of the program: a change saved on one reaches the others when they sync. A site or facilitator a workshop on this laptop names stays here even if the program removes it.',
  loading: 'Loading the program’s lists…',
  loadFailed: 'Could not load the program’s lists. {{message}}',
  sites: 'Sites',
  facilitators: 'Facilitators',
  resources: 'Local resources',
  count_one: '{{count}} in the program',
  count_other: '{{count}} in the program',
  modulesHeading: 'Modules in use',
  modulesIntro:
    'The modules the program’s shared workshops were planned from. Nothing is installed on its own: a workshop you receive still opens, because it carries its module. To plan a new group from one, import it in Curricula.',
  noModules: 'No workshop is shared with the program yet.',
  moduleVersion: '{{title}}, version {{version}}',
  onThisLaptop: 'On this laptop',
  notOnThisLaptop: 'Not on this laptop',
  otherVersionHere: 'Not on this laptop (version {{versions}} is)',
  refused: 'The program’s lists last found on the hub were not taken in, and nothing in Settings was changed:',
  sharedNote: 'Shared with the program {{program}}: a change saved here reaches its other laptops when they sync.',
};
