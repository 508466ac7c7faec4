/** (Spanish)  Settings as sections with their own addresses. */
export const settingsPagesText = {
  menuLabel: 'Settings sections',
};
