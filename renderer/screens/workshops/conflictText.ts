import type { TFunction } from 'i18next';
import type { BookingRef, Conflict } from '../../../core/contract/planning';
import { formatShortDate, formatTimeRange } from '../../format/dates';

/** A meeting not saved yet (the plan being made) has no workshop id. */
function booking(t: TFunction, ref: BookingRef): string {
  const when = { date: formatShortDate(ref.date, true), time: formatTimeRange(ref.startTime, ref.minutes) };
  return ref.workshopId ? t('workshops.plan.preview.booking', { title: ref.workshopTitle, ...when }) : t('workshops.plan.preview.bookingThis', when);
}

/** "Ana Reyes is booked twice: “Tuesday group” on Tue, Mar 9, 2027 at 3:30 – 4:30 PM and ..." */
export function conflictText(t: TFunction, conflict: Conflict): string {
  return t(`planning.conflict.${conflict.kind}`, { name: conflict.resourceName, first: booking(t, conflict.first), second: booking(t, conflict.second) });
}
