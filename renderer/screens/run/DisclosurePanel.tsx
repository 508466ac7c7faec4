import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { RadioGroup } from '../../components/RadioGroup';
import { followUpKinds, type FollowUp, type FollowUpKind } from '../../../core/domain/attendance';
import { call, toApiError, type ApiError } from '../../api';
import { describedBy } from '../../components/fieldError';
import { FieldMessages } from '../../components/FieldMessages';
import { FormFooter } from '../../components/FormFooter';
import { useZodForm } from '../../components/useZodForm';

import { attempt } from '../../data/attempt';
import { RunPanel } from './Panel';
import { ResourceList } from './ResourceList';
import { participantLabel, timeOfInstant } from './runFormat';

const steps = ['listen', 'calm', 'details', 'secrecy', 'inGroup', 'next', 'duty', 'custody', 'record', 'supervisor'] as const;

interface DisclosurePanelProps {
  view: MeetingRunView;
  readOnly: boolean;
  onViewChange: (view: MeetingRunView) => void;
  onClose: () => void;
}

/** What to do when a young person discloses harm, the local resources, and this meeting's follow-ups. */
export function DisclosurePanel({ view, readOnly, onViewChange, onClose }: DisclosurePanelProps) {
  const { t } = useTranslation();
  return (
    <RunPanel id="run-disclosure" heading={t('run.disclosure.heading')} className="run-panel--disclosure" onClose={onClose}>
      <div className="run-panel-columns">
        <section aria-labelledby="run-disclosure-steps">
          <h3 id="run-disclosure-limits">{t('run.disclosure.limitsHeading')}</h3>
          <p>{t('run.disclosure.limits')}</p>
          <h3 id="run-disclosure-steps">{t('run.disclosure.stepsHeading')}</h3>
          <ol className="run-steps">
            {steps.map((step) => (
              <li key={step}>{t(`run.disclosure.steps.${step}`)}</li>
            ))}
          </ol>
        </section>
        <ResourceList id="run-disclosure-resources" />
      </div>
      <FollowUps view={view} readOnly={readOnly} onViewChange={onViewChange} />
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('run.disclosure.close')}
      </button>
    </RunPanel>
  );
}

function FollowUps({ view, readOnly, onViewChange }: { view: MeetingRunView; readOnly: boolean; onViewChange: (view: MeetingRunView) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const byId = new Map(view.roster.map((participant) => [participant.id, participant]));
  const followUps = view.followUps.filter((followUp) => followUp.meetingId === view.meeting.id);
  const who = (followUp: FollowUp) => participantLabel(byId.get(followUp.participantId), t('run.disclosure.unknownParticipant'));
  const at = (iso: string) => timeOfInstant(iso, view.workshop.timeZone);

  async function setDone(followUp: FollowUp, done: boolean) {
    try {
      const next = await call('followUps.setDone', { workshopId: view.workshop.id, followUpId: followUp.id, done });
      setError(null);
      onViewChange({ ...view, followUps: next });
    } catch (thrown) {
      setError(toApiError(thrown));
    }
  }

  return (
    <section className="run-follow-ups" aria-labelledby="run-follow-ups-heading">
      <h3 id="run-follow-ups-heading">{t('run.disclosure.followUpsHeading')}</h3>
      <p className="run-privacy">{t('run.disclosure.privacy')}</p>
      {followUps.length === 0 ? (
        <p className="muted">{t('run.disclosure.none')}</p>
      ) : (
        <ul className="run-follow-up-list">
          {followUps.map((followUp) => {
            const kind = t(`run.disclosure.kinds.${followUp.kind}`);
            const when = [
              t('run.disclosure.neededAt', { time: at(followUp.neededAt) }),
              followUp.doneAt ? t('run.disclosure.doneAt', { time: at(followUp.doneAt) }) : '',
            ]
              .filter(Boolean)
              .join(', ');
            return (
              <li key={followUp.id} className={followUp.doneAt ? 'run-follow-up run-follow-up--done' : 'run-follow-up'}>
                <span>
                  <strong>{t('run.disclosure.item', { who: who(followUp), kind })}</strong> <span className="muted">({when})</span>
                </span>
                {readOnly ? null : (
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={Boolean(followUp.doneAt)}
                      aria-label={t('run.disclosure.doneLabel', { who: who(followUp), kind })}
                      onChange={(event) => void setDone(followUp, event.target.checked)}
                    />
                    <span aria-hidden="true">{t('run.disclosure.done')}</span>
                  </label>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="run-follow-up-status">
        {error ? <span className="field-error">{t('run.actions.failed', { message: error.message })}</span> : null}
      </p>
      {readOnly ? null : <FollowUpForm view={view} onViewChange={onViewChange} />}
    </section>
  );
}

function FollowUpForm({ view, onViewChange }: { view: MeetingRunView; onViewChange: (view: MeetingRunView) => void }) {
  const { t } = useTranslation();
  const form = useZodForm({
    initial: { participantId: '', kind: 'follow-up' as FollowUpKind },
    subjects: { participantId: t('run.disclosure.participant'), kind: t('run.disclosure.kind') },
  });
  const { participantId, kind } = form.values;
  const id = 'run-follow-up';
  const participantError = form.errorFor('participantId');
  const roster = [...view.roster].sort((a, b) => a.code.localeCompare(b.code));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!participantId) return form.refuseAt('participantId', t('run.disclosure.participantRequired'));
    void form.submit(
      () => attempt(() => call('followUps.add', { workshopId: view.workshop.id, meetingId: view.meeting.id, participantId, kind })),
      (next) => {
        onViewChange(next);
        form.reset({ participantId: '', kind: 'follow-up' });
      },
    );
  }

  if (roster.length === 0) return <p className="muted">{t('run.disclosure.noRoster')}</p>;

  return (
    <form ref={form.formRef} id={id} className="run-follow-up-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={submit}>
      <h4 id={`${id}-heading`}>{t('run.disclosure.recordHeading')}</h4>
      <div className="run-follow-up-fields">
        <div className={participantError ? 'field field--invalid' : 'field'}>
          <label htmlFor={`${id}-participant`}>{t('run.disclosure.participant')}</label>
          <FieldMessages id={`${id}-participant`} error={participantError} />
          <select
            id={`${id}-participant`}
            value={participantId}
            aria-invalid={participantError ? true : undefined}
            aria-describedby={describedBy(`${id}-participant`, false, Boolean(participantError))}
            onChange={(event) => form.set('participantId', event.target.value)}
          >
            <option value="">{t('run.disclosure.chooseParticipant')}</option>
            {roster.map((participant) => (
              <option key={participant.id} value={participant.id}>
                {participantLabel(participant, participant.code)}
              </option>
            ))}
          </select>
        </div>
        <RadioGroup
          id={`${id}-kind`}
          legend={t('run.disclosure.kind')}
          options={followUpKinds.map((value) => ({ value, label: t(`run.disclosure.kinds.${value}`) }))}
          value={kind}
          onChange={(next) => form.set('kind', next)}
          error={form.errorFor('kind')}
        />
      </div>
      <FormFooter formError={form.formError} busy={form.busy} submitLabel={t('run.disclosure.record')} />
    </form>
  );
}
