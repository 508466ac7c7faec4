import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HubDecision } from '../../../core/contract/hub';
import { call, toApiError } from '../../api';
import { useFocusOnRefusal } from '../../components/formErrors';
import { FormFooter } from '../../components/FormFooter';
import { RadioGroup } from '../../components/RadioGroup';
import { describeMessage } from '../../format/describe';
import { useHubStatus } from './HubStatusContext';

interface WorkshopDecisionsProps {
  /** Names the group's elements (made from its place: ids from main may not be valid element ids). */
  id: string;
  workshopId: string;
  title: string;
  decisions: readonly HubDecision[];
  /** Saved: the decisions still waiting in other workshops. */
  onDecided: (remaining: HubDecision[]) => void;
  /** The list changed meanwhile (decided in another window): the decisions as they now are. */
  onStale: (current: HubDecision[]) => void;
}

type Side = 'kept' | 'other';

/**
 * One workshop's decisions, settled together (a workshop's copies are merged in one go): for each,
 * this laptop's side and the other laptop's, and nothing chosen until the person chooses.
 */
export function WorkshopDecisions({ id, workshopId, title, decisions, onDecided, onStale }: WorkshopDecisionsProps) {
  const { t } = useTranslation();
  const hub = useHubStatus();
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnRefusal(formRef, attempt);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const unchosen = decisions.filter((decision) => choices[decision.id] === undefined).map((decision) => decision.id);
    setMissing(new Set(unchosen));
    setFailure(null);
    if (unchosen.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const revisions = Object.fromEntries(decisions.map((decision) => [decision.id, decision[choices[decision.id]!].revision]));
      const remaining = await call('hub.decide', { workshopId, choices: revisions });
      hub.refresh();
      onDecided(remaining);
    } catch (thrown) {
      setBusy(false);
      setFailure(t('hub.failed', { message: toApiError(thrown).message }));
      setAttempt((n) => n + 1);
      call('hub.decisions').then(onStale, () => undefined);
    }
  }

  return (
    <form ref={formRef} className="hub-decision-group" aria-labelledby={`${id}-heading`} noValidate onSubmit={(event) => void save(event)}>
      <h2 id={`${id}-heading`}>
        <Link to={`/workshops/${workshopId}`}>{title}</Link>
      </h2>
      {decisions.map((decision, index) => (
        <Decision
          key={decision.id}
          id={`${id}-${index}`}
          decision={decision}
          chosen={choices[decision.id]}
          missing={missing.has(decision.id)}
          onChoose={(side) => {
            setChoices((current) => ({ ...current, [decision.id]: side }));
            setMissing((current) => new Set([...current].filter((each) => each !== decision.id)));
          }}
        />
      ))}
      <FormFooter
        formError={failure}
        busy={busy}
        submitLabel={t('hub.decisions.save', { count: decisions.length })}
        progress={
          <p role="status" className="hub-done">
            {busy ? t('hub.decisions.saving') : ''}
          </p>
        }
      />
    </form>
  );
}

interface DecisionProps {
  id: string;
  decision: HubDecision;
  chosen: Side | undefined;
  missing: boolean;
  onChoose: (side: Side) => void;
}

/** Both sides in plain words, this laptop's first; "(newer)" on the side changed last. */
function Decision({ id, decision, chosen, missing, onChoose }: DecisionProps) {
  const { t } = useTranslation();
  const mine: Side = decision.here ?? 'kept';
  const theirs: Side = mine === 'kept' ? 'other' : 'kept';
  const sideLabel = (side: Side) => {
    const value = describeMessage(decision[side].value);
    const text = decision.here
      ? t(side === mine ? 'hub.decisions.mine' : 'hub.decisions.theirs', { value })
      : t(side === 'kept' ? 'hub.decisions.keptForNow' : 'hub.decisions.otherVersion', { value });
    return (
      <span>
        {text}
        {decision.newer === decision[side].revision ? <span className="muted"> {t('hub.decisions.newer')}</span> : null}
      </span>
    );
  };
  return (
    <RadioGroup<Side>
      id={id}
      legend={describeMessage(decision.label)}
      value={chosen ?? ''}
      options={[mine, theirs].map((side) => ({ value: side, label: sideLabel(side) }))}
      onChange={onChoose}
      error={missing ? t('hub.decisions.choose') : undefined}
      classNames={{ group: 'hub-decision', list: 'hub-sides', option: 'hub-side' }}
    />
  );
}
