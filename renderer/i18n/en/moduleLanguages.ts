/** A curriculum module in several languages: the library card, the language switch and the runner's choice. */
export const moduleLanguagesText = {
  label: 'Languages',
  switchLabel: 'This module in other languages',
  runnerLegend: 'Session text in',
  runnerNote: 'Only the words change: attendance, fidelity and progress stay with the planned sessions.',
};
