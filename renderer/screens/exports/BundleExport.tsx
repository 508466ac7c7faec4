import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { FileStatus, useSavedFile } from './useSavedFile';

/** "Export workshop bundle…": the whole workshop as one file, to hand on or move to another computer. */
export function BundleExport({ id, workshopId, level = 3 }: { id: string; workshopId: string; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const file = useSavedFile();
  const Heading = `h${level}` as const;
  return (
    <section className="exports-bundle" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="exports-form-heading">
        {t('exports.bundle.heading')}
      </Heading>
      <p>{t('exports.bundle.explain')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={file.busy || undefined}
          onClick={() => {
            if (!file.busy) void file.save(() => call('bundles.export', { workshopId }));
          }}
        >
          {t('exports.bundle.button')}
        </button>
      </div>
      <FileStatus
        state={file.state}
        saving={t('exports.bundle.saving')}
        saved={(path) => t('exports.bundle.saved', { path })}
        failed={(message) => t('exports.bundle.failed', { message })}
      />
    </section>
  );
}
