import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShareRetry } from '../../../electron/services/hub/shareRetry';

/** A share that fails while `failing` holds, and records each workshop it shared. */
function flakyShare() {
  const state = { failing: true, shared: [] as string[], tries: 0 };
  const share = async (workshopId: string) => {
    state.tries += 1;
    if (state.failing) throw new Error('EIO: the mirror did not take it');
    state.shared.push(workshopId);
  };
  return { state, share };
}

describe('a share that failed is tried again, not only at the next write', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('after a back-off that doubles while it keeps failing', async () => {
    const { state, share } = flakyShare();
    const retry = createShareRetry({ share, minMs: 100, maxMs: 350 });
    retry.start();
    retry.failed('w1');
    await vi.advanceTimersByTimeAsync(99);
    expect(state.tries).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.tries).toBe(1);
    // 200 ms after the first retry failed, then 350 (the limit), then 350 again.
    await vi.advanceTimersByTimeAsync(199);
    expect(state.tries).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.tries).toBe(2);
    await vi.advanceTimersByTimeAsync(350);
    expect(state.tries).toBe(3);
    state.failing = false;
    await vi.advanceTimersByTimeAsync(350);
    expect(state.shared).toEqual(['w1']);
    expect(retry.waiting()).toEqual([]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.tries).toBe(4);
  });

  it('at once on a good exchange or a wake (retryNow), each waiting workshop once', async () => {
    const { state, share } = flakyShare();
    const retry = createShareRetry({ share, minMs: 60_000 });
    retry.start();
    retry.failed('w1');
    retry.failed('w2');
    retry.failed('w1');
    state.failing = false;
    await retry.retryNow();
    expect(state.shared.sort()).toEqual(['w1', 'w2']);
    expect(retry.waiting()).toEqual([]);
  });

  it('a workshop shared by a later write waits no more; stopped, nothing is tried until started again, and what waited is tried then', async () => {
    const { state, share } = flakyShare();
    const retry = createShareRetry({ share, minMs: 100 });
    retry.start();
    retry.failed('w1');
    retry.failed('w2');
    retry.done('w1');
    retry.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.tries).toBe(0);
    state.failing = false;
    retry.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.shared).toEqual(['w2']);
  });
});
