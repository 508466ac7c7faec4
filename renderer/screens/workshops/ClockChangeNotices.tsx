import { useTranslation } from 'react-i18next';
import { clockTime, isCivilDate, isTimeZone, type CivilDate, type ClockTime } from '../../../core/domain/calendar/civil';
import { clockChangeAt } from '../../../core/domain/calendar/zone';
import { formatLongDate, formatTime } from '../../format/dates';
import { timeZoneLabel } from '../../format/timeZones';

export interface PlannedTime {
  date: CivilDate;
  startTime: ClockTime;
}

/**
 * Warns of meetings planned at a time the clocks skip or repeat that night, saying what the app
 * does with each (a warning, never a block). Nothing while a date or time is still being typed.
 */
export function ClockChangeNotices({ meetings, timeZone }: { meetings: readonly PlannedTime[]; timeZone: string }) {
  const { t } = useTranslation();
  if (!isTimeZone(timeZone)) return null;
  const notices = meetings.flatMap(({ date, startTime }) => {
    if (!isCivilDate(date) || !clockTime.safeParse(startTime).success) return [];
    const change = clockChangeAt(date, startTime, timeZone);
    if (!change) return [];
    const values = { date: formatLongDate(date), time: formatTime(startTime), zone: timeZoneLabel(timeZone) };
    return [
      change.kind === 'skipped'
        ? t('planning.clockChange.skipped', { ...values, movedTo: formatTime(change.movedTo) })
        : t('planning.clockChange.repeated', values),
    ];
  });
  if (notices.length === 0) return null;
  return (
    <div className="notice-inline plan-clock-change-notices" role="note" aria-label={t('planning.clockChange.heading')}>
      {notices.length === 1 ? (
        <p>{notices[0]}</p>
      ) : (
        <ul>
          {[...new Set(notices)].map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
