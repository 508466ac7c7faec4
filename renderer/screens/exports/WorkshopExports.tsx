import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttendanceExportForm } from './AttendanceExportForm';
import type { Meeting } from '../../../electron/domain/workshop';
import { BundleExport } from './BundleExport';
import { PrintableRecords } from './PrintableRecords';
import './exports.css';

const panelId = 'workshop-exports';

/**
 * "Export…" on the workshop page: a disclosure with the attendance export and the workshop bundle.
 * Close or Escape returns focus to the button.
 */
export function WorkshopExports({ workshopId, meetings, today }: { workshopId: string; meetings: readonly Meeting[]; today: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button type="button" className="button button--secondary" ref={button} aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        {t('exports.disclosure.button')}
      </button>
      {open ? (
        <div
          id={panelId}
          className="exports-panel"
          role="group"
          aria-labelledby={`${panelId}-heading`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
            }
          }}
        >
          <h2 id={`${panelId}-heading`} className="exports-panel-heading">
            {t('exports.disclosure.heading')}
          </h2>
          <AttendanceExportForm id={`${panelId}-attendance`} heading={t('exports.attendance.heading')} scope={{ kind: 'workshop', workshopId }} autoFocus />
          <PrintableRecords id={`${panelId}-records`} workshopId={workshopId} meetings={meetings} today={today} />
          <BundleExport id={`${panelId}-bundle`} workshopId={workshopId} />
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
