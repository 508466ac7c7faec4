import { describe, expect, it } from 'vitest';
import { openWithPassphrase, sealWithPassphrase, UnreasonableSealCostError } from '../../../electron/storage/protection/passphraseSeal';
import { planningHarness } from '../planning/harness';

const PASSPHRASE = 'a passphrase for the test';

/** A real sealed bundle whose header was changed to ask for scrypt cost `cost` (2^cost). */
async function craftedBundle(cost: number): Promise<Buffer> {
  const sealed = await sealWithPassphrase(Buffer.from('{"kind":"facilitator-workshop"}'), PASSPHRASE, 10);
  sealed[4] = cost;
  return sealed;
}

describe('a sealed bundle that asks for an unreasonable scrypt cost', () => {
  it.each([22, 18, 31, 255])('asking for 2^%i is refused when chosen, before a passphrase is asked or a key derived', async (cost) => {
    const app = await planningHarness();
    await app.pickFile('crafted.facilitator', await craftedBundle(cost));
    const preview = await app.call('bundles.chooseImport');
    expect(preview).toEqual({
      status: 'invalid',
      fileName: 'crafted.facilitator',
      problems: [{ code: 'bundle-seal-cost', params: { cost } }],
    });
  });

  it('is refused by the opener itself, whatever passphrase is given', async () => {
    await expect(openWithPassphrase(await craftedBundle(22), PASSPHRASE)).rejects.toBeInstanceOf(UnreasonableSealCostError);
    await expect(openWithPassphrase(await craftedBundle(9), PASSPHRASE)).rejects.toBeInstanceOf(UnreasonableSealCostError);
  });

  it('at the app’s own costs still opens', async () => {
    const app = await planningHarness();
    await app.pickFile('fine.facilitator', await sealWithPassphrase(Buffer.from('not a bundle'), PASSPHRASE, 10));
    expect(await app.call('bundles.chooseImport')).toMatchObject({ status: 'needs-passphrase' });
    expect((await openWithPassphrase(await sealWithPassphrase(Buffer.from('hello'), PASSPHRASE, 10), PASSPHRASE)).toString()).toBe('hello');
  });
});
