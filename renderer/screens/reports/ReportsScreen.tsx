import { useTranslation } from 'react-i18next';
import { startOfMonth } from '../../../core/domain/calendar/civil';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { Section } from '../../components/Section';
import { useLoad } from '../../data/useLoad';
import { AttendanceExportForm } from '../exports/AttendanceExportForm';
import { FunderReportForm } from './FunderReportForm';
import '../exports/exports.css';
import './outcomes.css';

// Today comes from the main process (the computer's calendar), never from the renderer's clock.
const loadToday = () => call('schedule.today').then((view) => view.today);

/** This month so far; empty when today could not be read. */
function rangeSoFar(today: string | undefined): { from: string; to: string } {
  return today ? { from: startOfMonth(today), to: today } : { from: '', to: '' };
}

/** Reports: attendance across workshops for a range of dates, and the funder report. */
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
          <AttendanceExportForm
            id="reports-export"
            heading={t('exports.attendance.rangeHeading')}
            scope={{ kind: 'range', ...rangeSoFar(today.state.status === 'ready' ? today.state.value : undefined) }}
          />
        )}
      </Section>
      <Section id="reports-funder" heading={t('funder.heading')} className="section exports-section">
        <p>{t('funder.intro')}</p>
        {today.state.status === 'loading' ? (
          <p role="status">{t('exports.reports.loadingToday')}</p>
        ) : (
          <FunderReportForm id="reports-funder-range" {...rangeSoFar(today.state.status === 'ready' ? today.state.value : undefined)} />
        )}
      </Section>
    </Screen>
  );
}
