/**
 * The names of every call the renderer can make. Kept apart from the schemas in contract.ts so the
 * preload script (which only needs the names) stays small; contract.ts must define exactly these.
 */
export const channelNames = [
  'app.info',
  'app.dismissNotice',
  'settings.get',
  'settings.setOrganisation',
  'settings.setPreferences',
  'settings.saveFacilitator',
  'settings.removeFacilitator',
  'settings.saveSite',
  'settings.removeSite',
  'settings.saveResource',
  'settings.removeResource',
  'curricula.list',
  'curricula.get',
  'curricula.chooseImport',
  'curricula.confirmImport',
  'curricula.remove',
  'print.savePdf',
] as const;

export type ChannelName = (typeof channelNames)[number];
