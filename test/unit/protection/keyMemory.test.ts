import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../storage/helpers';
import { PASSPHRASE, recordSomething, startSession } from './harness';

/** Every data key the session hands to the file codec: the memory the session would have to wipe. */
const keys = vi.hoisted(() => [] as Uint8Array[]);
vi.mock('../../../electron/storage/protection/codec', async (importOriginal) => {
  const codec = await importOriginal<typeof import('../../../electron/storage/protection/codec')>();
  return {
    ...codec,
    sealedFiles: (dataKey: Uint8Array, acceptPlain?: () => boolean) => {
      keys.push(dataKey);
      return codec.sealedFiles(dataKey, acceptPlain);
    },
  };
});

const isZero = (key: Uint8Array) => key.every((byte) => byte === 0);

describe('the data key in memory', () => {
  it('lives in memory of its own, not Node’s shared pool, and is zeroed when the data locks', async () => {
    const app = await startSession(await tempDir('key-memory-'));
    await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: true });
    await recordSomething(app);
    const first = keys.at(-1)!;
    expect(first).toBeInstanceOf(Buffer);
    // Its own ArrayBuffer, exactly its size: not a slice of the 8 KiB pool that other buffers share.
    expect(first.buffer.byteLength).toBe(32);
    expect(isZero(first)).toBe(false);

    await app.call('protection.lock');
    expect(isZero(first)).toBe(true);

    // Unlocked again with the passphrase: a new key in new memory, zeroed at the next lock.
    keys.length = 0;
    await app.call('protection.unlock', { passphrase: PASSPHRASE });
    expect(await app.call('participants.list')).toHaveLength(1);
    const second = keys.at(-1)!;
    expect(second.buffer.byteLength).toBe(32);
    expect(isZero(second)).toBe(false);
    await app.call('protection.lock');
    expect(isZero(second)).toBe(true);
  });
});
