import { useTranslation } from 'react-i18next';
import { workshopLanguage } from '../../../core/domain/workshop';
import { AttendanceExportForm } from '../exports/AttendanceExportForm';
import { BundleExport } from '../exports/BundleExport';
import { PrintableRecords } from '../exports/PrintableRecords';
import '../exports/exports.css';
import { ExportCalendarButton } from './ExportCalendarButton';
import { useWorkshop } from './WorkshopContext';

/**
 * "Records and exports": the schedule for calendar apps, attendance files, printable records and the
 * workshop bundle. Offered for an archived workshop too: it is a record.
 */
export function RecordsSection() {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const { workshop, today } = view;
  return (
    <section className="workshop-section workshop-records-section" aria-labelledby="records-heading">
      <h2 id="records-heading">{t('workshopPage.sections.records')}</h2>
      <div className="toolbar">
        <ExportCalendarButton workshopId={workshop.id} />
      </div>
      <AttendanceExportForm
        id="records-attendance"
        heading={t('exports.attendance.heading')}
        scope={{ kind: 'workshop', workshopId: workshop.id, language: workshopLanguage(workshop) }}
      />
      <PrintableRecords id="records-printable" workshopId={workshop.id} meetings={workshop.meetings} today={today} />
      <BundleExport id="records-bundle" workshopId={workshop.id} />
    </section>
  );
}
