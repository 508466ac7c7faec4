import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addedMeetingKinds, type AddedMeetingKind } from '../../../core/domain/schedule';
import { RadioGroup } from '../../components/RadioGroup';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { currentEnrolments, sessionLabel, shortName } from './format';
import type { Status } from './MeetingForms';
import { checkMeetingTime, MeetingTimeFields, meetingTimeSubjects } from './MeetingTimeFields';
import { useAddMeeting } from './useAddMeeting';
import { useWorkshop } from './WorkshopContext';

type AddedKind = AddedMeetingKind;
type Who = 'everyone' | 'chosen';

export interface AddMeetingPreset {
  kind: AddedKind;
  sessionIds: string[];
}

/** "Add a meeting": an extra or make-up meeting, for the whole roster or for chosen participants, or a one-to-one catch-up. */
export function AddMeetingForm({ preset, status, onClose }: { preset: AddMeetingPreset; status: Status; onClose: () => void }) {
  const { t } = useTranslation();
  const { view, participants } = useWorkshop();
  const { workshop } = view;
  const [values, setValues] = useState({
    kind: preset.kind as AddedKind | '',
    date: view.today,
    startTime: workshop.plan.startTime,
    minutes: String(workshop.plan.minutes),
    sessionIds: preset.sessionIds,
    who: 'everyone' as Who,
    participantIds: [] as string[],
  });
  const subjects = {
    kind: t('workshop.add.kind'),
    ...meetingTimeSubjects(t),
    sessionIds: t('workshop.forms.sessions'),
    participantIds: t('workshop.add.chosen'),
  };
  const form = useActionForm(subjects);
  const addMeeting = useAddMeeting(status);
  const roster = currentEnrolments(workshop, participants);

  function submit() {
    const { kind } = values;
    if (!kind) return form.refuseAt('kind', t('workshop.add.chooseKind'));
    const checked = checkMeetingTime(t, values);
    if ('field' in checked) return form.invalid(checked.field, checked.message);
    const { minutes } = checked;
    if (values.sessionIds.length === 0) return form.refuseAt('sessionIds', t('workshop.add.chooseSession'));
    if (values.who === 'chosen' && values.participantIds.length === 0) return form.refuseAt('participantIds', t('workshop.add.chooseParticipant'));
    if (kind === 'catch-up' && (values.who !== 'chosen' || values.participantIds.length !== 1))
      return form.refuseAt('participantIds', t('workshop.add.chooseOne'));
    addMeeting(
      form,
      Object.keys(subjects),
      {
        kind,
        date: values.date,
        startTime: values.startTime,
        minutes,
        sessionIds: values.sessionIds,
        ...(values.who === 'chosen' ? { participantIds: values.participantIds } : {}),
      },
      onClose,
    );
  }

  return (
    <WorkshopForm id="add-meeting" heading={t('workshop.add.heading')} submitLabel={t('workshop.add.submit')} form={form} onSubmit={submit} onClose={onClose}>
      <RadioGroup
        id="add-meeting-kind"
        legend={subjects.kind}
        options={addedMeetingKinds.map((kind) => ({ value: kind, label: t(`planning.meetingKind.${kind}`) }))}
        value={values.kind}
        onChange={(kind) => setValues({ ...values, kind, ...(kind === 'catch-up' ? { who: 'chosen' as const } : {}) })}
        error={form.errorFor('kind')}
      />
      <MeetingTimeFields id="add-meeting" values={values} onChange={setValues} errorFor={form.errorFor} timeZone={workshop.timeZone} />
      <CheckboxGroup
        id="add-meeting-sessions"
        legend={subjects.sessionIds}
        options={workshop.module.sessions.map((session) => ({ value: session.id, label: sessionLabel(t, workshop, session.id) }))}
        selected={values.sessionIds}
        onChange={(sessionIds) => setValues({ ...values, sessionIds })}
        error={form.errorFor('sessionIds')}
      />
      <RadioGroup
        id="add-meeting-who"
        legend={t('workshop.add.who')}
        options={[
          { value: 'everyone', label: t('workshop.add.everyone') },
          { value: 'chosen', label: t('workshop.add.chosen') },
        ]}
        value={values.who}
        onChange={(who) => setValues({ ...values, who })}
      />
      {values.who === 'chosen' ? (
        roster.length === 0 ? (
          <p className="muted">{t('workshop.add.nobodyEnrolled')}</p>
        ) : (
          <CheckboxGroup
            id="add-meeting-participants"
            legend={subjects.participantIds}
            options={roster.map((enrolment) => ({ value: enrolment.participantId, label: shortName(participants.get(enrolment.participantId), t) }))}
            selected={values.participantIds}
            onChange={(participantIds) => setValues({ ...values, participantIds })}
            error={form.errorFor('participantIds')}
          />
        )
      ) : null}
    </WorkshopForm>
  );
}
