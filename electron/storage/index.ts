export { openDataDir } from './dataDir';
export { DataDirInUseError } from './errors';
export type { DataStore, DocumentRepository, OpenDataDirOptions, WorkshopRepository } from './types';
export type { CurriculumRepository, StoredModule } from './curricula';
export { writeFileDurably } from './durableFile';
export { saveFailure } from './errors';
