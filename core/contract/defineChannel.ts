import { z } from 'zod';
import { recordId } from '../domain/text';

/** One call the renderer can make: its input schema, and (as a type only) what it returns. */
export interface Channel<Input extends z.ZodType, Output> {
  input: Input;
  /** Never read: carries the result type for the renderer's typings. */
  output?: Output;
}

/** `channel<Result>()(inputSchema)`: a channel returning `Result` whose input main checks against the schema. */
export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): Channel<Input, Output> => ({ input });
}

export const noInput = z.undefined();
export const byId = z.strictObject({ id: recordId });
