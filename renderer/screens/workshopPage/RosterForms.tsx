import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lateJoining, type LateJoining } from '../../../core/domain/joining';
import { RadioGroup } from '../../components/RadioGroup';
import { Link } from 'react-router';
import type { WorkshopSummary } from '../../../core/contract/planning';
import type { Participant } from '../../../core/domain/participants';
import type { Enrolment } from '../../../core/domain/workshop';
import { call } from '../../api';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { useLoad } from '../../data/useLoad';
import { WorkshopForm } from './WorkshopForm';
import { useActionForm } from '../../components/useActionForm';
import { DateField } from '../../components/ShortFields';

import { shortName } from './format';
import type { Status } from './MeetingForms';
import { useWorkshop } from './WorkshopContext';

const exitReasons = ['completed', 'released', 'transferred', 'withdrew'] as const;
type ExitChoice = (typeof exitReasons)[number];

interface ParticipantFormProps {
  enrolment: Enrolment;
  status: Status;
  onClose: () => void;
}

/** "Exit…": the last day and why the stay ended. `onLeft` runs once the exit is saved. */
export function ExitForm({ enrolment, status, onClose, onLeft }: ParticipantFormProps & { onLeft: () => void }) {
  const { t } = useTranslation();
  const { view, apply, participants } = useWorkshop();
  const [values, setValues] = useState<{ on: string; reason: ExitChoice | '' }>({ on: view.today, reason: '' });
  const subjects = { on: t('workshop.exit.on'), reason: t('workshop.exit.reason') };
  const form = useActionForm(subjects);
  const id = `exit-${enrolment.participantId}`;
  const name = shortName(participants.get(enrolment.participantId), t);

  function submit() {
    const { reason } = values;
    if (!values.on) return form.invalid('on', t('workshop.forms.required'));
    if (!reason) return form.refuseAt('reason', t('workshop.exit.chooseReason'));
    void form.submit(
      () =>
        status.run(
          () => apply(call('roster.exit', { workshopId: view.workshop.id, participantId: enrolment.participantId, on: values.on, reason })),
          Object.keys(subjects),
        ),
      onLeft,
    );
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('workshop.exit.heading', { name })}
      submitLabel={t('workshop.exit.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <DateField id={`${id}-on`} label={subjects.on} value={values.on} onChange={(on) => setValues({ ...values, on })} error={form.errorFor('on')} />
      <RadioGroup
        id={`${id}-reason`}
        legend={subjects.reason}
        options={exitReasons.map((reason) => ({ value: reason, label: t(`planning.exitReason.${reason}`) }))}
        value={values.reason}
        onChange={(reason) => setValues({ ...values, reason })}
        error={form.errorFor('reason')}
      />
    </WorkshopForm>
  );
}

/** "Move to another workshop…": ends the stay here and starts one there, on the same day. */
export function MoveParticipantForm({ enrolment, status, onClose, onMoved }: ParticipantFormProps & { onMoved: (to: WorkshopSummary) => void }) {
  const { t } = useTranslation();
  const { view, apply, participants } = useWorkshop();
  const workshopId = view.workshop.id;
  const loadTargets = useCallback(
    async () => (await call('workshops.list')).filter((summary) => summary.id !== workshopId && summary.status !== 'archived'),
    [workshopId],
  );
  const targets = useLoad(loadTargets);
  const [values, setValues] = useState({ toWorkshopId: '', on: view.today });
  const subjects = { toWorkshopId: t('workshop.moveParticipant.to'), on: t('workshop.moveParticipant.on') };
  const form = useActionForm(subjects);
  const id = `move-participant-${enrolment.participantId}`;
  const name = shortName(participants.get(enrolment.participantId), t);
  const list = targets.state.status === 'ready' ? targets.state.value : [];

  function submit() {
    const target = list.find((summary) => summary.id === values.toWorkshopId);
    if (!target) return form.refuseAt('toWorkshopId', t('workshop.moveParticipant.chooseWorkshop'));
    if (!values.on) return form.invalid('on', t('workshop.forms.required'));
    void form.submit(
      () =>
        status.run(async () => {
          await call('roster.move', { fromWorkshopId: workshopId, toWorkshopId: target.id, participantId: enrolment.participantId, on: values.on });
          // The move answers with the other workshop; this page shows this one, so read it again.
          // If that read fails the move still happened: the page catches up on its next change.
          await apply(call('workshops.get', { workshopId })).catch(() => undefined);
          return target;
        }, Object.keys(subjects)),
      onMoved,
    );
  }

  if (targets.state.status === 'loading') return <p role="status">{t('workshop.moveParticipant.loading')}</p>;

  return (
    <WorkshopForm
      id={id}
      heading={t('workshop.moveParticipant.heading', { name })}
      submitLabel={t('workshop.moveParticipant.submit')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      {targets.state.status === 'failed' ? (
        <p className="form-error">{t('workshop.moveParticipant.loadFailed', { message: targets.state.error.message })}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('workshop.moveParticipant.none')}</p>
      ) : (
        <SelectField
          id={`${id}-to`}
          label={subjects.toWorkshopId}
          value={values.toWorkshopId}
          options={[{ value: '', label: t('workshop.moveParticipant.choose') }, ...list.map((summary) => ({ value: summary.id, label: summary.title }))]}
          onChange={(toWorkshopId) => setValues({ ...values, toWorkshopId })}
          error={form.errorFor('toWorkshopId')}
        />
      )}
      <DateField id={`${id}-on`} label={subjects.on} value={values.on} onChange={(on) => setValues({ ...values, on })} error={form.errorFor('on')} />
    </WorkshopForm>
  );
}

/** "Add participants": people from the registry who are not on this roster now. */
export function EnrolForm({ status, onClose }: { status: Status; onClose: () => void }) {
  const { t } = useTranslation();
  const { view, apply } = useWorkshop();
  const { workshop } = view;
  const loadRegistry = useCallback(() => call('participants.list'), []);
  const registry = useLoad(loadRegistry);
  const [values, setValues] = useState<{ participantIds: string[]; enrolledOn: string }>({ participantIds: [], enrolledOn: view.today });
  const subjects = { participantIds: t('workshop.enrol.who'), enrolledOn: t('workshop.enrol.on') };
  const form = useActionForm(subjects);

  const enrolledNow = new Set(workshop.roster.filter((enrolment) => !enrolment.exit).map((enrolment) => enrolment.participantId));
  const candidates: Participant[] =
    registry.state.status === 'ready'
      ? registry.state.value
          .map((entry) => entry.participant)
          .filter((participant) => !enrolledNow.has(participant.id))
          .sort((a, b) => a.code.localeCompare(b.code))
      : [];

  function submit() {
    if (values.participantIds.length === 0) return form.refuseAt('participantIds', t('workshop.enrol.choose'));
    if (!values.enrolledOn) return form.invalid('enrolledOn', t('workshop.forms.required'));
    void form.submit(
      () =>
        status.run(
          () => apply(call('roster.enrol', { workshopId: workshop.id, participantIds: values.participantIds, enrolledOn: values.enrolledOn })),
          Object.keys(subjects),
        ),
      onClose,
    );
  }

  if (registry.state.status === 'loading') return <p role="status">{t('workshop.enrol.loading')}</p>;

  return (
    <WorkshopForm
      id="enrol"
      heading={t('workshop.enrol.heading')}
      submitLabel={values.participantIds.length > 0 ? t('workshop.enrol.submit', { count: values.participantIds.length }) : t('workshop.enrol.submitNone')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      {registry.state.status === 'failed' ? (
        <p className="form-error">{t('workshop.enrol.loadFailed', { message: registry.state.error.message })}</p>
      ) : candidates.length === 0 ? (
        <p className="muted">{t('workshop.enrol.noneLeft')}</p>
      ) : (
        <CheckboxGroup
          id="enrol-who"
          legend={subjects.participantIds}
          options={candidates.map((participant) => ({ value: participant.id, label: shortName(participant, t) }))}
          selected={values.participantIds}
          onChange={(participantIds) => setValues({ ...values, participantIds })}
          error={form.errorFor('participantIds')}
        />
      )}
      <p>
        <Link to="/participants">{t('workshop.enrol.addNew')}</Link>
      </p>
      <DateField
        id="enrol-on"
        label={subjects.enrolledOn}
        value={values.enrolledOn}
        onChange={(enrolledOn) => setValues({ ...values, enrolledOn })}
        error={form.errorFor('enrolledOn')}
      />
      <LateJoiningNotice late={lateJoining(workshop, values.enrolledOn)} />
    </WorkshopForm>
  );
}

/** Says so when the module's joining rule closed the group before this date; enrolling stays possible. */
function LateJoiningNotice({ late }: { late: LateJoining | undefined }) {
  const { t } = useTranslation();
  if (!late) return null;
  return (
    <p className="notice-inline" role="status">
      {late.rule === 'closed'
        ? t('workshop.enrol.closedGroup', { first: late.firstSession })
        : t('workshop.enrol.closedAfter', { last: late.lastJoinSession, first: late.firstSession })}{' '}
      {t('workshop.enrol.lateHelp')}
    </p>
  );
}
