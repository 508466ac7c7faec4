/**
 * Checks that a translated interface catalog matches the English reference: the same keys (plus the plural
 * forms the language needs), every text translated, and the same placeholders and tags in each text.
 * Each check returns one readable line per problem, so a failing test says which key is wrong and how.
 */

/** Every text of a catalog by its dotted key, e.g. `workshops.plan.title`. */
export function flatten(catalog: unknown, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  if (typeof catalog === 'string') return texts.set(prefix, catalog);
  if (typeof catalog !== 'object' || catalog === null) return texts;
  for (const [key, inner] of Object.entries(catalog)) {
    for (const entry of flatten(inner, prefix ? `${prefix}.${key}` : key)) texts.set(...entry);
  }
  return texts;
}

const otherSuffix = '_other';
const manySuffix = '_many';

function hasManyForm(language: string): boolean {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories.includes('many');
}

/**
 * The English key a translated key answers to: itself, or for a `_many` plural form (which English does not
 * have) the `_other` form beside it. Undefined when the translated key has no English counterpart.
 */
function referenceKey(key: string, reference: Map<string, string>, language: string): string | undefined {
  if (reference.has(key)) return key;
  if (!key.endsWith(manySuffix) || !hasManyForm(language)) return undefined;
  const other = key.slice(0, -manySuffix.length) + otherSuffix;
  return reference.has(other) ? other : undefined;
}

/** Keys the translation lacks or has in excess; a language with a 'many' plural form must add `_many` beside each `_other`. */
export function keyProblems(reference: Map<string, string>, translation: Map<string, string>, language: string): string[] {
  const expected = new Set(reference.keys());
  if (hasManyForm(language)) {
    for (const key of reference.keys()) if (key.endsWith(otherSuffix)) expected.add(key.slice(0, -otherSuffix.length) + manySuffix);
  }
  const missing = [...expected].filter((key) => !translation.has(key)).map((key) => `${key}: missing`);
  const extra = [...translation.keys()].filter((key) => !expected.has(key)).map((key) => `${key}: not in English`);
  return [...missing, ...extra];
}

const placeholderOrTag = /\{\{[^}]*\}\}|<\/?[A-Za-z0-9]+\s*\/?>/g;

/** The `{{placeholders}}` and `<tags>` of a text, sorted: word order may change in translation, these may not. */
function placeholdersAndTags(text: string): string[] {
  return (text.match(placeholderOrTag) ?? []).map((found) => found.replace(/\s+/g, '')).sort();
}

/** Texts whose placeholders or tags differ from the English text they translate. */
export function placeholderProblems(reference: Map<string, string>, translation: Map<string, string>, language: string): string[] {
  const problems: string[] = [];
  for (const [key, text] of translation) {
    const english = reference.get(referenceKey(key, reference, language) ?? '');
    if (english === undefined) continue;
    const wanted = placeholdersAndTags(english).join(' ');
    const found = placeholdersAndTags(text).join(' ');
    if (wanted !== found) problems.push(`${key}: has [${found}], English has [${wanted}]`);
  }
  return problems;
}

/** True when a text is nothing but placeholders, tags, spaces and punctuation, e.g. "{{a}} · {{b}}". */
function hasNoWords(text: string): boolean {
  return !/\p{L}/u.test(text.replace(placeholderOrTag, ''));
}

/** Texts left as the English, apart from the keys allowed to stay the same and texts with no words in them. */
export function untranslatedTexts(
  reference: Map<string, string>,
  translation: Map<string, string>,
  language: string,
  allowedSame: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const [key, text] of translation) {
    if (allowedSame.has(key) || hasNoWords(text)) continue;
    if (text === reference.get(referenceKey(key, reference, language) ?? '')) problems.push(`${key}: still English, “${text}”`);
  }
  return problems;
}
