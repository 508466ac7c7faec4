/**
 * Storage's public face: the only module services (and main) import from storage. What is not
 * exported here is storage's own business.
 */
export { openDataDir } from './dataDir';
export { DataDirInUseError, ProtectedWithoutKeyError, StorageError, type StorageErrorKind } from './errors';
export type { BackupResult, CurriculumRepository, DataStore, DocumentRepository, OpenDataDirOptions, StoredModule, WorkshopRepository } from './types';
export type { StoredBackups, StoredGeneration } from './backupSets';
export { safetyKeptUntil } from './backupPrune';
export { deleteCopiesIn, secondFolderProblem } from './secondFolder';
export { writeFileDurably } from './durableFile';
export { readChosenFile, readYamlFiles, saveUserFile, type ChosenFileRead } from './userFiles';

// Protection: the data key, its key file, and sealed files and bundles.
export { plainFiles, sealedFiles, type FileCodec } from './protection/codec';
export {
  isAuthentic,
  keyMemory,
  newDataKey,
  passphraseWrap,
  readKeyring,
  recoveryWrap,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeKeyring,
  KEYRING_FILE,
  PASSPHRASE_COST,
  WrongSecretError,
  type Keyring,
  type KeyringFields,
} from './protection/keyring';
export { formatRecoveryKey, newRecoveryKey, parseRecoveryKey } from './protection/recoveryKey';
export { backUpBeforeProtecting, holdsData, removeKeyring, resealDataFolder } from './protection/dataFolder';
export { isPassphraseSealed, openWithPassphrase, requireReasonableCost, sealWithPassphrase, UnreasonableSealCostError } from './protection/passphraseSeal';

// The program hub's local mirror (a cache of the hub's sealed documents).
export { HUB_MIRROR_DIR, openHubMirror, type HubMirrorStore, type MirroredDocument } from './hubMirror';
export { SerialQueue } from './queue';
// The program hub: this laptop's membership (hub password and program keys), sealed like every data file.
export {
  hubConnectionFile,
  hubMembershipFile,
  HUB_CONNECTION_FILE,
  HUB_MEMBERSHIP_FILE,
  type HubConnectionFile,
  type HubMembershipFile,
} from './hubMembership';
