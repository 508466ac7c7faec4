import { useTranslation } from 'react-i18next';
import type { CurriculumModule } from '../../../core/domain/curriculum/schema';
import { formatLongDate, formatShortDate } from '../../format/dates';
import { i18n } from '../../i18n';
import { ClockChangeNotices } from './ClockChangeNotices';
import { conflictText } from './conflictText';
import { MeetingTable } from './MeetingTable';
import type { PreviewState } from './useSchedulePreview';

/**
 * The meetings a plan creates, its skipped dates, its last day, any double bookings and meetings
 * at a time the clocks skip or repeat (warnings, never a block). Shown live on the schedule step and again on the review.
 */
export function SchedulePreviewPanel({
  state,
  module,
  timeZone,
  headingLevel = 3,
}: {
  state: PreviewState;
  module: CurriculumModule | undefined;
  /** The plan's zone: meetings at a time the clocks skip or repeat are warned about. */
  timeZone: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const preview = state.status === 'ready' ? state.value : state.status === 'loading' ? state.last : undefined;
  const hasFieldIssues = state.status === 'failed' && state.error.issues.length > 0;
  const last = preview?.meetings.at(-1);

  let status = '';
  if (state.status === 'idle') status = t('workshops.plan.preview.waiting');
  else if (state.status === 'loading') status = t('workshops.plan.preview.updating');
  else if (state.status === 'failed')
    status = hasFieldIssues ? t('workshops.plan.preview.checkFields') : t('workshops.plan.preview.failed', { message: state.error.message });
  else if (preview)
    status = [
      t('workshops.plan.preview.count', { count: preview.meetings.length }),
      last ? t('workshops.plan.preview.ends', { date: formatLongDate(last.date) }) : '',
      preview.conflicts.length > 0 ? t('workshops.plan.preview.conflictsHeading', { count: preview.conflicts.length }) : '',
    ]
      .filter(Boolean)
      .join('. ');

  const dates = new Intl.ListFormat(i18n.language, { style: 'long', type: 'unit' });
  return (
    <section className="plan-preview" aria-labelledby="plan-preview-heading" aria-busy={state.status === 'loading' || undefined}>
      <Heading id="plan-preview-heading">{t('workshops.plan.preview.heading')}</Heading>
      <p role="status" className={state.status === 'failed' ? 'field-error plan-preview-status' : 'plan-preview-status'}>
        {status}
      </p>
      {preview ? (
        <div className={state.status === 'loading' ? 'plan-preview-body plan-preview-body--stale' : 'plan-preview-body'}>
          {preview.conflicts.length > 0 ? (
            <div className="notice-inline plan-conflicts">
              <p className="plan-conflicts-heading">{t('workshops.plan.preview.conflictsHeading', { count: preview.conflicts.length })}</p>
              <ul>
                {preview.conflicts.map((conflict, index) => (
                  <li key={index}>{conflictText(t, conflict)}</li>
                ))}
              </ul>
              <p>{t('workshops.plan.preview.conflictsHelp')}</p>
            </div>
          ) : null}
          <ClockChangeNotices meetings={preview.meetings} timeZone={timeZone} />
          {preview.skipped.length > 0 ? (
            <p>{t('workshops.plan.preview.skipped', { dates: dates.format(preview.skipped.map((date) => formatShortDate(date, true))) })}</p>
          ) : null}
          {preview.meetings.length > 0 ? <MeetingTable meetings={preview.meetings} module={module} caption={t('workshops.plan.preview.caption')} /> : null}
        </div>
      ) : null}
    </section>
  );
}
