import type { z } from 'zod';
import type { Channel } from './defineChannel';
import type { ChannelName } from './channels';
import { appChannels } from './appInfo';
import { settingsChannels } from './settings';
import { curriculaChannels } from './curricula';
import { printChannels } from './print';
import { planningChannels } from './planning';
import { runningChannels } from './running';
import { exportsChannels } from './exports';
import { recordsChannels } from './records';
import { reportsChannels } from './reports';
import { protectionChannels } from './protection';
import { backupsChannels } from './backups';
import { surveysChannels } from './surveys';
import { hubChannels } from './hub';

/**
 * Every call the renderer can make, by channel name (`namespace.method`), assembled from one file per
 * area: a channel's input schema and result type are in that area's file (settings.ts, planning.ts...).
 * Main validates each input against its schema before any service sees it.
 */
export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...curriculaChannels,
  ...printChannels,
  ...planningChannels,
  ...runningChannels,
  ...exportsChannels,
  ...recordsChannels,
  ...reportsChannels,
  ...protectionChannels,
  ...backupsChannels,
  ...surveysChannels,
  ...hubChannels,
} as const satisfies Record<ChannelName, Channel<z.ZodType, unknown>>;

export type Contract = typeof contract;
export { channelNames, type ChannelName } from './channels';

export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
