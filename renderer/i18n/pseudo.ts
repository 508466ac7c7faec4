/**
 * A pseudo-locale for layout tests: the English text with every letter accented, in [brackets] and
 * about 35% longer. Text still in plain English on screen was never put through t(); text cut off
 * at the brackets or the padding does not fit where a longer translation will go.
 *
 * It is never offered to users: only a test sets the localStorage flag below before the page loads.
 */
import type { Translation } from './en';

/** Set to "1" by a test (before the page loads) to show the pseudo-locale in place of English. */
export const PSEUDO_LOCALE_FLAG = 'facilitator.pseudoLocale';

/** How much longer the text becomes, as a share of its own length. */
const PADDING = 0.35;
/** Marks the padding; groups of it are separated by spaces so padded text can still wrap. */
const PAD = '·';
const PAD_GROUP = 5;

const accented: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!,
  ]),
);

/** What i18next and <Trans> read in a value and must get back unchanged: {{placeholders}}, <tags> and $t(nesting). */
const PROTECTED = /(\{\{[^}]*\}\}|<\/?[A-Za-z0-9]+\s*\/?>|\$t\([^)]*\))/;

export function pseudoLocalizeText(text: string): string {
  let length = 0;
  const body = text
    .split(PROTECTED)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      length += part.length;
      return part.replace(/[A-Za-z]/g, (letter) => accented[letter] ?? letter);
    })
    .join('');
  const padding = Array.from({ length: Math.max(1, Math.ceil(length * PADDING)) }, (_, index) => (index > 0 && index % PAD_GROUP === 0 ? ` ${PAD}` : PAD)).join(
    '',
  );
  return `[${body} ${padding}]`;
}

type Catalog = { readonly [key: string]: string | Catalog };

function pseudoLocalizeCatalog(catalog: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [key, typeof value === 'string' ? pseudoLocalizeText(value) : pseudoLocalizeCatalog(value)]),
  );
}

/** Every text of the catalog pseudo-localized, keys unchanged. */
export function pseudoLocalized(translation: Translation): Translation {
  return pseudoLocalizeCatalog(translation) as unknown as Translation;
}

/** True when a test asked for the pseudo-locale (and the page can read its local storage at all). */
export function pseudoLocaleRequested(): boolean {
  try {
    return globalThis.localStorage?.getItem(PSEUDO_LOCALE_FLAG) === '1';
  } catch {
    return false;
  }
}
