/** The hub engine's public face: what main and the other hub modules use of replication, sealing and the remote. */
export {
  DEFAULT_HUB_TIMING,
  NoProgramKey,
  startHubEngine,
  type HubEngine,
  type HubEngineOptions,
  type HubTiming,
  type IncomingBatchHandler,
  type IncomingContext,
  type IncomingHandler,
  type WithdrawnHandler,
} from './replication';
export { HubAddressRefused, HubOriginRefused, type HubConnection } from './remote';
export { currentKey, openBody, PROGRAM_KEY_BYTES, sealBody, UnreadableHubDocument, type ProgramKey, type UnreadableReason } from './sealing';
export type { SyncStateListener } from './syncState';
