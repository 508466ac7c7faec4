/** The settings channels: their inputs are the settings schemas of the domain, and each returns the settings as saved. */
import {
  attendanceSettingsSchema,
  facilitatorInputSchema,
  lockSettingsSchema,
  organisationSchema,
  preferencesSchema,
  resourceInputSchema,
  retentionSchema,
  siteInputSchema,
  type Settings,
} from '../domain/settings';
import { byId, channel, noInput } from './defineChannel';

/** Settings: the organisation, people, sites, resources and preferences, and each area's settings. */
export const settingsChannels = {
  'settings.get': channel<Settings>()(noInput),
  'settings.setOrganisation': channel<Settings>()(organisationSchema),
  'settings.setPreferences': channel<Settings>()(preferencesSchema.partial().strict()),
  'settings.saveFacilitator': channel<Settings>()(facilitatorInputSchema),
  'settings.removeFacilitator': channel<Settings>()(byId),
  'settings.saveSite': channel<Settings>()(siteInputSchema),
  'settings.removeSite': channel<Settings>()(byId),
  'settings.saveResource': channel<Settings>()(resourceInputSchema),
  'settings.removeResource': channel<Settings>()(byId),
  /** Forgets the remembered export folder: the next save dialog opens in the home folder and asks again. */
  'settings.forgetExportFolder': channel<Settings>()(noInput),
  'settings.setAttendance': channel<Settings>()(attendanceSettingsSchema),
  /** When protected data locks itself: after this many idle minutes (0 = only on demand). */
  'settings.setLock': channel<Settings>()(lockSettingsSchema),
  /** `{ purgeAfterMonths: 24 }` turns purging on; `{}` turns it off. */
  'settings.setRetention': channel<Settings>()(retentionSchema),
};
