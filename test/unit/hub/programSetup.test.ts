import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubSetupError, setUpHub, type HubSetupOptions } from '../../../build/hub/setup';
import type { CouchFetch } from '../../../electron/services/hub/couchClient';
import { HUB_ADMIN, startHubServer, type HubServer } from '../../support/hubServer';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

describe('npm run hub:setup against a real hub (pouchdb-server on 127.0.0.1)', () => {
  let hub: HubServer;
  let options: HubSetupOptions;

  beforeAll(async () => {
    hub = await startHubServer();
    options = {
      url: hub.origin,
      adminUser: HUB_ADMIN.name,
      adminPassword: HUB_ADMIN.password,
      database: 'program-a',
      coordinator: 'maria',
      coordinatorPassword: 'coordinator-password-1',
    };
  }, 30_000);
  afterAll(() => hub?.stop());

  it('run twice, leaves one program database, members-only, with the coordinator as its admin, and changes nothing the second time', async () => {
    const first = await setUpHub(options);
    expect(first[0]).toBe('Made the database program-a.');
    const second = await setUpHub({ ...options, coordinatorPassword: 'a-different-password' });
    expect(second).toContain('The database program-a was already there.');
    expect(second).toContain('The user maria was already there (its password was left as it is).');

    const databases = (await hub.admin('GET', '/_all_dbs')) as string[];
    expect(databases.filter((name) => !name.startsWith('_'))).toEqual(['program-a']);
    expect(await hub.admin('GET', '/program-a/_security')).toEqual({
      admins: { names: ['maria'], roles: [] },
      members: { names: ['maria'], roles: ['_admin'] },
    });
    // The first password still signs the coordinator in; anyone else is kept out.
    expect((await hub.as({ name: 'maria', password: 'coordinator-password-1' }, 'GET', '/program-a')).status).toBe(200);
    expect((await hub.as({ name: 'maria', password: 'a-different-password' }, 'GET', '/program-a')).status).toBe(401);
    expect((await hub.as(undefined, 'GET', '/program-a/_all_docs')).status).toBe(401);
    // The coordinator may make the facilitators' users.
    const made = await hub.as({ name: 'maria', password: 'coordinator-password-1' }, 'PUT', '/_users/org.couchdb.user:ana', {
      name: 'ana',
      password: 'x',
      roles: [],
      type: 'user',
    });
    expect(made.status).toBe(201);
  });

  it('on a CouchDB 3 that guards the users database’s security object, lifts the guard for that one change and puts it back', async () => {
    // pouchdb-server has no such guard: this models CouchDB 3's (couchdb/users_db_security_editable, unset = false) in front of it.
    const GUARD = '/_node/_local/_config/couchdb/users_db_security_editable';
    let guard: string | undefined;
    const changesWhileGuarded: string[] = [];
    const couchdb3: CouchFetch = async (url, init) => {
      const path = new URL(url).pathname;
      if (path === GUARD) {
        if (init.method === 'GET')
          return guard === undefined ? Response.json({ error: 'not_found', reason: 'unknown_config_value' }, { status: 404 }) : Response.json(guard);
        const previous = guard ?? '';
        guard = init.method === 'DELETE' ? undefined : (JSON.parse(String(init.body)) as string);
        return Response.json(previous);
      }
      if (path === '/_users/_security' && init.method === 'PUT' && guard !== 'true') {
        changesWhileGuarded.push(path);
        return Response.json({ error: 'forbidden', reason: 'You can’t edit the security object of the user database.' }, { status: 403 });
      }
      return fetch(url, init);
    };
    await setUpHub({ ...options, database: 'program-d', coordinator: 'noor', coordinatorPassword: 'coordinator-password-4', fetch: couchdb3 });
    expect(changesWhileGuarded).toEqual([]);
    expect(guard).toBeUndefined();
    expect(((await hub.admin('GET', '/_users/_security')) as { admins: { names: string[] } }).admins.names).toContain('noor');
  });

  it('says what is wrong, before sending anything when the address or a name is off', async () => {
    await expect(setUpHub({ ...options, url: 'http://hub.example.org' })).rejects.toThrow(/must be https:\/\//);
    await expect(setUpHub({ ...options, url: `${hub.origin}/program-a` })).rejects.toThrow(/address alone/);
    await expect(setUpHub({ ...options, database: 'Program A' })).rejects.toThrow(/--database must be a CouchDB database name/);
    await expect(setUpHub({ ...options, coordinator: '_maria' })).rejects.toThrow(/--coordinator must be a CouchDB user name/);
    const refused = await setUpHub({ ...options, adminPassword: 'wrong' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HubSetupError);
    expect((refused as Error).message).toBe('CouchDB refused the admin user name or password.');
    expect((refused as Error).message).not.toContain('wrong');
  });

  it('runs as a command, taking passwords from the environment and refusing them on the command line', async () => {
    const args = ['build/hub/setup.ts', '--url', hub.origin, '--admin-user', HUB_ADMIN.name, '--database', 'program-b', '--coordinator', 'luis'];
    const env = { ...process.env, HUB_ADMIN_PASSWORD: HUB_ADMIN.password, HUB_COORDINATOR_PASSWORD: 'coordinator-password-2' };
    const { stdout } = await run(TSX, args, { cwd: ROOT, env });
    expect(stdout).toContain('Made the database program-b.');
    expect(stdout).toContain('Ready.');
    expect((await hub.as({ name: 'luis', password: 'coordinator-password-2' }, 'GET', '/program-b')).status).toBe(200);

    // Asked at the prompt when not in the environment (here piped in), and never written back out.
    const { HUB_ADMIN_PASSWORD: _admin, HUB_COORDINATOR_PASSWORD: _coordinator, ...withoutPasswords } = env;
    const prompted = spawn(
      TSX,
      ['build/hub/setup.ts', '--url', hub.origin, '--admin-user', HUB_ADMIN.name, '--database', 'program-c', '--coordinator', 'rosa'],
      {
        cwd: ROOT,
        env: withoutPasswords,
      },
    );
    let output = '';
    prompted.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    prompted.stdin.end(`${HUB_ADMIN.password}\ncoordinator-password-3\n`);
    expect(await new Promise((done) => prompted.once('exit', done))).toBe(0);
    expect(output).toContain('Password of the CouchDB admin hub-admin:');
    expect(output).toContain('Made the database program-c.');
    expect(output).not.toContain(HUB_ADMIN.password);
    expect(output).not.toContain('coordinator-password-3');
    expect((await hub.as({ name: 'rosa', password: 'coordinator-password-3' }, 'GET', '/program-c')).status).toBe(200);

    const withPassword = await run(TSX, [...args, '--admin-password', 'x'], { cwd: ROOT, env }).catch((error: { code?: number; stderr?: string }) => error);
    expect((withPassword as { code?: number }).code).toBe(1);
    expect((withPassword as { stderr: string }).stderr).toMatch(/admin-password/);
  }, 30_000);
});
