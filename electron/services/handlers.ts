import type { ChannelName, OutputOf, ParsedInputOf } from '../../core/contract/contract';

/** The use-case behind each channel, receiving input already validated by the contract. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>;
};

/** Channels about protecting the data itself: the session answers them, locked or not. */
export type ProtectionChannel = Extract<ChannelName, `protection.${string}`>;

/** The youth-screen handover: the session answers them, since a handover gates every other channel. */
export type HandoverChannel = Extract<ChannelName, `surveys.handover${string}`>;

/** Every channel that reads or changes the data: answered only while the data is open. */
export type DataHandlers = Omit<Handlers, ProtectionChannel | HandoverChannel>;
