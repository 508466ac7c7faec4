// PouchDB as the hub uses it: the http adapter (the hub), the memory adapter (the local replica)
// and replication. Plain JavaScript on purpose: see pouchdbRuntime.d.ts for why and for its types.
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

export const HubPouch = PouchDB.plugin(httpAdapter).plugin(memoryAdapter).plugin(replication);
