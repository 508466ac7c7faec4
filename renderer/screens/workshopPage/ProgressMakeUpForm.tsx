import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { DateField, MinutesField, TimeField } from '../../components/ShortFields';
import { ClockChangeNotices } from '../workshops/ClockChangeNotices';
import { FieldRow } from '../../components/FieldRow';
import { sessionLabel } from './format';
import { parseMinutes, type Status } from './MeetingForms';
import { nextWeekday } from './progressFormat';
import { useWorkshop } from './WorkshopContext';

interface MakeUpFormProps {
  participantId: string;
  code: string;
  sessionId: string;
  status: Status;
  onClose: () => void;
}

/**
 * A make-up in one step: the session and the participant are given; the date (the next weekday),
 * time and length (the plan's) are filled in and can be changed.
 */
export function ProgressMakeUpForm({ participantId, code, sessionId, status, onClose }: MakeUpFormProps) {
  const { t } = useTranslation();
  const { view, apply } = useWorkshop();
  const { workshop } = view;
  const [values, setValues] = useState({ date: nextWeekday(view.today), startTime: workshop.plan.startTime, minutes: String(workshop.plan.minutes) });
  const subjects = { date: t('workshop.forms.date'), startTime: t('workshop.forms.startTime'), minutes: t('workshop.forms.minutes') };
  const form = useActionForm(subjects);
  const session = sessionLabel(t, workshop, sessionId);
  const id = `make-up-${participantId}-${sessionId}`;

  function submit() {
    const minutes = parseMinutes(values.minutes);
    if (!values.date) return form.invalid('date', t('workshop.forms.required'));
    if (!values.startTime) return form.invalid('startTime', t('workshop.forms.required'));
    if (minutes === undefined) return form.invalid('minutes', t('workshop.forms.wholeMinutes'));
    void form.submit(
      () =>
        status.run(
          () =>
            apply(
              call('meetings.add', {
                workshopId: workshop.id,
                kind: 'make-up',
                date: values.date,
                startTime: values.startTime,
                minutes,
                sessionIds: [sessionId],
                participantIds: [participantId],
              }),
            ),
          Object.keys(subjects),
        ),
      onClose,
    );
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('progress.makeUp.heading', { code, session })}
      submitLabel={t('progress.makeUp.submit')}
      level={4}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="progress-make-up-help">{t('progress.makeUp.help', { code })}</p>
      <FieldRow>
        <DateField
          id={`${id}-date`}
          label={subjects.date}
          value={values.date}
          onChange={(date) => setValues({ ...values, date })}
          error={form.errorFor('date')}
        />
        <TimeField
          id={`${id}-time`}
          label={subjects.startTime}
          value={values.startTime}
          onChange={(startTime) => setValues({ ...values, startTime })}
          error={form.errorFor('startTime')}
        />
        <MinutesField
          id={`${id}-minutes`}
          label={subjects.minutes}
          value={values.minutes}
          onChange={(minutes) => setValues({ ...values, minutes })}
          error={form.errorFor('minutes')}
        />
      </FieldRow>
      <ClockChangeNotices meetings={[values]} timeZone={workshop.timeZone} />
    </WorkshopForm>
  );
}
