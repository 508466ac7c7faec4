import { z } from 'zod';

type SafeParse<T> = { success: true; data: T } | { success: false; error: z.ZodError };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks `next`, a change of `committed` (a value that already passed `schema`), as `schema.safeParse`
 * would, parsing only the fields that are not the very same value as before: a mark changes one list
 * of a workshop, and parsing the rest again (its whole module snapshot) would cost more than the
 * fsync that saves it. Committed state is deep-frozen, so a field that is the same reference is the
 * same, valid value. The unchanged fields keep their references, so what the journal diffs and what
 * deepFreeze walks is only what changed.
 *
 * This is exact only for a strict object whose fields are checked each on its own (no check over
 * the whole object); any other schema is parsed whole. Any failure is parsed whole again, so the
 * issues reported are the full parse's.
 */
export function parseChanged<T>(schema: z.ZodType<T>, committed: T, next: unknown): SafeParse<T> {
  const whole = () => schema.safeParse(next) as SafeParse<T>;
  if (!(schema instanceof z.ZodObject) || !isRecord(committed) || !isRecord(next)) return whole();
  const { checks, catchall } = schema._zod.def;
  if ((checks?.length ?? 0) > 0 || catchall?._zod.def.type !== 'never') return whole();
  const shape = schema.shape as Record<string, z.ZodType>;
  if (Object.keys(next).some((key) => !(key in shape))) return whole();
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    let value = next[key];
    if (value !== committed[key]) {
      const parsed = field.safeParse(value);
      if (!parsed.success) return whole();
      value = parsed.data;
    }
    if (key in next || value !== undefined) data[key] = value;
  }
  return { success: true, data: data as T };
}
