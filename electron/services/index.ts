/** The services' public face: what main, the preload's tests and the e2e bridge use. */
export { createHandlers, type AppEnvironment } from './dataHandlers';
export { createDispatcher, type Dispatch } from './dispatcher';
export type { DataHandlers, Handlers } from './handlers';
export { createAppSession, type AppSession } from './protection/session';
export { noKeychain, type Keychain } from './protection/keychain';
export type { ModuleSource } from './curriculumService';
export type { DesktopHost, OpenFormat, SaveFormat } from './host';
export type { Clock } from './planning/clock';
export { readModuleSources } from './shippedModules';
