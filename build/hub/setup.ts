/**
 * `npm run hub:setup -- --url https://hub.example.org --admin-user admin --database program-a --coordinator maria`
 *
 * Prepares a CouchDB for one program: the program's database, its security object (the coordinator
 * as the database's admin, `_admin` always among the members so it is never public), the design
 * document that keeps each member's document theirs, the coordinator's CouchDB user, and the
 * coordinator's right to make the facilitators' users (an admin of `_users`). Running it again changes
 * nothing that is already right, and never changes an existing user's password.
 *
 * Passwords never go on the command line (where other users and the shell history see them): the
 * server admin's comes from HUB_ADMIN_PASSWORD and the coordinator's from HUB_COORDINATOR_PASSWORD,
 * or each is asked for at the prompt.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { hubAddressProblem, hubDatabaseSchema, hubOrigin, hubUserNameProblem, MAX_DATABASE_NAME } from '../../core/domain/hub/hubSettings';
import { couchClient, couchPath, HubRequestError, type CouchFetch } from '../../electron/services/hub/couchClient';
import { changeSecurity, ensureDatabase, ensureProgramDesign, letMakeUsers } from '../../electron/services/hub/programDatabase';

export interface HubSetupOptions {
  url: string;
  adminUser: string;
  adminPassword: string;
  database: string;
  coordinator: string;
  coordinatorPassword: string;
  fetch?: CouchFetch;
}

/** A problem with what the setup was given, or with what the hub answered, in words for the person running it. */
export class HubSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HubSetupError';
  }
}

const USAGE =
  'Usage: npm run hub:setup -- --url <https://hub.example.org> --admin-user <name> --database <name> --coordinator <name>\n' +
  'Passwords: HUB_ADMIN_PASSWORD and HUB_COORDINATOR_PASSWORD, or typed at the prompt.';

function check(options: HubSetupOptions): void {
  const address = hubAddressProblem(options.url);
  if (address?.rule === 'hub-not-https') throw new HubSetupError(`--url must be https:// (plain http:// only for 127.0.0.1, ::1 or localhost): ${options.url}`);
  if (address)
    throw new HubSetupError(`--url must be the hub's address alone, such as https://hub.example.org:6984 (no path, user or password): ${options.url}`);
  if (!hubDatabaseSchema.safeParse(options.database).success)
    throw new HubSetupError(
      `--database must be a CouchDB database name: a lowercase letter, then lowercase letters, digits and _ $ ( ) + - /, at most ${MAX_DATABASE_NAME} characters: ${options.database}`,
    );
  for (const [flag, name] of [
    ['--coordinator', options.coordinator],
    ['--admin-user', options.adminUser],
  ] as const) {
    if (hubUserNameProblem(name)) throw new HubSetupError(`${flag} must be a CouchDB user name (not empty, not starting with _, no colon): ${name}`);
  }
  if (options.adminPassword === '' || options.coordinatorPassword === '') throw new HubSetupError('Both passwords are needed.');
}

function explain(error: unknown, url: string): never {
  if (!(error instanceof HubRequestError)) throw error;
  const answers: Record<HubRequestError['problem'], string> = {
    unreachable: `No answer from ${url}. Is CouchDB running there, and is the address right?`,
    redirected: `${url} answered with a redirect, which is never followed. Give the address CouchDB answers at itself.`,
    refused: 'CouchDB refused the admin user name or password.',
    forbidden: 'CouchDB says this admin user may not do that. Use a server admin (the COUCHDB_USER of the container).',
    'not-found': `CouchDB answered "not found" to ${error.method} ${error.path}.`,
    conflict: `CouchDB answered "conflict" to ${error.method} ${error.path}; run the setup again.`,
    failed: `CouchDB answered ${error.status ?? 'an error'} to ${error.method} ${error.path}.`,
  };
  throw new HubSetupError(answers[error.problem]);
}

/** Sets the hub up for one program; returns what it did, one line per step. */
export async function setUpHub(options: HubSetupOptions): Promise<string[]> {
  check(options);
  const origin = hubOrigin(options.url);
  const admin = couchClient({ origin, user: { name: options.adminUser, password: options.adminPassword }, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const done: string[] = [];
  try {
    // A new single-node CouchDB 3 may not have its users database yet.
    await ensureDatabase(admin, '_users');
    const database = await ensureDatabase(admin, options.database);
    done.push(database === 'made' ? `Made the database ${options.database}.` : `The database ${options.database} was already there.`);

    const userPath = couchPath('_users', `org.couchdb.user:${options.coordinator}`);
    const user = await admin.request('PUT', userPath, { name: options.coordinator, password: options.coordinatorPassword, roles: [], type: 'user' });
    if (user.status === 409) done.push(`The user ${options.coordinator} was already there (its password was left as it is).`);
    else if (user.status === 201 || user.status === 202) done.push(`Made the user ${options.coordinator}.`);
    else await admin.json('PUT', userPath, { name: options.coordinator, password: options.coordinatorPassword, roles: [], type: 'user' });

    // The coordinator makes each facilitator's CouchDB user: an admin of _users may.
    await letMakeUsers(admin, options.coordinator);
    await changeSecurity(admin, options.database, { admin: options.coordinator, addMember: options.coordinator });
    done.push(`${options.coordinator} is the admin of ${options.database} and may make its members' users; the database is open to its members only.`);

    const design = await ensureProgramDesign(admin, options.database);
    done.push(
      design === 'kept' ? 'The rule keeping member documents was already in place.' : 'Put in place the rule keeping each member document to its member.',
    );
  } catch (error) {
    explain(error, origin);
  }
  return done;
}

/** Reads a password for each question from one prompt (stdin may be a pipe holding them all); a terminal does not echo them. */
async function askPasswords(questions: readonly string[]): Promise<string[]> {
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  // readline writes what is typed back to the terminal through this method: silenced, only the questions show.
  (lines as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
  const typed = lines[Symbol.asyncIterator]();
  const answers: string[] = [];
  try {
    for (const question of questions) {
      process.stdout.write(question);
      const next = await typed.next();
      process.stdout.write('\n');
      if (next.done) throw new HubSetupError('No password was given.');
      answers.push(next.value);
    }
  } finally {
    lines.close();
  }
  return answers;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, 'admin-user': { type: 'string' }, database: { type: 'string' }, coordinator: { type: 'string' } },
    strict: true,
  });
  if (!values.url || !values['admin-user'] || !values.database || !values.coordinator) throw new HubSetupError(USAGE);
  const questions = [
    ...(process.env.HUB_ADMIN_PASSWORD === undefined ? [`Password of the CouchDB admin ${values['admin-user']}: `] : []),
    ...(process.env.HUB_COORDINATOR_PASSWORD === undefined ? [`Password for the coordinator ${values.coordinator}: `] : []),
  ];
  const typed = questions.length > 0 ? await askPasswords(questions) : [];
  const adminPassword = process.env.HUB_ADMIN_PASSWORD ?? typed.shift() ?? '';
  const coordinatorPassword = process.env.HUB_COORDINATOR_PASSWORD ?? typed.shift() ?? '';
  const done = await setUpHub({
    url: values.url,
    adminUser: values['admin-user'],
    adminPassword,
    database: values.database,
    coordinator: values.coordinator,
    coordinatorPassword,
  });
  for (const line of done) console.log(line);
  console.log(`Ready. In the app, ${values.coordinator} creates the program in Settings › Program hub with this address, database, user name and password.`);
}

if (process.argv[1] !== undefined && /[\\/]build[\\/]hub[\\/]setup\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof HubSetupError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    process.exit(1);
  });
}
