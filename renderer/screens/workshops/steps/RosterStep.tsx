import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../../core/contract/planning';
import type { Participant } from '../../../../core/domain/participants';
import { call } from '../../../api';
import { attempt } from '../../../data/attempt';
import { ParticipantForm } from '../../participants/ParticipantForm';
import { blankParticipant, inputOf, type ParticipantValues } from '../../participants/history';
import { describedBy } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';
import type { Loaded } from '../../../data/useLoad';
import { i18n } from '../../../i18n';
import { fieldIds } from '../planFields';
import { matchesQuery } from '../textSearch';
import { PlanInput } from './PlanInput';
import type { StepProps } from './stepProps';

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

/** "Add a participant": the registry's own form, opened in place; the new participant is saved and chosen. */
function AddParticipant({ allowFullNames, onAdded }: { allowFullNames: boolean; onAdded: (view: ParticipantView) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  async function add(values: ParticipantValues) {
    const outcome = await attempt(() => call('participants.save', inputOf(values, undefined, allowFullNames)));
    if (outcome.ok) onAdded(outcome.value);
    return outcome;
  }

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
        <div id="plan-add-participant-form" className="inline-form panel plan-add-form">
          <h3 id="plan-add-participant-heading">{t('workshops.plan.roster.addHeading')}</h3>
          <ParticipantForm
            idPrefix="plan-new"
            labelledBy="plan-add-participant-heading"
            initial={blankParticipant}
            submitLabel={t('workshops.plan.roster.save')}
            allowFullNames={allowFullNames}
            onSubmit={add}
            onSaved={close}
            onRefused={() => undefined}
            onCancel={close}
          />
        </div>
      ) : null}
    </div>
  );
}
