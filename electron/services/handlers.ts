import type { ChannelName, OutputOf, ParsedInputOf } from '../api/contract';

/** The use-case behind each channel, receiving input already validated by the contract. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>;
};
