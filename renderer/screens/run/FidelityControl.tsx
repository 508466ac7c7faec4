import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRunView } from '../../../core/contract/running';
import { RadioGroup } from '../../components/RadioGroup';
import { fidelityOutcomes, type FidelityEntry, type FidelityOutcome } from '../../../core/domain/attendance';
import { call } from '../../api';
import { NoteWarning } from '../../components/NoteWarning';
import { TextField } from '../../components/TextField';
import { WorkshopForm } from '../workshopPage/WorkshopForm';
import { useActionForm } from '../../components/useActionForm';

import { attempt } from '../../data/attempt';
import type { RunStep } from './runOfShow';

/** The outcome recorded for an activity, in words. */
export function FidelityOutcomeText({ entry }: { entry: FidelityEntry | undefined }) {
  const { t } = useTranslation();
  if (!entry) return <span className="muted">{t('run.fidelity.notRecorded')}</span>;
  return <span className={`run-outcome run-outcome--${entry.outcome}`}>{t(`run.fidelity.recorded.${entry.outcome}`, { note: entry.note })}</span>;
}

interface FidelityControlProps {
  view: MeetingRunView;
  step: RunStep;
  entry: FidelityEntry | undefined;
  /** No form: the session has not started, or the workshop is archived. */
  readOnly: boolean;
  open: boolean;
  buttonRef: (element: HTMLElement | null) => void;
  onToggle: () => void;
  onClose: () => void;
  onViewChange: (view: MeetingRunView) => void;
}

/** "How did it go?": as planned, adapted (with what changed) or skipped (with why), and what was recorded. */
export function FidelityControl({ view, step, entry, readOnly, open, buttonRef, onToggle, onClose, onViewChange }: FidelityControlProps) {
  const { t } = useTranslation();
  const id = `fidelity-${step.key.replace('/', '--')}`;
  return (
    <div className="run-fidelity">
      {entry || readOnly ? (
        <p className="run-fidelity-line">
          <span className="run-fidelity-question">{t('run.fidelity.howItWent')}</span> <FidelityOutcomeText entry={entry} />
        </p>
      ) : null}
      {readOnly ? null : (
        <button
          type="button"
          ref={buttonRef}
          className="button button--secondary run-small-button"
          aria-expanded={open}
          aria-controls={open ? id : undefined}
          onClick={onToggle}
        >
          {entry ? t('run.fidelity.change') : t('run.fidelity.question')}
        </button>
      )}
      {open && !readOnly ? (
        <div className="workshop-panel">
          <FidelityForm id={id} view={view} step={step} entry={entry} onClose={onClose} onViewChange={onViewChange} />
        </div>
      ) : null}
    </div>
  );
}

function FidelityForm({
  id,
  view,
  step,
  entry,
  onClose,
  onViewChange,
}: {
  id: string;
  view: MeetingRunView;
  step: RunStep;
  entry: FidelityEntry | undefined;
  onClose: () => void;
  onViewChange: (view: MeetingRunView) => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<FidelityOutcome | ''>(entry?.outcome ?? '');
  const [note, setNote] = useState(entry?.outcome === 'as-planned' ? '' : (entry?.note ?? ''));
  const noteLabel = outcome === 'skipped' ? t('run.fidelity.noteSkipped') : t('run.fidelity.noteAdapted');
  const form = useActionForm({ outcome: t('run.fidelity.outcome'), note: noteLabel });

  function submit() {
    if (!outcome) return form.refuseAt('outcome', t('run.fidelity.chooseOutcome'));
    const text = outcome === 'as-planned' ? '' : note.trim();
    if (outcome !== 'as-planned' && !text) return form.invalid('note', t('run.fidelity.noteRequired'));
    void form.submit(
      () =>
        attempt(() =>
          call('run.fidelity', {
            workshopId: view.workshop.id,
            meetingId: view.meeting.id,
            sessionId: step.session.id,
            activityId: step.activity.id,
            outcome,
            note: text,
          }),
        ),
      (next) => {
        onViewChange(next);
        onClose();
      },
    );
  }

  return (
    <WorkshopForm
      id={id}
      heading={t('run.fidelity.formHeading', { activity: step.activity.title })}
      submitLabel={t('run.fidelity.save')}
      level={4}
      form={form}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioGroup
        id={`${id}-outcome`}
        legend={t('run.fidelity.outcome')}
        options={fidelityOutcomes.map((value) => ({ value, label: t(`run.fidelity.outcomes.${value}`) }))}
        value={outcome}
        onChange={setOutcome}
        error={form.errorFor('outcome')}
      />
      {outcome === 'adapted' || outcome === 'skipped' ? (
        <>
          <TextField id={`${id}-note`} label={noteLabel} hint={t('run.fidelity.noteHint')} value={note} onChange={setNote} error={form.errorFor('note')} />
          <NoteWarning id={`${id}-note-warning`} note={note} rosterCodes={view.roster.map((participant) => participant.code)} />
        </>
      ) : null}
    </WorkshopForm>
  );
}
