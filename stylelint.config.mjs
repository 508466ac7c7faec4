// Class names are scoped by folder (see the top of renderer/styles.css and the rule's own file).
import scopedClasses from './stylelint-scoped-classes.mjs';

/** Each feature folder's class prefix. */
export const classPrefixes = {
  'renderer/components': 'ui',
  'renderer/screens/calendar': 'cal',
  'renderer/screens/curricula': 'curricula',
  'renderer/screens/exports': 'exports',
  'renderer/screens/hub': 'hub',
  'renderer/screens/participants': 'ppl',
  'renderer/screens/print': 'doc',
  'renderer/screens/protection': 'protection',
  'renderer/screens/reports': 'reports',
  'renderer/screens/run': 'run',
  'renderer/screens/settings': 'settings',
  'renderer/screens/surveys': 'survey',
  'renderer/screens/today': 'today',
  'renderer/screens/workshopPage': 'workshop',
  'renderer/screens/workshops': 'plan',
};

export default {
  plugins: [scopedClasses],
  rules: {
    'facilitator/scoped-classes': [true, { shared: ['renderer/styles.css', 'renderer/components'], prefixes: classPrefixes }],
  },
};
