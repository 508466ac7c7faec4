import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError } from '../../api';

type ExportState = { step: 'idle' } | { step: 'saving' } | { step: 'saved'; path: string } | { step: 'failed'; message: string };

/**
 * "Export schedule (.ics)", with where it was saved; also offered for an archived workshop (its
 * record). Neutral ("Group session" only) unless the detailed calendar is ticked, each time.
 */
export function ExportCalendarButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [exported, setExported] = useState<ExportState>({ step: 'idle' });
  const [detailed, setDetailed] = useState(false);
  const detailId = useId();

  async function exportCalendar() {
    if (exported.step === 'saving') return;
    setExported({ step: 'saving' });
    try {
      const saved = await call('workshops.exportCalendar', { workshopId, detail: detailed ? 'detailed' : 'neutral' });
      setExported(saved.status === 'saved' ? { step: 'saved', path: saved.path } : { step: 'idle' });
    } catch (error) {
      setExported({ step: 'failed', message: toApiError(error).message });
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" aria-disabled={exported.step === 'saving' || undefined} onClick={() => void exportCalendar()}>
        {t('workshop.export.button')}
      </button>
      <label className="checkbox workshop-export-detail" htmlFor={detailId} title={t('workshop.export.detailedHint')}>
        <input id={detailId} type="checkbox" checked={detailed} onChange={(event) => setDetailed(event.target.checked)} />
        {t('workshop.export.detailed')}
      </label>
      <p role="status" className="toolbar-hint workshop-export-status">
        {exported.step === 'saving' ? t('workshop.export.saving') : null}
        {exported.step === 'saved' ? t('workshop.export.saved', { path: exported.path }) : null}
      </p>
      {exported.step === 'failed' ? (
        <p role="alert" className="field-error workshop-export-error">
          {t('workshop.export.failed', { message: exported.message })}
        </p>
      ) : null}
    </>
  );
}
