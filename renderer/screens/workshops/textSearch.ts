/** Lower case without accents, so "jose" finds "José" and "JOSÉ". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/** Whether every word of `query` appears in one of `texts` (case and accents ignored). An empty query matches. */
export function matchesQuery(query: string, texts: readonly (string | undefined)[]): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.filter(Boolean).map((text) => foldText(text as string));
  return words.every((word) => haystack.some((text) => text.includes(word)));
}
