/**
 * The hub as the laptop reaches it: one CouchDB database at one configured origin, with the user's
 * name and password. This is the one place in the app that opens a connection, and every request
 * goes through `guardedFetch`: a URL of any other origin is refused before anything is sent, a
 * redirect is an error (never followed to another host), and each request has a deadline (a hub
 * that stops answering, as after sleep or a dead network, must not hang the exchange forever).
 *
 * The password travels only in the Authorization header: it is never part of a URL, an error
 * message or a log line (nothing here logs).
 */
import { hubOrigin, isAllowedHubAddress } from '../../../core/domain/hub/hubSettings';
import type { SealedDocument } from '../../../core/domain/hub/documents';
import { HubPouch, type HubDatabase } from './pouchdbRuntime';

export interface HubConnection {
  /** https://hub.example.org (or http://127.0.0.1:port): an origin, see isAllowedHubAddress. */
  address: string;
  database: string;
  userName: string;
  password: string;
}

/** The configured address is not one the app may connect to (see isAllowedHubAddress). */
export class HubAddressRefused extends Error {
  constructor() {
    super('the hub address must be https, or http to this computer, with no name, password, path or query in it');
    this.name = 'HubAddressRefused';
  }
}

/** A request to another origin than the configured hub's, refused before it was sent. */
export class HubOriginRefused extends Error {
  constructor(readonly origin: string) {
    super(`refused a request to ${origin}: the hub connects only to the address set for it`);
    this.name = 'HubOriginRefused';
  }
}

type Fetch = typeof fetch;

function originOf(input: Parameters<Fetch>[0]): string | undefined {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    return new URL(href).origin;
  } catch {
    return undefined;
  }
}

/**
 * A fetch that reaches `origin` only, follows no redirect, and gives up after `timeoutMs` (the
 * caller's own signal still aborts it sooner).
 */
export function guardedFetch(origin: string, timeoutMs: number, baseFetch: Fetch = fetch): Fetch {
  return async (input, init = {}) => {
    const target = originOf(input);
    if (target !== origin) throw new HubOriginRefused(target ?? 'an address that is not a URL');
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return baseFetch(input, { ...init, redirect: 'error', signal });
  };
}

/** Whether the hub accepts this laptop's name and password at all (asked when the database refuses it). */
export type Credentials = 'accepted' | 'refused' | 'unknown';

export interface HubRemote {
  readonly origin: string;
  /** The program's database, through PouchDB's http adapter (never created from here: skip_setup). */
  readonly db: HubDatabase<SealedDocument>;
  /** Asks `/_session` whether the name and password are still good, to tell a refused password from a revoked membership. */
  checkCredentials(): Promise<Credentials>;
  /**
   * Waits up to `ms` for a change on the hub after `since` (CouchDB's longpoll). Resolves true when
   * one came, false on timeout, error or `signal`: it only hints that an exchange is worth starting now.
   */
  waitForChange(since: string | number, ms: number, signal: AbortSignal): Promise<boolean>;
}

export interface RemoteTiming {
  /** Deadline of one request to the hub. */
  requestTimeoutMs: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * After each batch, PouchDB's replication asks its source for `info()` only to count progress for
 * its active-task list, and leaves that promise with no rejection handler (pouchdb-replication
 * 9.0.0). Pulling from a hub that fails just then (gone, or past a request's deadline) made an
 * unhandled rejection. Nothing here reads that count, so a failed `info()` answers with a count of
 * nothing; a hub that is really out of reach still fails the exchange at its next request.
 */
function answerInfoWithoutFailing(db: HubDatabase<SealedDocument>, database: string): void {
  const info = db.info.bind(db);
  db.info = () => info().catch(() => ({ db_name: database, update_seq: 0 }));
}

export function openRemote(connection: HubConnection, timing: RemoteTiming, baseFetch: Fetch = fetch): HubRemote {
  if (!isAllowedHubAddress(connection.address)) throw new HubAddressRefused();
  const origin = hubOrigin(connection.address);
  const fetchHub = guardedFetch(origin, timing.requestTimeoutMs, baseFetch);
  const databaseUrl = `${origin}/${encodeURIComponent(connection.database)}`;
  const authorization = `Basic ${Buffer.from(`${connection.userName}:${connection.password}`, 'utf8').toString('base64')}`;
  const headers = { authorization, accept: 'application/json' };

  const db = new HubPouch<SealedDocument>(databaseUrl, {
    fetch: fetchHub,
    auth: { username: connection.userName, password: connection.password },
    skip_setup: true,
  });

  answerInfoWithoutFailing(db, connection.database);

  return {
    origin,
    db,
    async checkCredentials() {
      try {
        const response = await fetchHub(`${origin}/_session`, { headers });
        if (response.status === 401 || response.status === 403) return 'refused';
        if (!response.ok) return 'unknown';
        const body: unknown = await response.json();
        const name = isRecord(body) && isRecord(body.userCtx) ? body.userCtx.name : undefined;
        return name === connection.userName ? 'accepted' : 'refused';
      } catch {
        return 'unknown';
      }
    },
    async waitForChange(since, ms, signal) {
      const query = new URLSearchParams({ feed: 'longpoll', since: String(since), timeout: String(ms), limit: '1' });
      // A longpoll outlives a request's deadline by design: its own fetch, bounded by `ms` and `signal`.
      const waitFetch = guardedFetch(origin, ms + timing.requestTimeoutMs, baseFetch);
      try {
        const response = await waitFetch(`${databaseUrl}/_changes?${query.toString()}`, { headers, signal });
        if (!response.ok) return false;
        const body: unknown = await response.json();
        return isRecord(body) && Array.isArray(body.results) && body.results.length > 0;
      } catch {
        return false;
      }
    },
  };
}
