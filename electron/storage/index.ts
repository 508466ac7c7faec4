export { openDataDir } from './dataDir';
export { DataDirInUseError } from './errors';
export type { DataStore, DocumentRepository, OpenDataDirOptions, WorkshopRepository } from './types';
