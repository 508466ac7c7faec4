import { useTranslation } from 'react-i18next';
import { startOfMonth } from '../../../electron/domain/calendar/civil';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { Section } from '../../components/Section';
import { useLoad } from '../../data/useLoad';
import { AttendanceExportForm } from '../exports/AttendanceExportForm';
import '../exports/exports.css';

// Today comes from the main process (the computer's calendar), never from the renderer's clock.
const loadToday = () => call('schedule.today').then((view) => view.today);

/** Reports: attendance across workshops for a range of dates; more reports come later. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const today = useLoad(loadToday);

  return (
    <Screen title={t('exports.reports.title')}>
      <p className="screen-intro">{t('exports.reports.intro')}</p>
      <Section id="reports-attendance" heading={t('exports.reports.attendanceHeading')} className="section exports-section">
        <p>{t('exports.reports.attendanceIntro')}</p>
        {today.state.status === 'loading' ? (
          <p role="status">{t('exports.reports.loadingToday')}</p>
        ) : (
          // Dates start on this month so far; if today could not be read, they start empty.
          <AttendanceExportForm
            id="reports-export"
            heading={t('exports.attendance.rangeHeading')}
            scope={
              today.state.status === 'ready'
                ? { kind: 'range', from: startOfMonth(today.state.value), to: today.state.value }
                : { kind: 'range', from: '', to: '' }
            }
          />
        )}
      </Section>
      <Section id="reports-later" heading={t('exports.reports.laterHeading')} className="section exports-section">
        <p>{t('exports.reports.later')}</p>
      </Section>
    </Screen>
  );
}
