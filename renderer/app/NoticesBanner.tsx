import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../core/contract/appInfo';
import { toApiError, type ApiError } from '../api';

interface NoticesBannerProps {
  notices: readonly Notice[];
  dataDir: string;
  /** Dismisses one notice; rejects with an ApiError if it could not. */
  onDismiss: (id: string) => Promise<void>;
}

/** Tells the user, in plain words, what happened to their data files at start-up. */
export function NoticesBanner({ notices, dataDir, onDismiss }: NoticesBannerProps) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <NoticeAlert key={notice.id} notice={notice} dataDir={dataDir} onDismiss={onDismiss} />
      ))}
    </section>
  );
}

function NoticeAlert({ notice, dataDir, onDismiss }: { notice: Notice; dataDir: string; onDismiss: (id: string) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const titleId = `notice-${notice.id}-title`;
  const body =
    notice.code === 'recovered-from-backup' && notice.restoredFrom
      ? t('notices.recovered-from-backup.bodyFrom', { file: notice.file, restoredFrom: notice.restoredFrom })
      : t(`notices.${notice.code}.body`, { file: notice.file, reason: notice.reason === undefined ? '' : t(`messages.secondFolder.${notice.reason}`) });
  const at = new Date(notice.at);
  const when = Number.isNaN(at.getTime()) ? null : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(at);

  async function dismiss() {
    try {
      await onDismiss(notice.id);
    } catch (thrown) {
      setError(toApiError(thrown));
    }
  }

  return (
    <div role="alert" className="notice" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice-title">
        {t(`notices.${notice.code}.title`)}
      </h2>
      <p>{body}</p>
      {notice.movedTo ? <p>{t('notices.keptAt', { movedTo: notice.movedTo })}</p> : null}
      <p>{t(`notices.${notice.code}.advice`)}</p>
      {when ? <p className="notice-meta">{t('notices.when', { when })}</p> : null}
      {dataDir ? <p className="notice-meta">{t('notices.dataFolder', { dataDir })}</p> : null}
      {error ? <p className="field-error">{t('notices.dismissFailed', { message: error.message })}</p> : null}
      <button type="button" className="button button--secondary" onClick={() => void dismiss()}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
