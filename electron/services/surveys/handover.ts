/**
 * The youth-screen handover: the facilitator hands the laptop to a young person for one survey
 * response. While it lasts, main answers only the youth screen's channels (and what the app shell
 * needs to draw it), so nothing else can be read or changed, not even from the developer tools. It
 * ends by locking a protected data folder, or, in a plain one, with the handover code the
 * facilitator set at the start. The state and the code's hash live in memory only: quitting the app
 * ends a handover, and a plain folder then reopens unlocked (which is why protection is recommended).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { ChannelName } from '../../../core/contract/contract';
import { AppFailure } from '../../../core/contract/result';
import type { HandoverStatus } from '../../../core/contract/surveys';
import type { Handlers, HandoverChannel } from '../handlers';
import type { SurveyService } from './surveyService';

export type HandoverHandlers = Pick<Handlers, HandoverChannel>;

export interface HandoverDoor {
  handlers: HandoverHandlers;
  /** Why a channel is refused now (a handover is under way), or undefined when it may answer. */
  refusal(channel: ChannelName): AppFailure | undefined;
  /** The data was locked or closed: a handover cannot outlive it. */
  end(): void;
}

export interface HandoverOptions {
  /** The open data's survey service; undefined while the data is locked. */
  surveys(): SurveyService | undefined;
  /** The data folder is protected: finishing locks it, and no handover code is needed. */
  isProtected(): boolean;
  /** Locks the protected data folder (as the lock button does). */
  lock(): Promise<unknown>;
  now(): Date;
  /** scrypt's cost (log2 N) for the handover code; tests pass a small one. */
  codeCost?: number;
}

/** The shell's own calls, answered during a handover: they show nothing of the data. protection.lock only closes it. */
const shellChannels: readonly ChannelName[] = ['app.info', 'protection.status', 'protection.lock'];
const whileAnswering: ReadonlySet<ChannelName> = new Set<ChannelName>([
  ...shellChannels,
  'surveys.handoverStatus',
  'surveys.handoverQuestions',
  'surveys.handoverAnswer',
  'surveys.handoverFinish',
  'surveys.handoverUnlock',
]);
const whileCodeNeeded: ReadonlySet<ChannelName> = new Set<ChannelName>([...shellChannels, 'surveys.handoverStatus', 'surveys.handoverUnlock']);

/** Wrong codes allowed before each further try must wait, doubling from WAIT_SECONDS up to MAX_WAIT_SECONDS. */
export const FREE_CODE_TRIES = 5;
const WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;
/** scrypt's cost (log2 N) for the handover code: 32 MiB and a few tenths of a second. */
export const HANDOVER_CODE_COST = 15;

interface CodeHash {
  salt: Buffer;
  hash: Buffer;
}

type State = { kind: 'off' } | { kind: 'answering'; workshopId: string; responseId: string; code?: CodeHash } | { kind: 'code-needed'; code: CodeHash };

const active = () => new AppFailure('forbidden', { code: 'survey-handover-active' });

export function createHandoverDoor(options: HandoverOptions): HandoverDoor {
  const cost = options.codeCost ?? HANDOVER_CODE_COST;
  let state: State = { kind: 'off' };
  let wrongCodes = 0;
  let retryAt: number | undefined;

  function derive(code: string, salt: Buffer): Promise<Buffer> {
    const params: ScryptOptions = { N: 2 ** cost, r: 8, p: 1, maxmem: 256 * 2 ** cost * 8 + 1024 * 1024 };
    return new Promise((resolve, reject) => scrypt(code.normalize('NFC'), salt, 32, params, (error, key) => (error ? reject(error) : resolve(key))));
  }

  function forget(): void {
    if (state.kind !== 'off') state.code?.hash.fill(0);
    state = { kind: 'off' };
    wrongCodes = 0;
    retryAt = undefined;
  }

  function status(): HandoverStatus {
    if (state.kind === 'off') return { state: 'off' };
    if (state.kind === 'answering') return { state: 'answering' };
    return retryAt !== undefined && retryAt > options.now().getTime()
      ? { state: 'code-needed', retryAfter: new Date(retryAt).toISOString() }
      : { state: 'code-needed' };
  }

  function surveys(): SurveyService {
    const service = options.surveys();
    if (!service) throw new AppFailure('locked', { code: 'locked' });
    return service;
  }

  function answering(): Extract<State, { kind: 'answering' }> {
    if (state.kind !== 'answering') throw new AppFailure('invalid-input', { code: 'survey-handover-not-started' });
    return state;
  }

  /** Refuses a try made too soon after too many wrong codes, saying how long to wait. */
  function requireMayTry(): void {
    const now = options.now().getTime();
    if (retryAt !== undefined && retryAt > now) {
      throw new AppFailure('invalid-input', { code: 'survey-handover-wait', params: { count: Math.ceil((retryAt - now) / 1000) } });
    }
  }

  async function matches(code: string, expected: CodeHash): Promise<boolean> {
    const typed = await derive(code, expected.salt);
    try {
      return timingSafeEqual(typed, expected.hash);
    } finally {
      typed.fill(0);
    }
  }

  const handlers: HandoverHandlers = {
    async 'surveys.handoverStart'(input) {
      const service = surveys();
      const protectedFolder = options.isProtected();
      if (!protectedFolder && input.handoverCode === undefined) {
        throw new AppFailure('invalid-input', { code: 'survey-handover-code-needed' }, [{ path: 'handoverCode', rule: 'required' }]);
      }
      const view = await service.handoverView(input.workshopId, input.responseId);
      let code: CodeHash | undefined;
      if (!protectedFolder && input.handoverCode !== undefined) {
        const salt = randomBytes(16);
        code = { salt, hash: await derive(input.handoverCode, salt) };
      }
      forget();
      state = { kind: 'answering', workshopId: input.workshopId, responseId: input.responseId, ...(code ? { code } : {}) };
      return view;
    },

    'surveys.handoverStatus': status,

    async 'surveys.handoverQuestions'() {
      const { workshopId, responseId } = answering();
      return surveys().handoverView(workshopId, responseId);
    },

    async 'surveys.handoverAnswer'(input) {
      const { workshopId, responseId } = answering();
      return surveys().handoverAnswer(workshopId, responseId, input.itemId, input.answer);
    },

    async 'surveys.handoverFinish'() {
      const current = answering();
      if (!current.code) {
        // A protected folder (no code was taken): locking ends the handover; the lock screen shows next.
        forget();
        await options.lock();
        return status();
      }
      state = { kind: 'code-needed', code: current.code };
      return status();
    },

    async 'surveys.handoverUnlock'(input) {
      if (state.kind === 'off') throw new AppFailure('invalid-input', { code: 'survey-handover-not-started' });
      const code = state.code;
      // A protected folder's handover ends by finishing it (which locks), never by a code.
      if (!code) throw active();
      requireMayTry();
      if (await matches(input.code, code)) {
        forget();
        return status();
      }
      wrongCodes += 1;
      if (wrongCodes >= FREE_CODE_TRIES) {
        const seconds = Math.min(MAX_WAIT_SECONDS, WAIT_SECONDS * 2 ** (wrongCodes - FREE_CODE_TRIES));
        retryAt = options.now().getTime() + seconds * 1000;
      }
      throw new AppFailure('invalid-input', { code: 'survey-handover-wrong-code' }, [{ path: 'code', rule: 'does-not-unlock' }]);
    },
  };

  return {
    handlers,
    refusal(channel) {
      if (state.kind === 'off') return undefined;
      const allowed = state.kind === 'answering' ? whileAnswering : whileCodeNeeded;
      return allowed.has(channel) ? undefined : active();
    },
    end: forget,
  };
}
