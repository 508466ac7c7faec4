/**
 * CouchDB's HTTP API at one origin, as one user: JSON in, JSON out. Every request goes to that origin
 * and nowhere else (a path that would leave it is refused before anything is sent), a redirect is an
 * error rather than followed, and the credentials travel only in the Authorization header: an error
 * names the method, the path and the status, never a password.
 */
export interface CouchUser {
  name: string;
  password: string;
}

export type CouchFetch = (input: string, init: RequestInit) => Promise<Response>;

/** Why a request did not get the answer it needed. */
export type HubRequestProblem =
  /** No answer: the hub is down, the network is gone, or it took too long. */
  | 'unreachable'
  /** The hub tried to send the request elsewhere (a redirect), which is never followed. */
  | 'redirected'
  /** 401: the name or password is refused. */
  | 'refused'
  /** 403: signed in, but not allowed (not a member, or not the database's admin). */
  | 'forbidden'
  | 'not-found'
  /** 409 or 412: the document or database is already there (or changed meanwhile). */
  | 'conflict'
  /** Any other answer. */
  | 'failed';

export class HubRequestError extends Error {
  constructor(
    readonly problem: HubRequestProblem,
    readonly method: string,
    readonly path: string,
    readonly status?: number,
  ) {
    super(`${method} ${path}: ${status === undefined ? problem : `${status} (${problem})`}`);
    this.name = 'HubRequestError';
  }
}

export interface CouchAnswer {
  status: number;
  body: unknown;
}

export interface CouchClient {
  readonly origin: string;
  /** The answer whatever its status; throws HubRequestError only when there is none (or a redirect). */
  request(method: string, path: string, body?: unknown): Promise<CouchAnswer>;
  /** The body of a 2xx answer; any other status throws HubRequestError. */
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

const REQUEST_TIMEOUT_MS = 20_000;

function problemOf(status: number): HubRequestProblem {
  if (status === 401) return 'refused';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  return 'failed';
}

/** `/db/doc` with each part encoded: `couchPath('prog', 'member:ana')` is `/prog/member%3Aana`. */
export function couchPath(...parts: string[]): string {
  return `/${parts.map(encodeURIComponent).join('/')}`;
}

export function couchClient(options: { origin: string; user: CouchUser; fetch?: CouchFetch; timeoutMs?: number }): CouchClient {
  const { origin, user } = options;
  const send: CouchFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const authorization = `Basic ${Buffer.from(`${user.name}:${user.password}`, 'utf8').toString('base64')}`;

  async function request(method: string, path: string, body?: unknown): Promise<CouchAnswer> {
    const url = new URL(path, origin);
    if (url.origin !== origin || !path.startsWith('/')) throw new HubRequestError('redirected', method, path);
    let response: Response;
    try {
      response = await send(url.href, {
        method,
        redirect: 'error',
        headers: { accept: 'application/json', authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new HubRequestError('unreachable', method, path);
    }
    if (response.status >= 300 && response.status < 400) throw new HubRequestError('redirected', method, path, response.status);
    const text = await response.text().catch(() => '');
    let parsed: unknown = undefined;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON: the status says enough
    }
    return { status: response.status, body: parsed };
  }

  return {
    origin,
    request,
    async json<T>(method: string, path: string, body?: unknown) {
      const answer = await request(method, path, body);
      if (answer.status < 200 || answer.status >= 300) throw new HubRequestError(problemOf(answer.status), method, path, answer.status);
      return answer.body as T;
    },
  };
}

/** The HubRequestError for a non-2xx answer already in hand. */
export function answerError(answer: CouchAnswer, method: string, path: string): HubRequestError {
  return new HubRequestError(problemOf(answer.status), method, path, answer.status);
}
