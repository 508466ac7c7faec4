/**
 * Finds the interface-text keys a source file names. The typed `t()` already refuses an unknown literal
 * key at compile time; this also sees keys built from a variable (`t(`notices.${code}.title`)`) and keys
 * held in data, so a key no code can reach, or a built key that matches nothing, is found.
 */
export interface KeyUse {
  file: string;
  text: string;
  /** literal: a dotted string anywhere in the code; template: a key built with `${…}` parts. */
  kind: 'literal' | 'template';
  /** Passed straight to t(), i18n.t() or an i18nKey, so it must be a key. */
  inCall: boolean;
  pattern: RegExp;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const DOTTED = /^[A-Za-z][\w-]*(\.[\w-]+)+$/;
const CALL_BEFORE = /(\bt|\.t|i18nKey=\{?|i18nKey:\s*)\(?\s*$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leafKeys(inner, prefix ? `${prefix}.${key}` : key));
}

export function findKeyUses(source: string, file: string): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const match of source.matchAll(/(['"])([A-Za-z][\w.-]*)\1/g)) {
    const text = match[2] ?? '';
    if (!DOTTED.test(text)) continue;
    const inCall = CALL_BEFORE.test(source.slice(Math.max(0, match.index - 12), match.index));
    uses.push({ file, text, kind: 'literal', inCall, pattern: new RegExp(`^${escapeRegExp(text)}$`) });
  }
  for (const match of source.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
    const text = match[1] ?? '';
    // Only templates shaped like a key: dotted words and ${…} parts, nothing else (no spaces, slashes…).
    const parts = text.split(/\$\{[^}]*\}/);
    if (!parts.every((part) => /^[\w.-]*$/.test(part)) || !text.includes('.')) continue;
    const inCall = CALL_BEFORE.test(source.slice(Math.max(0, match.index - 12), match.index));
    // Outside a t() call, only a template with a dotted head (`settings.kinds.${kind}`) is taken for a key.
    if (!inCall && !(parts[0] ?? '').includes('.')) continue;
    const pattern = new RegExp(`^${parts.map(escapeRegExp).join('[\\w.-]+')}$`);
    uses.push({ file, text, kind: 'template', inCall, pattern });
  }
  return uses;
}

/** A key is used when some use names it, or names it without its plural ending (t('x', { count })). */
export function isKeyUsed(key: string, uses: readonly KeyUse[]): boolean {
  const base = key.replace(PLURAL_SUFFIX, '');
  return uses.some((use) => use.pattern.test(key) || use.pattern.test(base));
}
