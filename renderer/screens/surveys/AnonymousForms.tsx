import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveysView } from '../../../core/contract/surveys';
import { SelectField } from '../../components/SelectField';
import type { useSurveyEntry } from './useSurveyEntry';

/**
 * Anonymous numbered forms: add a form by the number printed on it (its row joins the grid), and link
 * a number to a young person's code later, when they agree.
 */
export function AnonymousForms({ entry, roster }: { entry: ReturnType<typeof useSurveyEntry>; roster: SurveysView['roster'] }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [message, setMessage] = useState<{ kind: 'done' | 'failed'; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    const formNumber = Number(number);
    if (!Number.isInteger(formNumber) || formNumber < 1 || busy) return;
    setBusy(true);
    const outcome = await entry.addForm(formNumber);
    setBusy(false);
    if (outcome.ok) {
      setNumber('');
      setMessage(undefined);
    } else setMessage({ kind: 'failed', text: outcome.message });
  }

  async function link(formNumber: number, participantId: string) {
    const outcome = await entry.link(formNumber, participantId);
    const code = roster.find((person) => person.id === participantId)?.code ?? '';
    setMessage(outcome.ok ? { kind: 'done', text: t('surveys.anonymous.linked', { number: formNumber, code }) } : { kind: 'failed', text: outcome.message });
  }

  return (
    <section className="panel survey-forms" aria-labelledby="survey-forms-heading">
      <h3 id="survey-forms-heading">{t('surveys.anonymous.heading')}</h3>
      <p className="field-hint">{t('surveys.anonymous.help')}</p>
      <form className="survey-inline-form" onSubmit={(event) => void add(event)}>
        <div className="field">
          <label htmlFor="survey-form-number">{t('surveys.anonymous.number')}</label>
          <input
            id="survey-form-number"
            type="number"
            inputMode="numeric"
            min={1}
            max={9999}
            value={number}
            onChange={(event) => setNumber(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t('surveys.anonymous.add')}
        </button>
      </form>
      {entry.formNumbers.map((formNumber) => (
        <LinkForm key={formNumber} formNumber={formNumber} roster={roster} onLink={(participantId) => void link(formNumber, participantId)} />
      ))}
      {message ? (
        <p role={message.kind === 'failed' ? 'alert' : 'status'} className={message.kind === 'failed' ? 'field-error' : 'field-hint'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

function LinkForm({ formNumber, roster, onLink }: { formNumber: number; roster: SurveysView['roster']; onLink: (participantId: string) => void }) {
  const { t } = useTranslation();
  const [participantId, setParticipantId] = useState('');
  return (
    <form
      className="survey-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (participantId) onLink(participantId);
      }}
    >
      <SelectField
        id={`survey-link-${formNumber}`}
        label={t('surveys.anonymous.link', { number: formNumber })}
        value={participantId}
        options={[{ value: '', label: t('surveys.anonymous.choose') }, ...roster.map((person) => ({ value: person.id, label: person.code }))]}
        onChange={setParticipantId}
      />
      <button type="submit" className="button button--secondary" disabled={!participantId}>
        {t('surveys.anonymous.linkButton')}
      </button>
    </form>
  );
}
