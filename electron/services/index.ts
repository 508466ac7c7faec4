import type { AppInfo } from '../api/appInfo';
import type { DataStore } from '../storage';
import { createCurriculumService, type ImportHost, type ModuleSource } from './curriculumService';
import type { Handlers } from './handlers';
import { createPrintService, type PrintHost } from './printService';
import { createSettingsService } from './settingsService';

/** What the services need from the running app: its version, the modules it ships, and the desktop. */
export interface AppEnvironment {
  version: string;
  shippedModules: readonly ModuleSource[];
  host: ImportHost & PrintHost;
}

/** Wires every channel of the contract to its use-case over one open data folder. */
export function createHandlers(store: DataStore, environment: AppEnvironment): Handlers {
  const settings = createSettingsService(store.settings);
  const curricula = createCurriculumService({ repository: store.curricula, shipped: environment.shippedModules, host: environment.host });
  const print = createPrintService(environment.host);
  const appInfo = (): AppInfo => ({ version: environment.version, dataDir: store.dir, notices: store.notices() });

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
    'curricula.list': curricula.list,
    'curricula.get': ({ id }) => curricula.get(id),
    'curricula.chooseImport': curricula.chooseAndPreview,
    'curricula.confirmImport': ({ token }) => curricula.confirmImport(token),
    'curricula.remove': ({ id }) => curricula.remove(id),
    'print.savePdf': ({ fileName }) => print.savePdf(fileName),
  };
}

export { createDispatcher, type Dispatch } from './dispatcher';
export type { Handlers } from './handlers';
export type { ImportHost, ModuleSource } from './curriculumService';
export type { PrintHost } from './printService';
export { readModuleSources } from './shippedModules';
