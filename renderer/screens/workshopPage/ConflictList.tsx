import { useTranslation } from 'react-i18next';
import type { BookingRef, Conflict } from '../../../core/contract/planning';
import { formatShortDate, formatTimeRange } from '../../format/dates';

/** Facilitators or the site booked twice at the same time: a warning near the top of the page. */
export function ConflictList({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  const booking = (ref: BookingRef) =>
    t('workshop.conflicts.booking', { workshop: ref.workshopTitle, date: formatShortDate(ref.date, true), time: formatTimeRange(ref.startTime, ref.minutes) });
  return (
    <section className="notice-inline workshop-conflicts" aria-labelledby="workshop-conflicts">
      <h2 id="workshop-conflicts">{t('workshop.conflicts.heading', { count: conflicts.length })}</h2>
      <ul>
        {conflicts.map((conflict, index) => (
          <li key={index}>
            {t(`planning.conflict.${conflict.kind}`, { name: conflict.resourceName, first: booking(conflict.first), second: booking(conflict.second) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
