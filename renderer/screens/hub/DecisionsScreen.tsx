import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionSide, HubDecision } from '../../../core/contract/hub';
import { call, toApiError } from '../../api';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../data/useLoad';
import { describeMessage } from '../../format/describe';
import { useHubStatus } from './HubStatusContext';
import { HUB_SETTINGS_PATH } from './syncWords';
import './hub.css';

const loadDecisions = () => call('hub.decisions');

/** Decisions that arrived with the same workshop, under its title. */
function byWorkshop(decisions: readonly HubDecision[]): { workshopId: string; title: string; decisions: HubDecision[] }[] {
  const groups = new Map<string, { workshopId: string; title: string; decisions: HubDecision[] }>();
  for (const decision of decisions) {
    const group = groups.get(decision.workshopId) ?? { workshopId: decision.workshopId, title: decision.workshopTitle, decisions: [] };
    group.decisions.push(decision);
    groups.set(decision.workshopId, group);
  }
  return [...groups.values()];
}

/**
 * What only a person can decide: something changed one way on this laptop and another way on
 * another laptop of the program. Each shows both sides in plain words; the side not kept stays on the
 * hub until it is decided, so nothing is lost by waiting.
 */
export function DecisionsScreen() {
  const { t } = useTranslation();
  const { state, retry, replace } = useLoad(loadDecisions);
  const hub = useHubStatus();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  // After a decision, focus moves to the next one's first choice (the one now at its place), or to "All decided".
  const focusAt = useRef<number | null>(null);

  useEffect(() => {
    if (focusAt.current === null || state.status !== 'ready') return;
    const firstChoices = list.current?.querySelectorAll<HTMLElement>('[data-first-choice]') ?? [];
    const target = firstChoices[Math.min(focusAt.current, firstChoices.length - 1)] ?? list.current?.querySelector<HTMLElement>('.hub-all-decided');
    focusAt.current = null;
    target?.focus();
  }, [state]);

  async function decide(decision: HubDecision, index: number, keep: DecisionSide) {
    if (busy) return;
    setBusy(decision.id);
    setFailure(null);
    try {
      const remaining = await call('hub.decide', { decisionId: decision.id, keep });
      setDone(t('hub.decisions.decided', { about: describeMessage(decision.about), value: describeMessage(decision[keep]) }));
      focusAt.current = index;
      replace(remaining);
      hub.refresh();
    } catch (thrown) {
      const error = toApiError(thrown);
      setFailure(t('hub.failed', { message: error.message }));
      // Settled elsewhere meanwhile: show the list as it now is.
      if (error.reason.code === 'hub-decision-gone') replace(await call('hub.decisions').catch(() => (state.status === 'ready' ? state.value : [])));
    } finally {
      setBusy(null);
    }
  }

  let body;
  if (state.status === 'loading') body = <p role="status">{t('hub.decisions.loading')}</p>;
  else if (state.status === 'failed')
    body = (
      <div className="problem">
        <p>{t('hub.loadFailed', { message: state.error.message })}</p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  else if (state.value.length === 0)
    body = (
      <p className="empty hub-all-decided" tabIndex={-1}>
        {t('hub.decisions.none')}
      </p>
    );
  else {
    let index = 0;
    body = byWorkshop(state.value).map((group) => (
      <section key={group.workshopId} className="hub-decision-group" aria-labelledby={`hub-decisions-${group.workshopId}`}>
        <h2 id={`hub-decisions-${group.workshopId}`}>
          <Link to={`/workshops/${group.workshopId}`}>{group.title}</Link>
        </h2>
        <ul className="hub-decision-list">
          {group.decisions.map((decision) => {
            const at = index++;
            return (
              <DecisionItem
                key={decision.id}
                aboutId={`hub-decision-${at}`}
                decision={decision}
                busy={busy !== null}
                onDecide={(keep) => void decide(decision, at, keep)}
              />
            );
          })}
        </ul>
      </section>
    ));
  }

  return (
    <Screen title={t('hub.decisions.title')}>
      <p className="screen-intro">{t('hub.decisions.intro')}</p>
      <p role="status" className="hub-done">
        {done}
      </p>
      {failure ? (
        <p className="form-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div ref={list}>{body}</div>
      <p className="hub-settings-link">
        <Link to={HUB_SETTINGS_PATH}>{t('hub.decisions.toSettings')}</Link>
      </p>
    </Screen>
  );
}

/** `aboutId`: made from the decision's place, since its id comes from main and may not be a valid element id. */
function DecisionItem({
  aboutId,
  decision,
  busy,
  onDecide,
}: {
  aboutId: string;
  decision: HubDecision;
  busy: boolean;
  onDecide: (keep: DecisionSide) => void;
}) {
  const { t } = useTranslation();
  const mine = describeMessage(decision.mine);
  const theirs = describeMessage(decision.theirs);
  const from = decision.theirsFrom ? t('hub.decisions.theirsFrom', { userName: decision.theirsFrom }) : t('hub.decisions.theirs');
  const newer = (side: DecisionSide) => (decision.newer === side ? <span className="muted"> {t('hub.decisions.newer')}</span> : null);
  return (
    <li className="hub-decision" aria-labelledby={aboutId}>
      <p id={aboutId} className="hub-decision-about">
        {describeMessage(decision.about)}
      </p>
      <dl className="hub-sides">
        <div className="hub-side">
          <dt>{t('hub.decisions.mine')}</dt>
          <dd>
            {mine}
            {newer('mine')}
          </dd>
        </div>
        <div className="hub-side">
          <dt>{from}</dt>
          <dd>
            {theirs}
            {newer('theirs')}
          </dd>
        </div>
      </dl>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          data-first-choice
          aria-describedby={aboutId}
          aria-disabled={busy || undefined}
          onClick={busy ? undefined : () => onDecide('mine')}
        >
          {t('hub.decisions.keepMine', { value: mine })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={aboutId}
          aria-disabled={busy || undefined}
          onClick={busy ? undefined : () => onDecide('theirs')}
        >
          {t('hub.decisions.takeTheirs', { value: theirs })}
        </button>
      </div>
    </li>
  );
}
