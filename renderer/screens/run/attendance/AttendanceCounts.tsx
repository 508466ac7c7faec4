import { useTranslation } from 'react-i18next';
import type { AttendanceCounts as Counts } from '../../../../core/contract/running';
import type { AttendanceStatus } from '../../../../core/domain/attendance';
import { useBuiltInLabels } from '../../../format/useBuiltInLabels';

/** Live counts at the top of the panel: expected, attended, not marked yet, then each status. */
export function AttendanceCounts({ counts, statuses }: { counts: Counts; statuses: readonly AttendanceStatus[] }) {
  const { t } = useTranslation();
  const labels = useBuiltInLabels();
  const items: { key: string; label: string; value: number; className?: string }[] = [
    { key: 'expected', label: t('attendance.counts.expected'), value: counts.expected, className: 'run-attendance-count--total' },
    { key: 'attended', label: t('attendance.counts.attended'), value: counts.attended, className: 'run-attendance-count--total' },
    {
      key: 'unmarked',
      label: t('attendance.counts.unmarked'),
      value: counts.unmarked,
      className: counts.unmarked > 0 ? 'run-attendance-count--open run-attendance-count--end' : 'run-attendance-count--end',
    },
    ...statuses.map((status) => ({ key: status.id, label: labels.status(status), value: counts.byStatus[status.id] ?? 0 })),
  ];
  return (
    <div role="group" aria-label={t('attendance.counts.label')}>
      <dl className="run-attendance-counts">
        {items.map((item) => (
          <div key={item.key} className={`run-attendance-count ${item.className ?? ''}`.trim()}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The keys that work in the roster, shown so they can be learnt. */
export function KeysHelp({ id, statuses, editable }: { id: string; statuses: readonly AttendanceStatus[]; editable: boolean }) {
  const { t } = useTranslation();
  const labels = useBuiltInLabels();
  return (
    <p id={id} className="run-attendance-keys">
      <span>
        <kbd>↑</kbd> <kbd>↓</kbd> {t('attendance.keys.move')}
      </span>
      {editable ? (
        <>
          {statuses.map((status) => (
            <span key={status.id}>
              <kbd>{status.key.toUpperCase()}</kbd> {labels.status(status)}
            </span>
          ))}
          <span>
            <kbd>{t('attendance.keys.backspace')}</kbd> {t('attendance.keys.clear')}
          </span>
          <span>
            <kbd>{t('attendance.keys.ctrlZ')}</kbd> {t('attendance.keys.undo')}
          </span>
        </>
      ) : null}
    </p>
  );
}
