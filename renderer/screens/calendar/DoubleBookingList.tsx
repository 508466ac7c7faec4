import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DoubleBooking, GroupBooking } from '../../../core/contract/planning';
import { formatShortDate, formatTimeRange } from '../../format/dates';
import { workshopPath } from '../today/meetingText';

/** Beyond this many, the list starts folded, so the calendar itself stays near the top. */
const OPEN_UP_TO = 3;

/** Facilitators or sites booked for two groups at once in the period, each with both groups: whose, where and when. */
export function DoubleBookingList({ doubleBookings }: { doubleBookings: readonly DoubleBooking[] }) {
  const { t, i18n } = useTranslation();
  if (doubleBookings.length === 0) return null;
  const names = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const group = (booking: GroupBooking) => {
    const words = {
      title: booking.workshopTitle,
      people: booking.facilitatorNames.length > 0 ? names.format(booking.facilitatorNames) : t('programView.doubleBookings.noFacilitator'),
      date: formatShortDate(booking.date, true),
      time: formatTimeRange(booking.startTime, booking.minutes),
    };
    return booking.siteName ? t('programView.doubleBookings.groupAtSite', { ...words, site: booking.siteName }) : t('programView.doubleBookings.group', words);
  };
  return (
    <section className="notice-inline cal-double-bookings" aria-labelledby="cal-double-bookings-heading">
      <details open={doubleBookings.length <= OPEN_UP_TO}>
        <summary>
          <h2 id="cal-double-bookings-heading">{t('programView.doubleBookings.heading', { count: doubleBookings.length })}</h2>
        </summary>
        <p>{t('programView.doubleBookings.intro')}</p>
        <ul>
          {doubleBookings.map((booking, index) => (
            <li key={index}>
              {t(`planning.conflict.${booking.kind}`, { name: booking.resourceName, first: group(booking.first), second: group(booking.second) })}{' '}
              <span>
                <Link to={workshopPath(booking.first.workshopId)}>{t('programView.doubleBookings.open', { title: booking.first.workshopTitle })}</Link>
                {booking.second.workshopId !== booking.first.workshopId ? (
                  <>
                    {' · '}
                    <Link to={workshopPath(booking.second.workshopId)}>{t('programView.doubleBookings.open', { title: booking.second.workshopTitle })}</Link>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
