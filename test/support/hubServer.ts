/**
 * A CouchDB-compatible server for the program hub's tests: pouchdb-server from npm, in memory, on
 * 127.0.0.1 only, started by the test itself and stopped by it. It enforces what the hub relies on:
 * users (`_users`), a database's security object (members and admins), and 401/403 for anyone else.
 * As in CouchDB, a security object with no member names and no member roles makes a database public:
 * `createDatabase` always lists the `_admin` role among members, and so must the hub.
 *
 *   const hub = await startHubServer();
 *   await hub.createDatabase('program-a', { admins: ['coordinator'], members: ['ana'] });
 *   await hub.createUser('ana', 'pw');
 *   ... hub.origin is http://127.0.0.1:<port>
 *   await hub.stop();
 *
 * It runs a database's validate_doc_update (the program's design document stays on, as on a real
 * hub), with pouchdb-validation's one departure from CouchDB corrected: it no longer rewrites the
 * history of a replicated revision (pouchdbValidationHistory.cjs).
 *
 * `pause()`/`resume()` freeze the process (SIGSTOP/SIGCONT): connections hang as over a dead network
 * and the data stays. `restart()` starts a new process on the same port: an in-memory server comes
 * back empty, as a hub restored from nothing would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setUpHub } from '../../build/hub/setup';

const BIN = resolve(__dirname, '../../node_modules/pouchdb-server/bin/pouchdb-server');
/** Keeps a replicated revision's history through pouchdb-server's validation (see the file). */
const KEEP_HISTORY = resolve(__dirname, 'pouchdbValidationHistory.cjs');
const HOST = '127.0.0.1';
export const HUB_ADMIN = { name: 'hub-admin', password: 'hub-admin-password' };

export interface HubServer {
  /** http://127.0.0.1:<port>, never any other address. */
  origin: string;
  port: number;
  /** Calls the server as its admin; throws with the server's answer when the status is not 2xx. */
  admin(method: string, path: string, body?: unknown): Promise<unknown>;
  /** Calls the server as `user`; returns the status and body whatever they are. */
  as(user: { name: string; password: string } | undefined, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  createDatabase(name: string, security?: { admins?: string[]; members?: string[] }): Promise<void>;
  createUser(name: string, password: string): Promise<void>;
  pause(): void;
  resume(): void;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

function basic(user: { name: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;
}

async function call(origin: string, user: { name: string; password: string } | undefined, method: string, path: string, body?: unknown) {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(user ? { authorization: basic(user) } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

async function waitUntilUp(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`pouchdb-server did not answer on ${origin} within 20 s:\n${output()}`);
}

export async function startHubServer(): Promise<HubServer> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const workDir = await mkdtemp(join(tmpdir(), 'facilitator-hub-server-'));
  let child: ChildProcess;
  let output = '';

  async function launch(): Promise<void> {
    output = '';
    // Its config.json and log.txt go to the working folder: a temporary one, never the project.
    child = spawn(
      process.execPath,
      ['--require', KEEP_HISTORY, BIN, '--in-memory', '--host', HOST, '--port', String(port), '--config', join(workDir, 'config.json'), '--no-stdout-logs'],
      {
        cwd: workDir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntilUp(origin, child, () => output);
    // Out of "admin party": from here on, only the admin and the users it makes get in. After a
    // restart the admin is still there (the server keeps its config on disk, as CouchDB does).
    const made = await call(origin, undefined, 'PUT', `/_config/admins/${HUB_ADMIN.name}`, HUB_ADMIN.password);
    if (made.status < 300 || (await call(origin, HUB_ADMIN, 'GET', '/_config/admins')).status === 200) return;
    throw new Error(`Could not set the hub's admin: ${made.status} ${JSON.stringify(made.body)}`);
  }

  async function kill(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGCONT');
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  }

  await launch();

  const server: HubServer = {
    origin,
    port,
    async admin(method, path, body) {
      const answer = await call(origin, HUB_ADMIN, method, path, body);
      if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
    as: (user, method, path, body) => call(origin, user, method, path, body),
    async createDatabase(name, security = {}) {
      await server.admin('PUT', `/${encodeURIComponent(name)}`);
      // Members always include the _admin role: a security object with no member names and no roles
      // makes a CouchDB database public.
      await server.admin('PUT', `/${encodeURIComponent(name)}/_security`, {
        admins: { names: security.admins ?? [], roles: [] },
        members: { names: security.members ?? [], roles: ['_admin'] },
      });
    },
    async createUser(name, password) {
      await server.admin('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { name, password, roles: [], type: 'user' });
    },
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    async restart() {
      await kill();
      await launch();
    },
    async stop() {
      await kill();
      await rm(workDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** The program's database on `hub` as `npm run hub:setup` makes it, with `coordinator` as its admin. */
export async function setUpProgramDatabase(hub: HubServer, database: string, coordinator: { name: string; password: string }): Promise<void> {
  await setUpHub({
    url: hub.origin,
    adminUser: HUB_ADMIN.name,
    adminPassword: HUB_ADMIN.password,
    database,
    coordinator: coordinator.name,
    coordinatorPassword: coordinator.password,
  });
}
