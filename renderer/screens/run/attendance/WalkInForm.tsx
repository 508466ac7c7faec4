import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../../core/contract/running';
import { call } from '../../../api';
import { TextField } from '../../../components/TextField';
import { attempt } from '../../../data/attempt';
import { WorkshopForm } from '../../workshopPage/WorkshopForm';
import { useActionForm } from '../../../components/useActionForm';

interface WalkInFormProps {
  id: string;
  view: MeetingRunView;
  statusId: string;
  statusLabel: string;
  onAdded: (view: MeetingRunView, code: string) => void;
  onClose: () => void;
}

/** Someone not on the roster turned up: their code (and initials), added and marked at once. */
export function WalkInForm({ id, view, statusId, statusLabel, onAdded, onClose }: WalkInFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ code: '', initials: '' });
  const subjects = { code: t('attendance.walkIn.code'), initials: t('attendance.walkIn.initials') };
  const form = useActionForm(subjects);

  function submit() {
    const code = values.code.trim();
    const initials = values.initials.trim();
    if (!code) return form.invalid('code', t('attendance.walkIn.codeRequired'));
    void form.submit(
      () =>
        attempt(() =>
          call('attendance.walkIn', {
            workshopId: view.workshop.id,
            meetingId: view.meeting.id,
            code,
            ...(initials ? { initials } : {}),
            statusId,
          }),
        ),
      (next) => onAdded(next, code),
    );
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('attendance.walkIn.heading')}
      submitLabel={t('attendance.walkIn.submit', { status: statusLabel })}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <p className="muted">{t('attendance.walkIn.help', { status: statusLabel })}</p>
      <div className="run-attendance-walkin-fields">
        <TextField
          id={`${id}-code`}
          label={subjects.code}
          hint={t('attendance.walkIn.codeHint')}
          value={values.code}
          onChange={(code) => setValues({ ...values, code })}
          error={form.errorFor('code')}
        />
        <TextField
          id={`${id}-initials`}
          label={subjects.initials}
          hint={t('attendance.walkIn.initialsHint')}
          optional
          value={values.initials}
          onChange={(initials) => setValues({ ...values, initials })}
          error={form.errorFor('initials')}
        />
      </div>
    </WorkshopForm>
  );
}
