import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubServer, type HubServer } from '../../support/hubServer';

/** The test server must hold the hub to the rules production CouchDB does, or the hub's tests prove nothing. */
describe('the hub test server (pouchdb-server, in memory, on 127.0.0.1)', () => {
  let hub: HubServer;
  const ana = { name: 'ana', password: 'pw-ana' };
  const ben = { name: 'ben', password: 'pw-ben' };

  beforeAll(async () => {
    hub = await startHubServer();
    await hub.createDatabase('program-a', { admins: ['coordinator'], members: ['ana'] });
    await hub.createUser('ana', ana.password);
    await hub.createUser('ben', ben.password);
  }, 30_000);
  afterAll(() => hub?.stop());

  it('listens on loopback only', () => {
    expect(hub.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('lets a member in and keeps out a non-member, a wrong password and anyone anonymous', async () => {
    expect((await hub.as(ana, 'GET', '/program-a/_all_docs')).status).toBe(200);
    expect([401, 403]).toContain((await hub.as(ben, 'GET', '/program-a/_all_docs')).status);
    expect((await hub.as({ ...ana, password: 'wrong' }, 'GET', '/program-a/_all_docs')).status).toBe(401);
    expect([401, 403]).toContain((await hub.as(undefined, 'GET', '/program-a/_all_docs')).status);
  });

  it('stops letting a user in once the security object no longer names them', async () => {
    await hub.admin('PUT', '/program-a/_security', { admins: { names: ['coordinator'], roles: [] }, members: { names: [], roles: ['_admin'] } });
    expect([401, 403]).toContain((await hub.as(ana, 'GET', '/program-a/_all_docs')).status);
  });

  it('makes a database public when its security object names no member and no role, as CouchDB does (so the hub never writes one)', async () => {
    await hub.createDatabase('program-open');
    await hub.admin('PUT', '/program-open/_security', { admins: { names: [], roles: [] }, members: { names: [], roles: [] } });
    expect((await hub.as(ben, 'GET', '/program-open/_all_docs')).status).toBe(200);
  });

  it('runs a database’s validate_doc_update, and keeps a replicated revision’s history through it, as CouchDB does', async () => {
    await hub.createDatabase('program-guarded', { members: ['ana'] });
    await hub.admin('PUT', '/program-guarded/_design/guard', {
      validate_doc_update: 'function (newDoc) { if (newDoc.refuse) throw({ forbidden: "refused by the guard" }); }',
    });
    expect((await hub.as(ana, 'PUT', '/program-guarded/refused', { refuse: true })).status).toBe(403);

    // A laptop replicates two revisions of one document (as PouchDB's replication writes them), then a third on top.
    const history = (revisions: string[]) => ({ start: revisions.length, ids: [...revisions].reverse() });
    const put = (revisions: string[]) =>
      hub.as(ana, 'POST', '/program-guarded/_bulk_docs', {
        new_edits: false,
        docs: [{ _id: 'workshop:1', _rev: `${revisions.length}-${revisions.at(-1)}`, _revisions: history(revisions), n: revisions.length }],
      });
    expect((await put(['a1', 'b2'])).status).toBe(201);
    expect((await put(['a1', 'b2', 'c3'])).status).toBe(201);
    const stored = (await hub.admin('GET', '/program-guarded/workshop%3A1?revs=true&conflicts=true')) as {
      _rev: string;
      _revisions: unknown;
      _conflicts?: string[];
    };
    expect(stored._rev).toBe('3-c3');
    expect(stored._revisions).toEqual({ start: 3, ids: ['c3', 'b2', 'a1'] });
    expect(stored._conflicts).toBeUndefined();
  });

  it('comes back empty after a restart (in memory), on the same address', async () => {
    await hub.restart();
    expect((await hub.as(undefined, 'GET', '/')).status).toBe(200);
    expect((await hub.as({ name: 'hub-admin', password: 'hub-admin-password' }, 'GET', '/program-a')).status).toBe(404);
  }, 30_000);
});
