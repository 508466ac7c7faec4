/**
 * English text for every screen. This object is the reference: its shape types the keys of `t()`,
 * and every other language file (e.g. `es.ts`) must have the same shape (`Translation`).
 *
 * To add a language: copy this file to `<code>.ts` (two letters, e.g. `es.ts`), translate the
 * strings, and export it as default typed `Translation`. `index.ts` finds it by its file name.
 */
export const en = {
  app: {
    name: 'Facilitator',
    documentTitle: '{{screen}} – Facilitator',
    skipToContent: 'Skip to main content',
    version: 'Version {{version}}',
  },
  nav: {
    label: 'Main',
    today: 'Today',
    curricula: 'Curricula',
    workshops: 'Workshops',
    participants: 'Participants',
    reports: 'Reports',
    settings: 'Settings',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    save: 'Save changes',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Remove',
    yesRemove: 'Yes, remove',
    optional: 'optional',
  },
  status: {
    saving: 'Saving…',
    saved: 'Saved',
    failed: 'Not saved. {{message}}',
    failedField: 'Not saved. Please check the message next to the field.',
  },
  errors: {
    /** A field's name followed by what is wrong, e.g. "Name is required." */
    fieldPredicate: '{{field}} {{message}}.',
    /** A field's name and a full sentence about it. */
    fieldStatement: '{{field}}: {{message}}',
    unexpected: 'Something unexpected went wrong.',
    noBridge: 'Facilitator cannot reach its data. Please close the app and open it again.',
    screenFailed: 'Something went wrong on this screen.',
    screenFailedHelp: 'Your saved data is not affected. You can go back to Today and try again.',
    backToToday: 'Go to Today',
    notFound: 'This screen does not exist.',
  },
  notices: {
    label: 'Important notices about your data',
    dismiss: 'Dismiss',
    dismissFailed: 'This notice could not be dismissed. {{message}}',
    when: 'This happened on {{when}}.',
    dataFolder: 'Data folder: {{dataDir}}',
    keptAt: 'The damaged copy was kept, unchanged, at {{movedTo}} in the data folder.',
    'recovered-from-backup': {
      title: 'A damaged data file was replaced by its backup',
      body: 'Facilitator could not read the file {{file}}, so it restored the most recent good backup.',
      bodyFrom: 'Facilitator could not read the file {{file}}, so it restored the backup {{restoredFrom}}.',
      advice: 'Changes made after that backup may be missing. Please check your recent work.',
    },
    'reset-no-backup': {
      title: 'A damaged data file was started again, empty',
      body: 'Facilitator could not read the file {{file}} and found no backup of it, so it started that file again, empty.',
      advice: 'Someone with technical help may be able to recover information from the damaged copy.',
    },
    'set-aside-no-backup': {
      title: 'A damaged workshop file was set aside',
      body: 'Facilitator could not read the file {{file}} and found no backup of it, so that workshop is not shown.',
      advice: 'Your other workshops are not affected. Someone with technical help may be able to recover it from the damaged copy.',
    },
    'backup-failed': {
      title: 'Today’s backup could not be made',
      body: 'Facilitator could not save a backup of your data in the {{file}} folder, for example because the disk is full.',
      advice: 'Your data is still saved, but without a fresh backup. Please free some space or ask for technical help soon.',
    },
    'newer-than-app': {
      title: 'A data file comes from a newer version of Facilitator',
      body: 'The file {{file}} was saved by a newer version of Facilitator, which this version cannot read safely.',
      advice: 'Nothing in it was changed. To use it again, install the newer version of Facilitator.',
    },
  },
  placeholder: {
    notYet: 'This screen is not built yet. It is coming in a later version of Facilitator.',
    meanwhile: 'In the meantime, you can set up your organisation, facilitators, sites and local resources in <settingsLink>Settings</settingsLink>.',
  },
  screens: {
    today: {
      title: 'Today',
      purpose: 'Today will show the sessions planned for today, each with its run-of-show, timers, and a quick way to take attendance.',
    },
    curricula: {
      title: 'Curricula',
      purpose: 'Curricula will list the curriculum modules in your library, with their sessions, topics and audiences, and let you import your own.',
    },
    workshops: {
      title: 'Workshops',
      purpose: 'Workshops will help you plan a series of meetings from a curriculum module, with its facilitators, site and roster, and schedule make-up sessions.',
    },
    participants: {
      title: 'Participants',
      purpose: 'Participants will keep your roster by program code (and initials, if you choose), and show who is on track to complete.',
    },
    reports: {
      title: 'Reports',
      purpose: 'Reports will export attendance, sign-in sheets, completion certificates, schedules and de-identified figures for funders.',
    },
    settings: {
      title: 'Settings',
    },
  },
  settings: {
    intro: 'Each change is saved as soon as you make it.',
    loading: 'Loading settings…',
    loadFailed: 'Settings could not be loaded. {{message}}',
    organisation: {
      heading: 'Organisation',
      nameLabel: 'Organisation name',
      nameHint: 'Shown at the top of the app. Saved when you leave the field or press Enter.',
    },
    facilitators: {
      heading: 'Facilitators',
      intro: 'The people who run your groups, and the roles they can take.',
      empty: 'No facilitators yet.',
      addHeading: 'Add a facilitator',
      add: 'Add facilitator',
      nameLabel: 'Name',
      rolesLegend: 'Roles',
      rolesHint: 'Choose at least one.',
      rolesSubject: 'This facilitator',
      editNamed: 'Edit {{name}}',
      editHeading: 'Edit {{name}}',
      removeNamed: 'Remove {{name}}',
      confirmRemove: 'Remove {{name}} from the facilitators? This cannot be undone.',
    },
    roles: {
      lead: 'Lead',
      'co-facilitator': 'Co-facilitator',
      'survivor-mentor': 'Survivor mentor',
      observer: 'Observer',
    },
    sites: {
      heading: 'Sites',
      intro: 'The places where your groups meet.',
      empty: 'No sites yet.',
      addHeading: 'Add a site',
      add: 'Add site',
      nameLabel: 'Site name',
      kindLabel: 'Kind of site',
      editNamed: 'Edit {{name}}',
      editHeading: 'Edit {{name}}',
      removeNamed: 'Remove {{name}}',
      confirmRemove: 'Remove the site {{name}}? This cannot be undone.',
    },
    siteKinds: {
      school: 'School',
      'juvenile-hall': 'Juvenile hall',
      residential: 'Residential',
      community: 'Community',
    },
    resources: {
      heading: 'Local resources',
      intro: 'Hotlines, advocates and agencies young people can turn to. They are shown at the closing of every session and can be printed.',
      empty: 'No local resources yet.',
      addHeading: 'Add a resource',
      add: 'Add resource',
      nameLabel: 'Name',
      contactLabel: 'Phone or text line',
      hoursLabel: 'Hours',
      notesLabel: 'Notes',
      contactShown: 'Contact: {{contact}}',
      hoursShown: 'Hours: {{hours}}',
      editNamed: 'Edit {{name}}',
      editHeading: 'Edit {{name}}',
      removeNamed: 'Remove {{name}}',
      confirmRemove: 'Remove the resource {{name}}? This cannot be undone.',
    },
    privacy: {
      heading: 'Privacy',
      fullNamesLabel: 'Allow participants’ full names',
      fullNamesHint: 'Off unless you turn it on. Participants are known by a program code and, if you wish, initials. Turn this on only if your program requires full names.',
    },
  },
};

export type Translation = typeof en;

export default en;
