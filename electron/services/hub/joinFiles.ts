/**
 * Join files as bytes: sealing what a joining laptop needs under the passphrase the coordinator says
 * in person (scrypt + AES-256-GCM, the sealed-bundle format), and opening one again, each problem
 * said as itself (core/domain/hub/joinFile.ts reads the shapes).
 */
import { AppFailure } from '../../../core/contract/result';
import { joinFileText, readJoinFile, readJoinPayload, type JoinPayload } from '../../../core/domain/hub/joinFile';
import { isPassphraseSealed, openWithPassphrase, requireReasonableCost, sealWithPassphrase, UnreasonableSealCostError, WrongSecretError } from '../../storage';

/** The file's bytes: its outside in plain JSON, the payload sealed with `passphrase` at scrypt `cost`. */
export async function sealJoinFile(payload: JoinPayload, passphrase: string, options: { cost: number; madeAt: Date }): Promise<Buffer> {
  const plain = Buffer.from(JSON.stringify(payload), 'utf8');
  try {
    const sealed = await sealWithPassphrase(plain, passphrase, options.cost);
    return Buffer.from(joinFileText({ madeAt: options.madeAt.toISOString(), sealed: sealed.toString('base64') }), 'utf8');
  } finally {
    plain.fill(0);
  }
}

/** What a join file holds, or an AppFailure saying why it does not open: not one, newer, cut short, changed, wrong passphrase. */
export async function openJoinFile(fileBytes: Uint8Array, passphrase: string): Promise<JoinPayload> {
  const read = readJoinFile(fileBytes);
  if (!read.ok) throw new AppFailure('invalid-input', read.problem);
  const sealed = Buffer.from(read.envelope.sealed, 'base64');
  if (!isPassphraseSealed(sealed)) throw new AppFailure('invalid-input', { code: 'join-file-damaged' });
  let plain: Buffer;
  try {
    requireReasonableCost(sealed);
    plain = await openWithPassphrase(sealed, passphrase);
  } catch (error) {
    if (error instanceof UnreasonableSealCostError) throw new AppFailure('invalid-input', { code: 'join-file-seal-cost', params: { cost: error.cost } });
    if (error instanceof WrongSecretError)
      throw new AppFailure('invalid-input', { code: 'join-file-wrong-passphrase' }, [{ path: 'passphrase', rule: 'does-not-open-join-file' }]);
    throw error;
  }
  const payload = readJoinPayload(plain);
  plain.fill(0);
  if (!payload.ok) throw new AppFailure('invalid-input', payload.problem);
  return payload.payload;
}
