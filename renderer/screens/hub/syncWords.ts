import type { TFunction } from 'i18next';
import type { SyncView } from '../../../core/contract/hub';
import { formatShortDate, formatTime } from '../../format/dates';

/** The sync state in a few words: "Up to date", "Offline since 3:40 PM", "Needs you". */
export function syncStateText(t: TFunction, sync: SyncView): string {
  switch (sync.kind) {
    case 'off':
      return t('hub.sync.off');
    case 'up-to-date':
      return t('hub.sync.upToDate');
    case 'catching-up':
      return t('hub.sync.catchingUp');
    case 'offline':
      return sync.sinceToday
        ? t('hub.sync.offlineSince', { time: formatTime(sync.sinceAt) })
        : t('hub.sync.offlineSinceDay', { date: formatShortDate(sync.sinceOn), time: formatTime(sync.sinceAt) });
    case 'needs-you':
      return t('hub.sync.needsYou');
  }
}

/** Where "needs you" leads: the decisions list, or Settings › Program hub for what only the settings can fix. */
export function needsYouPath(sync: SyncView): string {
  return sync.kind === 'needs-you' && sync.why === 'decisions' ? DECISIONS_PATH : HUB_SETTINGS_PATH;
}

export const DECISIONS_PATH = '/program/decisions';
export const HUB_SETTINGS_PATH = '/settings/hub';
