import type { AppInfo } from '../api/appInfo';
import type { DataStore } from '../storage';
import type { Handlers } from './handlers';
import { createSettingsService } from './settingsService';

export interface AppIdentity {
  version: string;
}

/** Wires every channel of the contract to its use-case over one open data folder. */
export function createHandlers(store: DataStore, identity: AppIdentity): Handlers {
  const settings = createSettingsService(store.settings);
  const appInfo = (): AppInfo => ({ version: identity.version, dataDir: store.dir, notices: store.notices() });

  return {
    'app.info': appInfo,
    'app.dismissNotice': ({ id }) => {
      store.dismissNotice(id);
      return appInfo();
    },
    'settings.get': settings.get,
    'settings.setOrganisation': settings.setOrganisation,
    'settings.setPreferences': settings.setPreferences,
    'settings.saveFacilitator': settings.saveFacilitator,
    'settings.removeFacilitator': ({ id }) => settings.removeFacilitator(id),
    'settings.saveSite': settings.saveSite,
    'settings.removeSite': ({ id }) => settings.removeSite(id),
    'settings.saveResource': settings.saveResource,
    'settings.removeResource': ({ id }) => settings.removeResource(id),
  };
}

export { createDispatcher, type Dispatch } from './dispatcher';
export type { Handlers } from './handlers';
