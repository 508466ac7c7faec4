import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../../core/contract/planning';
import type { Participant } from '../../../../core/domain/participants';
import { call, issuesByField, toApiError } from '../../../api';
import { describedBy, formatFieldError } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';
import { TextField } from '../../../components/TextField';
import type { Loaded } from '../../../data/useLoad';
import { i18n } from '../../../i18n';
import { fieldIds } from '../planFields';
import { matchesQuery } from '../textSearch';
import { PlanInput } from './PlanInput';
import type { StepProps } from './stepProps';
import { closeOnEscape } from '../../../components/closeOnEscape';

interface RosterStepProps extends Pick<StepProps, 'draft' | 'setDraft' | 'errorFor' | 'settings'> {
  participants: Loaded<ParticipantView[]>;
  retry: () => void;
  onAdded: (view: ParticipantView) => void;
}

/** How a participant is shown: code first, then initials and pronouns; the full name only where Settings allow it. */
export function participantDetails(participant: Participant, allowFullNames: boolean): string[] {
  return [participant.initials, participant.pronouns, allowFullNames ? participant.fullName : undefined].filter((part): part is string => Boolean(part));
}

/** Step 5: who starts in the group, from the participant registry; new participants can be added here. May stay empty. */
export function RosterStep({ draft, setDraft, errorFor, settings, participants, retry, onAdded }: RosterStepProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const allowFullNames = settings.preferences.allowFullNames;
  const error = errorFor('participantIds');

  function setChosen(id: string, chosen: boolean) {
    setDraft((current) => ({
      ...current,
      participantIds: chosen ? [...current.participantIds.filter((other) => other !== id), id] : current.participantIds.filter((other) => other !== id),
    }));
  }

  function added(view: ParticipantView) {
    onAdded(view);
    setChosen(view.participant.id, true);
    setQuery('');
    setAnnouncement(t('workshops.plan.roster.added', { code: view.participant.code }));
  }

  let list = null;
  if (participants.status === 'loading') list = <p role="status">{t('workshops.plan.roster.loading')}</p>;
  else if (participants.status === 'failed') {
    list = (
      <div role="alert" className="panel panel--error">
        <p>{t('workshops.plan.roster.loadFailed', { message: participants.error.message })}</p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  } else {
    const everyone = [...participants.value].sort((a, b) => a.participant.code.localeCompare(b.participant.code));
    const shown = everyone.filter(({ participant }) => matchesQuery(query, [participant.code, ...participantDetails(participant, allowFullNames)]));
    const groups = new Intl.ListFormat(i18n.language, { style: 'long', type: 'unit' });
    list = (
      <>
        {everyone.length > 0 ? (
          <PlanInput
            id="plan-participant-search"
            type="search"
            label={t('workshops.plan.roster.search')}
            hint={t('workshops.plan.roster.searchHint')}
            value={query}
            onChange={setQuery}
          />
        ) : null}
        <fieldset
          id={fieldIds.participantIds}
          className={error ? 'field field--group field--invalid plan-choices' : 'field field--group plan-choices'}
          aria-describedby={describedBy(fieldIds.participantIds, false, Boolean(error))}
        >
          <legend>{t('workshops.plan.roster.legend')}</legend>
          <FieldMessages id={fieldIds.participantIds} error={error} />
          <p role="status" className="plan-chosen-count">
            {t('workshops.plan.roster.chosen', { count: draft.participantIds.length })}
          </p>
          {everyone.length === 0 ? <p className="empty">{t('workshops.plan.roster.empty')}</p> : null}
          {everyone.length > 0 && shown.length === 0 ? <p className="empty">{t('workshops.plan.roster.noMatch')}</p> : null}
          <ul className="plan-participant-list">
            {shown.map(({ participant, enrolments }) => {
              const current = enrolments.filter((enrolment) => !enrolment.exit).map((enrolment) => enrolment.workshopTitle);
              return (
                <li key={participant.id}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={draft.participantIds.includes(participant.id)}
                      onChange={(event) => setChosen(participant.id, event.target.checked)}
                    />
                    <span>
                      <span className="plan-participant-code">{participant.code}</span>
                      {participantDetails(participant, allowFullNames).map((part) => (
                        <span key={part} className="muted">
                          {' · '}
                          {part}
                        </span>
                      ))}
                    </span>
                  </label>
                  {current.length > 0 ? (
                    <span className="plan-participant-groups muted">{t('workshops.plan.roster.inGroups', { titles: groups.format(current) })}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      </>
    );
  }

  return (
    <>
      <p>{t('workshops.plan.roster.intro')}</p>
      <p className="muted">{t('workshops.plan.roster.later')}</p>
      {list}
      {participants.status === 'ready' ? <AddParticipant allowFullNames={allowFullNames} onAdded={added} /> : null}
      <p role="status" className="plan-announcement">
        {announcement}
      </p>
    </>
  );
}

interface NewParticipant {
  code: string;
  initials: string;
  pronouns: string;
  fullName: string;
}

const blank: NewParticipant = { code: '', initials: '', pronouns: '', fullName: '' };

/** "Add a participant": a form that opens in place, saves to the registry, and chooses the new participant. */
function AddParticipant({ allowFullNames, onAdded }: { allowFullNames: boolean; onAdded: (view: ParticipantView) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<NewParticipant>(blank);
  const [errors, setErrors] = useState<Partial<Record<keyof NewParticipant, string>>>({});
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const labels: Record<keyof NewParticipant, string> = {
    code: t('workshops.plan.roster.code'),
    initials: t('workshops.plan.roster.initials'),
    pronouns: t('workshops.plan.roster.pronouns'),
    fullName: t('workshops.plan.roster.fullName'),
  };

  useEffect(() => {
    if (open) codeRef.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setErrors({});
    setFailure('');
    toggleRef.current?.focus();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const code = values.code.trim();
    if (!code) {
      setErrors({ code: t('workshops.plan.roster.codeRequired') });
      codeRef.current?.focus();
      return;
    }
    const initials = values.initials.trim();
    const pronouns = values.pronouns.trim();
    const fullName = allowFullNames ? values.fullName.trim() : '';
    setSaving(true);
    setFailure('');
    try {
      const view = await call('participants.save', {
        code,
        ...(initials ? { initials } : {}),
        ...(pronouns ? { pronouns } : {}),
        ...(fullName ? { fullName } : {}),
      });
      setSaving(false);
      setValues(blank);
      onAdded(view);
      close();
    } catch (thrown) {
      setSaving(false);
      const error = toApiError(thrown);
      const byField = issuesByField(error);
      const fieldErrors: Partial<Record<keyof NewParticipant, string>> = {};
      for (const key of Object.keys(labels) as (keyof NewParticipant)[]) {
        if (byField[key]) fieldErrors[key] = formatFieldError(t, labels[key], byField[key]);
      }
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFailure(t('workshops.plan.roster.failed', { message: error.message }));
      else if (fieldErrors.code) codeRef.current?.focus();
    }
  }

  const set = (key: keyof NewParticipant) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  return (
    <div className="plan-add-participant">
      <button
        type="button"
        ref={toggleRef}
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? 'plan-add-participant-form' : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('workshops.plan.roster.add')}
      </button>
      {open ? (
        <form
          id="plan-add-participant-form"
          className="inline-form panel plan-add-form"
          aria-labelledby="plan-add-participant-heading"
          onSubmit={(event) => void save(event)}
          onKeyDown={closeOnEscape(close)}
          noValidate
        >
          <h3 id="plan-add-participant-heading">{t('workshops.plan.roster.addHeading')}</h3>
          <TextField
            id="plan-new-code"
            label={labels.code}
            hint={t('workshops.plan.roster.codeHint')}
            value={values.code}
            onChange={set('code')}
            error={errors.code}
            inputRef={codeRef}
          />
          <TextField id="plan-new-initials" label={labels.initials} optional value={values.initials} onChange={set('initials')} error={errors.initials} />
          <TextField id="plan-new-pronouns" label={labels.pronouns} optional value={values.pronouns} onChange={set('pronouns')} error={errors.pronouns} />
          {allowFullNames ? (
            <TextField id="plan-new-full-name" label={labels.fullName} optional value={values.fullName} onChange={set('fullName')} error={errors.fullName} />
          ) : null}
          {failure ? (
            <p className="form-error" role="alert">
              {failure}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
              {saving ? t('workshops.plan.roster.saving') : t('workshops.plan.roster.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
