import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramListsView } from '../../../core/contract/hub';
import type { ModuleInUse } from '../../../core/domain/hub/programLists';
import type { ModuleSummary } from '../../../core/domain/curriculum/library';
import { call } from '../../api';
import { describeMessage } from '../../format/describe';
import { useLoad } from '../../data/useLoad';
import { useKnownHubStatus } from './HubStatusContext';

const loadLists = async () => ({ lists: await call('hub.lists'), library: await call('curricula.list') });

/** Where a module in use stands on this laptop: that version, another version of it, or none. */
function presence(module: ModuleInUse, library: readonly ModuleSummary[]): { kind: 'here' } | { kind: 'missing' } | { kind: 'other'; versions: string } {
  const versions = library.filter((held) => held.id === module.id).map((held) => held.version);
  if (versions.includes(module.version)) return { kind: 'here' };
  return versions.length > 0 ? { kind: 'other', versions: versions.join(', ') } : { kind: 'missing' };
}

/** Settings › Program hub: what the program's shared lists hold, and which modules in use this laptop lacks. */
export function ProgramListsFacts() {
  const { t } = useTranslation();
  const loaded = useLoad(loadLists);
  const status = useKnownHubStatus();
  const { replace } = loaded;
  // Read again, without a loading line, each time the hub is heard from (lists may have come in).
  useEffect(() => {
    let current = true;
    loadLists().then(
      (value) => current && replace(value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [status, replace]);

  let body;
  if (loaded.state.status === 'loading') body = <p role="status">{t('programLists.loading')}</p>;
  else if (loaded.state.status === 'failed') body = <p className="problem">{t('programLists.loadFailed', { message: loaded.state.error.message })}</p>;
  else if (loaded.state.value.lists === null) return null;
  else body = <ListsBody lists={loaded.state.value.lists} library={loaded.state.value.library} />;

  return (
    <section className="hub-block" aria-labelledby="hub-lists-heading">
      <h3 id="hub-lists-heading">{t('programLists.heading')}</h3>
      <p className="field-hint">{t('programLists.intro')}</p>
      {body}
    </section>
  );
}

function ListsBody({ lists, library }: { lists: ProgramListsView; library: readonly ModuleSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      {lists.refused ? (
        <div className="notice-inline">
          <p>{t('programLists.refused')}</p>
          <ul className="plain-list">
            {lists.refused.map((problem, index) => (
              <li key={index}>{describeMessage(problem)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="facts hub-facts">
        {(['sites', 'facilitators', 'resources'] as const).map((list) => (
          <div key={list}>
            <dt>{t(`programLists.${list}`)}</dt>
            <dd>{t('programLists.count', { count: lists[list] })}</dd>
          </div>
        ))}
      </dl>
      <h4 className="hub-lists-modules">{t('programLists.modulesHeading')}</h4>
      <p className="field-hint">{t('programLists.modulesIntro')}</p>
      {lists.modules.length === 0 ? (
        <p>{t('programLists.noModules')}</p>
      ) : (
        <ul className="plain-list">
          {lists.modules.map((module) => {
            const here = presence(module, library);
            return (
              <li key={`${module.id}@${module.version}`}>
                {t('programLists.moduleVersion', { title: module.title, version: module.version })}{' '}
                <span className={here.kind === 'here' ? 'badge badge--muted' : 'badge badge--accent'}>
                  {here.kind === 'here'
                    ? t('programLists.onThisLaptop')
                    : here.kind === 'other'
                      ? t('programLists.otherVersionHere', { versions: here.versions })
                      : t('programLists.notOnThisLaptop')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
