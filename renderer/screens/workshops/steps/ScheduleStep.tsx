import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCivilDate, weekdays as allWeekdays, type Weekday } from '../../../../core/domain/calendar/civil';
import { coverages } from '../../../../core/domain/workshop';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { RadioGroup } from '../../../components/RadioGroup';
import { describedBy } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';
import { formatShortDate, weekdayName } from '../../../format/dates';
import { schoolDays, usualSessionMinutes, withCoverage, withStartDate } from '../planDraft';
import { fieldIds } from '../planFields';
import { PlanInput } from './PlanInput';
import type { StepProps } from './stepProps';

const everyWeeksChoices = [1, 2, 3, 4, 5, 6, 7, 8];

/** Step 4: when the group meets, with the meetings it would create shown live (`preview`). */
export function ScheduleStep({ draft, setDraft, errorFor, module, preview }: Omit<StepProps, 'settings'> & { preview: ReactNode }) {
  const { t } = useTranslation();
  const weekdaysHint = ({ min, max }: { min: number; max: number }) =>
    min === max ? t('workshops.plan.schedule.weekdaysHint', { count: max }) : t('workshops.plan.schedule.weekdaysHintRange', { min, max });
  const weekdayOptions = allWeekdays.map((day) => ({ value: String(day), label: weekdayName(day) }));
  const setWeekdays = (days: readonly Weekday[]) =>
    setDraft((current) => ({ ...current, weekdays: [...days].sort((a, b) => a - b), edited: { ...current.edited, weekdays: true } }));

  return (
    <>
      <div className="plan-schedule-grid">
        <PlanInput
          id={fieldIds['plan.startDate']}
          type="date"
          label={t('workshops.plan.schedule.startDate')}
          value={draft.startDate}
          onChange={(startDate) => setDraft((current) => withStartDate(current, startDate, module))}
          error={errorFor('plan.startDate')}
        />
        <PlanInput
          id={fieldIds['plan.startTime']}
          type="time"
          label={t('workshops.plan.schedule.startTime')}
          value={draft.startTime}
          onChange={(startTime) => setDraft((current) => ({ ...current, startTime }))}
          error={errorFor('plan.startTime')}
        />
        <PlanInput
          id={fieldIds['plan.minutes']}
          type="number"
          min={10}
          max={480}
          step={5}
          label={t('workshops.plan.schedule.minutes')}
          hint={module ? t('workshops.plan.schedule.minutesHint', { count: usualSessionMinutes(module) }) : undefined}
          value={draft.minutes}
          onChange={(minutes) => setDraft((current) => ({ ...current, minutes, edited: { ...current.edited, minutes: true } }))}
          error={errorFor('plan.minutes')}
        />
        <EveryWeeks
          value={draft.everyWeeks}
          error={errorFor('plan.everyWeeks')}
          onChange={(everyWeeks) => setDraft((current) => ({ ...current, everyWeeks }))}
        />
      </div>

      <div className="plan-weekdays">
        <CheckboxGroup
          id={fieldIds['plan.weekdays']}
          legend={t('workshops.plan.schedule.weekdays')}
          {...(module ? { hint: weekdaysHint(module.delivery.sessionsPerWeek) } : {})}
          options={weekdayOptions}
          selected={draft.weekdays.map(String)}
          onChange={(selected) => setWeekdays(selected.map(Number) as Weekday[])}
          error={errorFor('plan.weekdays')}
        />
        <button type="button" className="button button--secondary" onClick={() => setWeekdays(schoolDays)}>
          {t('workshops.plan.schedule.schoolDays')}
        </button>
      </div>

      <Coverage
        value={draft.coverage}
        error={errorFor('plan.coverage')}
        onChange={(coverage) => setDraft((current) => withCoverage(current, coverage, module))}
      />

      <SkipDates dates={draft.skipDates} error={errorFor('plan.skipDates')} onChange={(skipDates) => setDraft((current) => ({ ...current, skipDates }))} />

      {preview}
    </>
  );
}

function EveryWeeks({ value, error, onChange }: { value: number; error: string | undefined; onChange: (value: number) => void }) {
  const { t } = useTranslation();
  const id = fieldIds['plan.everyWeeks'];
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{t('workshops.plan.schedule.every')}</label>
      <FieldMessages id={id} error={error} />
      <select
        id={id}
        value={String(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, false, Boolean(error))}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {everyWeeksChoices.map((count) => (
          <option key={count} value={String(count)}>
            {t('workshops.plan.schedule.everyWeeks', { count })}
          </option>
        ))}
      </select>
    </div>
  );
}

function Coverage({
  value,
  error,
  onChange,
}: {
  value: (typeof coverages)[number];
  error: string | undefined;
  onChange: (value: (typeof coverages)[number]) => void;
}) {
  const { t } = useTranslation();
  const id = fieldIds['plan.coverage'];
  return (
    <RadioGroup
      id={id}
      legend={t('workshops.plan.schedule.coverage')}
      value={value}
      options={coverages.map((coverage) => ({ value: coverage, label: t(`planning.coverage.${coverage}`) }))}
      onChange={onChange}
      error={error}
    />
  );
}

type SkipProblem = 'skipDateRequired' | 'skipDateTwice';

function SkipDates({ dates, error, onChange }: { dates: string[]; error: string | undefined; onChange: (dates: string[]) => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<SkipProblem | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sorted = [...dates].sort();

  function add() {
    if (!isCivilDate(date)) return setProblem('skipDateRequired');
    if (dates.includes(date)) return setProblem('skipDateTwice');
    setProblem(null);
    onChange([...dates, date].sort());
    setDate('');
  }

  function remove(removed: string) {
    onChange(dates.filter((candidate) => candidate !== removed));
    inputRef.current?.focus();
  }

  return (
    <fieldset className="field field--group plan-skip">
      <legend>{t('workshops.plan.schedule.skip.legend')}</legend>
      <p className="field-hint">{t('workshops.plan.schedule.skip.hint')}</p>
      <div className="plan-skip-add">
        <PlanInput
          id={fieldIds['plan.skipDates']}
          type="date"
          label={t('workshops.plan.schedule.skip.date')}
          value={date}
          inputRef={inputRef}
          onChange={(value) => {
            setDate(value);
            setProblem(null);
          }}
          error={problem ? t(`workshops.plan.errors.${problem}`) : error}
        />
        <button type="button" className="button button--secondary" onClick={add}>
          {t('workshops.plan.schedule.skip.add')}
        </button>
      </div>
      {sorted.length === 0 ? (
        <p className="muted">{t('workshops.plan.schedule.skip.none')}</p>
      ) : (
        <ul className="plan-skip-list">
          {sorted.map((skipped) => (
            <li key={skipped}>
              <span>{formatShortDate(skipped, true)}</span>
              <button type="button" className="button button--secondary plan-small-button" onClick={() => remove(skipped)}>
                {t('common.remove')}
                <span className="visually-hidden"> {formatShortDate(skipped, true)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
