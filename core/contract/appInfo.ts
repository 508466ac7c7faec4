import type { Notice } from '../domain/notices';
import { channel, noInput } from './defineChannel';
import { z } from 'zod';

export type { Notice, NoticeCode } from '../domain/notices';

export interface AppInfo {
  version: string;
  dataDir: string;
  notices: Notice[];
}

/** The app itself: its version, data folder and notices. */
export const appChannels = {
  'app.info': channel<AppInfo>()(noInput),
  'app.dismissNotice': channel<AppInfo>()(z.strictObject({ id: z.string().max(100) })),
};
