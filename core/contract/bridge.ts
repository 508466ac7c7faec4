import type { ChannelName, InputOf, OutputOf } from './contract';
import type { Result } from './result';

type NamespaceOf<C extends string> = C extends `${infer N}.${string}` ? N : never;
type MethodOf<C extends string, N extends string> = C extends `${N}.${infer M}` ? M : never;

type Method<C extends ChannelName> =
  undefined extends InputOf<C> ? (input?: InputOf<C>) => Promise<Result<OutputOf<C>>> : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The object the renderer sees as `window.facilitator`: `facilitator.settings.get()` calls `settings.get`. */
export type FacilitatorApi = {
  readonly [N in NamespaceOf<ChannelName>]: {
    readonly [M in MethodOf<ChannelName, N>]: Method<`${N}.${M}` & ChannelName>;
  };
};

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Builds the frozen `window.facilitator` object from the channel names.
 * Self-contained (no imports used at run time) so tests can inject its source into a page.
 */
export function buildBridge(channels: readonly string[], invoke: Invoke): FacilitatorApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [namespace, method] = channel.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (input?: unknown) => invoke(channel, input);
  }
  for (const namespace of Object.values(api)) Object.freeze(namespace);
  return Object.freeze(api) as unknown as FacilitatorApi;
}
