import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { sessionLabel } from './format';
import type { Status } from './MeetingForms';
import { checkMeetingTime, MeetingTimeFields, meetingTimeSubjects } from './MeetingTimeFields';
import { nextWeekday } from './progressFormat';
import { useAddMeeting } from './useAddMeeting';
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
  const { view } = useWorkshop();
  const { workshop } = view;
  const [values, setValues] = useState({ date: nextWeekday(view.today), startTime: workshop.plan.startTime, minutes: String(workshop.plan.minutes) });
  const subjects = meetingTimeSubjects(t);
  const form = useActionForm(subjects);
  const addMeeting = useAddMeeting(status);
  const session = sessionLabel(t, workshop, sessionId);
  const id = `make-up-${participantId}-${sessionId}`;

  function submit() {
    const checked = checkMeetingTime(t, values);
    if ('field' in checked) return form.invalid(checked.field, checked.message);
    const { minutes } = checked;
    addMeeting(
      form,
      Object.keys(subjects),
      { kind: 'make-up', date: values.date, startTime: values.startTime, minutes, sessionIds: [sessionId], participantIds: [participantId] },
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
      <p className="workshop-progress-make-up-help">{t('progress.makeUp.help', { code })}</p>
      <MeetingTimeFields id={id} values={values} onChange={setValues} errorFor={form.errorFor} timeZone={workshop.timeZone} />
    </WorkshopForm>
  );
}
