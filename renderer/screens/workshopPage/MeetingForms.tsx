import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../core/contract/planning';
import { RadioGroup } from '../../components/RadioGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { cancelReasons, type CancelReason, type Meeting } from '../../../core/domain/workshop';
import { call } from '../../api';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { NoteWarning } from '../../components/NoteWarning';
import { TextField } from '../../components/TextField';
import type { useSaveStatus } from '../../data/useSaveStatus';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { sessionLabel } from './format';
import { checkMeetingTime, MeetingTimeFields, meetingTimeSubjects } from './MeetingTimeFields';
import { useWorkshop } from './WorkshopContext';

export type Status = ReturnType<typeof useSaveStatus>;

interface MeetingFormProps {
  meeting: Meeting;
  /** "Meeting 3" (or "Cancelled meeting"), for the form's heading. */
  name: string;
  status: Status;
  onClose: () => void;
}

/** Runs an action through the section's status and the page's state. */
function useRun(status: Status, fields: readonly string[]) {
  const { apply } = useWorkshop();
  return (work: () => Promise<WorkshopView>) => status.run(() => apply(work()), fields);
}

/** "Move…": another date, time or length, and optionally the later meetings along the weekly pattern. */
export function MoveMeetingForm({ meeting, name, status, onClose }: MeetingFormProps) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const [values, setValues] = useState({ date: meeting.date, startTime: meeting.startTime, minutes: String(meeting.minutes), shiftLater: false });
  const subjects = meetingTimeSubjects(t);
  const form = useActionForm(subjects);
  const run = useRun(status, Object.keys(subjects));
  const id = `move-${meeting.id}`;

  function submit() {
    const checked = checkMeetingTime(t, values);
    if ('field' in checked) return form.invalid(checked.field, checked.message);
    const { minutes } = checked;
    void form.submit(
      () =>
        run(() =>
          call('meetings.move', {
            workshopId: view.workshop.id,
            meetingId: meeting.id,
            date: values.date,
            startTime: values.startTime,
            minutes,
            shiftLater: values.shiftLater,
          }),
        ),
      onClose,
    );
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('workshop.move.heading', { meeting: name })}
      submitLabel={t('workshop.move.submit')}
      level={4}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <MeetingTimeFields id={id} values={values} onChange={setValues} errorFor={form.errorFor} timeZone={view.workshop.timeZone} />
      <CheckboxField
        id={`${id}-later`}
        label={t('workshop.move.shiftLater')}
        checked={values.shiftLater}
        onChange={(shiftLater) => setValues({ ...values, shiftLater })}
        className="workshop-checkbox-field"
      />
    </WorkshopForm>
  );
}

/** "Cancel…": why, a short note about the meeting, and whether its sessions move on. */
export function CancelMeetingForm({ meeting, name, status, onClose }: MeetingFormProps) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const [values, setValues] = useState<{ reason: CancelReason | ''; note: string; moveSessionsLater: boolean }>({
    reason: '',
    note: '',
    moveSessionsLater: false,
  });
  const subjects = { reason: t('workshop.cancel.reason'), note: t('workshop.cancel.note') };
  const form = useActionForm(subjects);
  const run = useRun(status, Object.keys(subjects));
  const id = `cancel-${meeting.id}`;

  function submit() {
    const { reason } = values;
    if (!reason) return form.refuseAt('reason', t('workshop.cancel.chooseReason'));
    void form.submit(
      () =>
        run(() =>
          call('meetings.cancel', {
            workshopId: view.workshop.id,
            meetingId: meeting.id,
            reason,
            note: values.note,
            moveSessionsLater: values.moveSessionsLater,
          }),
        ),
      onClose,
    );
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('workshop.cancel.heading', { meeting: name })}
      submitLabel={t('workshop.cancel.submit')}
      danger
      closeLabel={t('workshop.cancel.keep')}
      level={4}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioGroup
        id={`${id}-reason`}
        legend={subjects.reason}
        options={cancelReasons.map((reason) => ({ value: reason, label: t(`planning.cancelReason.${reason}`) }))}
        value={values.reason}
        onChange={(reason) => setValues({ ...values, reason })}
        error={form.errorFor('reason')}
      />
      <TextField
        id={`${id}-note`}
        label={subjects.note}
        hint={t('workshop.cancel.noteHint')}
        optional
        value={values.note}
        onChange={(note) => setValues({ ...values, note })}
        error={form.errorFor('note')}
      />
      <NoteWarning id={`${id}-note-warning`} note={values.note} rosterCodes={view.participants.map((participant) => participant.code)} />
      {meeting.sessionIds.length > 0 ? (
        <CheckboxField
          id={`${id}-later`}
          label={t('workshop.cancel.moveSessionsLater')}
          checked={values.moveSessionsLater}
          onChange={(moveSessionsLater) => setValues({ ...values, moveSessionsLater })}
          className="workshop-checkbox-field"
        />
      ) : null}
    </WorkshopForm>
  );
}

/** "Change session…": which of the module's sessions this meeting covers. */
export function MeetingSessionsForm({ meeting, name, status, onClose }: MeetingFormProps) {
  const { t } = useTranslation();
  const { view } = useWorkshop();
  const { workshop } = view;
  const [sessionIds, setSessionIds] = useState<string[]>(meeting.sessionIds);
  const subjects = { sessionIds: t('workshop.forms.sessions') };
  const form = useActionForm(subjects);
  const run = useRun(status, Object.keys(subjects));
  const id = `sessions-${meeting.id}`;

  function submit() {
    void form.submit(() => run(() => call('meetings.setSessions', { workshopId: workshop.id, meetingId: meeting.id, sessionIds })), onClose);
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('workshop.sessions.heading', { meeting: name })}
      submitLabel={t('workshop.sessions.submit')}
      level={4}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <CheckboxGroup
        id={`${id}-choice`}
        legend={subjects.sessionIds}
        hint={t('workshop.sessions.hint')}
        options={workshop.module.sessions.map((session) => ({ value: session.id, label: sessionLabel(t, workshop, session.id) }))}
        selected={sessionIds}
        onChange={setSessionIds}
        error={form.errorFor('sessionIds')}
      />
    </WorkshopForm>
  );
}
