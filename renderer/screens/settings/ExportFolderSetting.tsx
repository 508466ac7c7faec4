import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { SavedSection } from '../../components/SavedSection';
import { useSettings } from '../../data/SettingsProvider';
import { useSaveStatus } from '../../data/useSaveStatus';

/**
 * Where save dialogs open: the folder of the first file saved, remembered. Forgetting it makes the
 * next save open in the home folder and ask again (for a folder that turned out shared or synced).
 */
export function ExportFolderSetting({ exportFolder }: { exportFolder: string | undefined }) {
  const { t } = useTranslation();
  const { apply } = useSettings();
  const status = useSaveStatus();
  const saving = status.state.kind === 'saving';
  const heading = useRef<HTMLHeadingElement>(null);

  const forget = () => {
    if (saving) return;
    void status
      .run(() => apply(call('settings.forgetExportFolder')))
      .then((outcome) => {
        // The button is gone: keep the reading position at the section.
        if (outcome.ok) heading.current?.focus();
      });
  };

  return (
    <SavedSection
      headingId="export-folder-heading"
      heading={t('settings.exportFolder.heading')}
      className="settings-section"
      status={status.state}
      headingRef={heading}
    >
      <p className="section-intro" id="export-folder-hint">
        {t('settings.exportFolder.hint')}
      </p>
      {exportFolder === undefined ? (
        <p>{t('settings.exportFolder.none')}</p>
      ) : (
        <>
          <p className="settings-path">{t('settings.exportFolder.current', { folder: exportFolder })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby="export-folder-hint"
              aria-disabled={saving || undefined}
              onClick={forget}
            >
              {t('settings.exportFolder.forget')}
            </button>
          </div>
        </>
      )}
    </SavedSection>
  );
}
