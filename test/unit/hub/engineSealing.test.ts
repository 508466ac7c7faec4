import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../../core/domain/bundles/format';
import { LISTS_DOC_ID, workshopDocId } from '../../../core/domain/hub/documents';
import { currentKey, openBody, sealBody, UnreadableHubDocument, type ProgramKey } from '../../../electron/services/hub/sealing';
import { programKey } from '../../support/hubLaptops';

const docId = workshopDocId('0b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b');
const body = { title: 'Girls circle', participants: [{ code: 'JH-26-014' }] };

function reasonOf(open: () => unknown): string {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableHubDocument);
    return (error as UnreadableHubDocument).reason;
  }
  throw new Error('it opened');
}

describe('sealing a hub document under the program key', () => {
  const key = programKey(1);

  it('opens with the key it was sealed under, and holds nothing readable', () => {
    const doc = sealBody(docId, body, key);
    expect(Object.keys(doc)).toEqual(['_id', 'epoch', 'sealed']);
    expect(doc.sealed).not.toContain('JH-26-014');
    expect(Buffer.from(doc.sealed, 'base64').toString('latin1')).not.toContain('JH-26-014');
    expect(openBody(doc, [key])).toEqual(body);
  });

  it('seals the same body differently each time (a fresh nonce)', () => {
    expect(sealBody(docId, body, key).sealed).not.toBe(sealBody(docId, body, key).sealed);
  });

  it('refuses, with a typed error, another key, a body moved to another id or epoch, cut or changed bytes, and a missing key', () => {
    const doc = sealBody(docId, body, key);
    const bytes = Buffer.from(doc.sealed, 'base64');
    const flipped = Buffer.from(bytes);
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    const sameEpochOtherKey: ProgramKey = programKey(1);
    expect(reasonOf(() => openBody(doc, [sameEpochOtherKey]))).toBe('does-not-open');
    expect(reasonOf(() => openBody({ ...doc, _id: workshopDocId('1b7c5c1e-2f4a-4d7e-9d1a-3c5b7e9f1a2b') }, [key]))).toBe('does-not-open');
    expect(reasonOf(() => openBody({ ...doc, epoch: 2 }, [key, { ...key, epoch: 2 }]))).toBe('does-not-open');
    expect(reasonOf(() => openBody({ ...doc, sealed: bytes.subarray(0, bytes.length - 1).toString('base64') }, [key]))).toBe('does-not-open');
    expect(reasonOf(() => openBody({ ...doc, sealed: bytes.subarray(0, 10).toString('base64') }, [key]))).toBe('does-not-open');
    expect(reasonOf(() => openBody({ ...doc, sealed: flipped.toString('base64') }, [key]))).toBe('does-not-open');
    expect(reasonOf(() => openBody(doc, []))).toBe('no-key');
    expect(reasonOf(() => openBody({ _id: docId, title: 'in the clear' } as never, [key]))).toBe('not-sealed');
  });

  it('opens a workshop no larger than the largest bundle the app imports (20 MB), and says so of one larger; other documents may be a little larger', () => {
    const padded = (bytes: number) => ({ ...body, padding: 'x'.repeat(bytes) });
    expect(openBody(sealBody(docId, padded(19 * 1024 * 1024), key), [key])).toMatchObject({ title: 'Girls circle' });
    expect(reasonOf(() => openBody(sealBody(docId, padded(MAX_BUNDLE_BYTES), key), [key]))).toBe('too-large');
    expect(openBody(sealBody(LISTS_DOC_ID, padded(MAX_BUNDLE_BYTES), key), [key])).toMatchObject({ title: 'Girls circle' });
    expect(reasonOf(() => openBody(sealBody(LISTS_DOC_ID, padded(33 * 1024 * 1024), key), [key]))).toBe('too-large');
  });

  it('seals under the newest epoch and still opens what older epochs sealed', () => {
    const second = programKey(2);
    const keys = [key, second];
    expect(currentKey(keys)).toBe(second);
    const old = sealBody(docId, body, key);
    const fresh = sealBody(docId, body, currentKey(keys)!);
    expect(fresh.epoch).toBe(2);
    expect(openBody(old, keys)).toEqual(body);
    expect(openBody(fresh, keys)).toEqual(body);
    // A member removed before epoch 2 holds only the old key: what is sealed from then on does not open for them.
    expect(reasonOf(() => openBody(fresh, [key]))).toBe('no-key');
  });
});
