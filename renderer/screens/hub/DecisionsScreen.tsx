import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HubDecision } from '../../../core/contract/hub';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../data/useLoad';
import { HUB_SETTINGS_PATH } from './syncWords';
import { WorkshopDecisions } from './WorkshopDecisions';
import './hub.css';

const loadDecisions = () => call('hub.decisions');

interface WorkshopGroup {
  workshopId: string;
  title: string;
  decisions: HubDecision[];
}

/** Decisions that arrived with the same workshop, under its title: they are settled together. */
function byWorkshop(decisions: readonly HubDecision[]): WorkshopGroup[] {
  const groups = new Map<string, WorkshopGroup>();
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
  const [done, setDone] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const focusNext = useRef(false);

  // After a workshop's decisions are saved, focus moves to the next workshop's first choice, or to "nothing waiting".
  useLayoutEffect(() => {
    if (!focusNext.current || state.status !== 'ready') return;
    focusNext.current = false;
    (list.current?.querySelector<HTMLElement>('input[type="radio"]') ?? list.current?.querySelector<HTMLElement>('.hub-all-decided'))?.focus();
  }, [state]);

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
  else
    body = byWorkshop(state.value).map((group, index) => (
      <WorkshopDecisions
        key={group.workshopId}
        id={`hub-decisions-${index}`}
        workshopId={group.workshopId}
        title={group.title}
        decisions={group.decisions}
        onDecided={(remaining) => {
          setDone(t('hub.decisions.saved', { title: group.title }));
          focusNext.current = true;
          replace(remaining);
        }}
        onStale={(current) => replace(current)}
      />
    ));

  return (
    <Screen title={t('hub.decisions.title')}>
      <p className="screen-intro">{t('hub.decisions.intro')}</p>
      <p role="status" className="hub-done">
        {done}
      </p>
      <div ref={list}>{body}</div>
      <p className="hub-settings-link">
        <Link to={HUB_SETTINGS_PATH}>{t('hub.decisions.toSettings')}</Link>
      </p>
    </Screen>
  );
}
