/**
 * Workshops whose share failed here: the workshop file did not read, the hub's mirror on disk did
 * not take the new revision, no program key was held, or the engine was not running (stopping to
 * change the hub's address). A hub out of reach is not among them: a share lands in the mirror on
 * disk and replication carries it whenever the hub answers. Each failed one is tried again on the
 * next good exchange with the hub, on wake, and after a back-off (doubling up to a limit), not only
 * at the workshop's next write.
 */
export interface ShareRetryOptions {
  share(workshopId: string): Promise<void>;
  /** First wait after a failure; it doubles with each round that still fails, up to maxMs. */
  minMs?: number;
  maxMs?: number;
}

const DEFAULT_MIN_MS = 2_000;
const DEFAULT_MAX_MS = 120_000;

export function createShareRetry(options: ShareRetryOptions) {
  const minMs = options.minMs ?? DEFAULT_MIN_MS;
  const maxMs = options.maxMs ?? DEFAULT_MAX_MS;
  const waiting = new Set<string>();
  let roundsFailed = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let round: Promise<void> | undefined;
  let stopped = false;

  function schedule(): void {
    if (timer !== undefined || stopped || waiting.size === 0) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        void retryNow();
      },
      Math.min(maxMs, minMs * 2 ** roundsFailed),
    );
  }

  async function runRound(): Promise<void> {
    for (const workshopId of [...waiting]) {
      try {
        await options.share(workshopId);
        waiting.delete(workshopId);
      } catch {
        // Still failing: kept for the next round.
      }
    }
    roundsFailed = waiting.size === 0 ? 0 : roundsFailed + 1;
  }

  /** Tries every waiting share now (one round at a time); resolves when the round is over. */
  function retryNow(): Promise<void> {
    if (stopped || waiting.size === 0) return round ?? Promise.resolve();
    round ??= runRound().finally(() => {
      round = undefined;
      schedule();
    });
    return round;
  }

  return {
    /** A share of `workshopId` failed: it waits for the next try. */
    failed(workshopId: string): void {
      waiting.add(workshopId);
      schedule();
    },
    /** It was shared some other way (a later write): nothing to try again. */
    done(workshopId: string): void {
      waiting.delete(workshopId);
    },
    retryNow,
    waiting: (): string[] => [...waiting],
    /** Stops the timer; what waits is kept and tried at the next `start`. */
    stop(): void {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
    start(): void {
      stopped = false;
      roundsFailed = 0;
      void retryNow();
    },
  };
}

export type ShareRetry = ReturnType<typeof createShareRetry>;
