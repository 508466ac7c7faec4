import type { Message } from '../messages';
import type { PathMessage } from './pathMessage';

/** What is compared, and the message for an id the translation adds (`extra`) or lacks. */
export type IdKind = { extra: (id: string) => Message; lacks: (id: string) => Message };

/**
 * Ids a translation must share with its original: each extra one is reported where it stands,
 * each missing one at the list that lacks it.
 */
export function compareIds(
  kind: IdKind,
  translated: readonly string[],
  original: readonly string[],
  at: { list: (string | number)[]; item: (index: number) => (string | number)[] },
): PathMessage[] {
  const issues: PathMessage[] = [];
  translated.forEach((id, index) => {
    if (!original.includes(id)) issues.push({ path: at.item(index), message: kind.extra(id) });
  });
  for (const id of original) {
    if (!translated.includes(id)) issues.push({ path: at.list, message: kind.lacks(id) });
  }
  return issues;
}
