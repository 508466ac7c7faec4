import { z } from 'zod';
import { moduleSchema } from './schema';

/**
 * The module format as JSON Schema, for authors' editors (completion and checks while typing).
 * Rules that span fields (activities adding up to the session, unique ids) are checked only by
 * `npm run curricula:check` and on import.
 */
export function moduleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(moduleSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://facilitator.invalid/curricula/schema.json',
    title: 'Curriculum module',
    description: 'A curriculum module for the Facilitator app: its audiences, roles, completion rule and timed sessions.',
  };
}

export function moduleJsonSchemaText(): string {
  return `${JSON.stringify(moduleJsonSchema(), null, 2)}\n`;
}
