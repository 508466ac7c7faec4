export type NoticeCode = 'recovered-from-backup' | 'reset-no-backup' | 'newer-than-app';

/** Something the user must be told about their data, e.g. a damaged file that was replaced. */
export interface Notice {
  id: string;
  code: NoticeCode;
  /** The data file concerned, relative to the data folder, e.g. `settings.json`. */
  file: string;
  /** Where the damaged file was kept, relative to the data folder. */
  movedTo?: string;
  /** The backup generation that was restored. */
  restoredFrom?: string;
  at: string;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  notices: Notice[];
}
