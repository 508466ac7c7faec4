/**
 * The recovery key: 160 random bits written as 32 characters of Crockford's base-32 in groups of four
 * ("7KQ2-M9XD-…"). It has no I, L, O or U, so it survives being read aloud or copied by hand;
 * reading it back forgives case, spaces, dashes, and I/L for 1 and O for 0.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;

export function newRecoveryKey(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES);
}

export function formatRecoveryKey(key: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of key) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += ALPHABET[(value << (5 - bits)) & 31];
  return text.match(/.{1,4}/g)!.join('-');
}

/** The key's bytes, or undefined when the text is not a whole recovery key. */
export function parseRecoveryKey(text: string): Buffer | undefined {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (cleaned.length !== Math.ceil((RECOVERY_KEY_BYTES * 8) / 5)) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of cleaned) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes.slice(0, RECOVERY_KEY_BYTES));
}
