// PouchDB as the hub uses it: the http adapter (the hub), the memory adapter (the local replica)
// and replication. Plain JavaScript on purpose: see pouchdbRuntime.d.ts for why and for its types.
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

// Plugins change PouchDB itself, and replication's cannot be added twice: this module may be
// evaluated again over the same PouchDB (tests that import main afresh), so each is added once.
const withAdapters = PouchDB.plugin(httpAdapter).plugin(memoryAdapter);
const hasReplication = Object.getOwnPropertyDescriptor(withAdapters.prototype, 'replicate') !== undefined;
export const HubPouch = hasReplication ? withAdapters : withAdapters.plugin(replication);
