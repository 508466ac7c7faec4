/** Un módulo de currículo en varios idiomas: la tarjeta de la biblioteca, el cambio de idioma y la opción en la sesión. */
export const moduleLanguagesText = {
  label: 'Idiomas',
  switchLabel: 'Este módulo en otros idiomas',
  runnerLegend: 'Texto de la sesión en',
  runnerNote: 'Solo cambia el texto: la asistencia, la fidelidad y el progreso siguen con las sesiones planeadas.',
};
