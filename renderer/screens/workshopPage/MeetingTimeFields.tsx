import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FieldRow } from '../../components/FieldRow';
import { DateField, MinutesField, TimeField } from '../../components/ShortFields';
import { ClockChangeNotices } from '../workshops/ClockChangeNotices';

/** When a meeting is, as typed: the length stays text until it is sent. */
export interface MeetingTime {
  date: string;
  startTime: string;
  minutes: string;
}

type TimeField = keyof MeetingTime;

/** The words that name a meeting's time fields in a message. */
export function meetingTimeSubjects(t: TFunction): Record<TimeField, string> {
  return { date: t('workshop.forms.date'), startTime: t('workshop.forms.startTime'), minutes: t('workshop.forms.minutes') };
}

/** A whole number of minutes as typed, or undefined. */
export function parseMinutes(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

/** The length in minutes when the time is complete, or the first field to fix and why. */
export function checkMeetingTime(t: TFunction, values: MeetingTime): { minutes: number } | { field: TimeField; message: string } {
  const minutes = parseMinutes(values.minutes);
  if (!values.date) return { field: 'date', message: t('workshop.forms.required') };
  if (!values.startTime) return { field: 'startTime', message: t('workshop.forms.required') };
  if (minutes === undefined) return { field: 'minutes', message: t('workshop.forms.wholeMinutes') };
  return { minutes };
}

interface MeetingTimeFieldsProps<V extends MeetingTime> {
  /** The form's id: the fields are `<id>-date`, `<id>-time` and `<id>-minutes`. */
  id: string;
  values: V;
  onChange: (values: V) => void;
  errorFor: (field: TimeField) => string | undefined;
  timeZone: string;
}

/** Date, start time and length side by side, with a notice when the clocks change near that date. */
export function MeetingTimeFields<V extends MeetingTime>({ id, values, onChange, errorFor, timeZone }: MeetingTimeFieldsProps<V>) {
  const { t } = useTranslation();
  const subjects = meetingTimeSubjects(t);
  return (
    <>
      <FieldRow>
        <DateField id={`${id}-date`} label={subjects.date} value={values.date} onChange={(date) => onChange({ ...values, date })} error={errorFor('date')} />
        <TimeField
          id={`${id}-time`}
          label={subjects.startTime}
          value={values.startTime}
          onChange={(startTime) => onChange({ ...values, startTime })}
          error={errorFor('startTime')}
        />
        <MinutesField
          id={`${id}-minutes`}
          label={subjects.minutes}
          value={values.minutes}
          onChange={(minutes) => onChange({ ...values, minutes })}
          error={errorFor('minutes')}
        />
      </FieldRow>
      <ClockChangeNotices meetings={[values]} timeZone={timeZone} />
    </>
  );
}
