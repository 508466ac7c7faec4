/** Settings as sections with their own addresses. */
export const settingsPagesText = {
  menuLabel: 'Secciones de la configuración',
};
