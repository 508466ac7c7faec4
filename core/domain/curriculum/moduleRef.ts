/** One version of one module, as a translation names what it translates: `id@version`. */
export interface ModuleRef {
  id: string;
  version: number;
}

export const MODULE_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*@[1-9][0-9]*$/;

export function moduleRefText(ref: ModuleRef): string {
  return `${ref.id}@${ref.version}`;
}

/** `juvenile-hall-five-week-series@1` -> { id, version }; undefined for anything else. */
export function parseModuleRef(text: string): ModuleRef | undefined {
  if (!MODULE_REF_PATTERN.test(text)) return undefined;
  const at = text.lastIndexOf('@');
  return { id: text.slice(0, at), version: Number(text.slice(at + 1)) };
}

/** The canonical spelling of a BCP 47 language tag ("es-mx" -> "es-MX"), or undefined if it is not one. */
export function canonicalLanguageTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language part of a tag: "es-MX" -> "es". */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}
