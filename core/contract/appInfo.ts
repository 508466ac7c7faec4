import type { Notice } from '../domain/notices';

export type { Notice, NoticeCode } from '../domain/notices';

export interface AppInfo {
  version: string;
  dataDir: string;
  notices: Notice[];
}
