import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { genderFocuses, type GenderFocus } from '../../../core/domain/curriculum/schema';
import { libraryCards, matchesFilter, type LibraryFilter, type ModuleSummary } from '../../../core/domain/curriculum/library';
import { siteKinds, type SiteKind } from '../../../core/domain/settings';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { SelectField } from '../../components/SelectField';
import { useLoad } from '../../data/useLoad';
import { agesText, typicalLength } from './format';
import { ImportModule } from './ImportModule';
import { languageName } from './languageName';
import './curricula.css';

const loadLibrary = () => call('curricula.list');
const ages = Array.from({ length: 14 }, (_, index) => String(index + 8));

function filterFrom(params: URLSearchParams): LibraryFilter {
  const age = Number(params.get('age'));
  const gender = params.get('audience');
  const setting = params.get('setting');
  return {
    ...(Number.isInteger(age) && age > 0 ? { age } : {}),
    ...(genderFocuses.includes(gender as GenderFocus) ? { genderFocus: gender as GenderFocus } : {}),
    ...(siteKinds.includes(setting as SiteKind) ? { setting: setting as SiteKind } : {}),
  };
}

/** The curriculum library: every module with its audience and length, filterable; import your own. */
export function CurriculaScreen() {
  const { t } = useTranslation();
  const library = useLoad(loadLibrary);
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);

  function setFilter(key: 'age' | 'audience' | 'setting', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  const anyOption = { value: '', label: t('curricula.filters.any') };

  return (
    <Screen title={t('screens.curricula.title')} wide>
      <p className="screen-intro">{t('curricula.intro')}</p>
      <ImportModule onImported={library.replace} />

      <form className="filters" aria-label={t('curricula.filters.label')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="filter-audience"
          label={t('curricula.filters.audience')}
          value={filter.genderFocus ?? ''}
          options={[anyOption, ...genderFocuses.map((focus) => ({ value: focus, label: t(`curricula.genderFocus.${focus}`) }))]}
          onChange={(value) => setFilter('audience', value)}
        />
        <SelectField
          id="filter-age"
          label={t('curricula.filters.age')}
          value={filter.age === undefined ? '' : String(filter.age)}
          options={[anyOption, ...ages.map((age) => ({ value: age, label: age }))]}
          onChange={(value) => setFilter('age', value)}
        />
        <SelectField
          id="filter-setting"
          label={t('curricula.filters.setting')}
          value={filter.setting ?? ''}
          options={[anyOption, ...siteKinds.map((kind) => ({ value: kind, label: t(`settings.siteKinds.${kind}`) }))]}
          onChange={(value) => setFilter('setting', value)}
        />
        {params.size > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('curricula.filters.clear')}
          </button>
        ) : null}
      </form>

      {library.state.status === 'loading' ? <p role="status">{t('curricula.loading')}</p> : null}
      {library.state.status === 'failed' ? (
        <div role="alert">
          <p>{t('curricula.loadFailed', { message: library.state.error.message })}</p>
          <button type="button" className="button" onClick={library.retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {library.state.status === 'ready' ? <ModuleList modules={libraryCards(library.state.value)} filter={filter} /> : null}
    </Screen>
  );
}

/** One card per module: a translation is a language on its original's card. */
function ModuleList({ modules: cards, filter }: { modules: ModuleSummary[]; filter: LibraryFilter }) {
  const { t } = useTranslation();
  const total = cards.length;
  const modules = cards.filter((module) => matchesFilter(module, filter));
  return (
    <>
      <p className="result-count" role="status">
        {modules.length === total ? t('curricula.countAll', { count: total }) : t('curricula.countFiltered', { count: modules.length, total })}
      </p>
      {modules.length === 0 ? <p className="empty">{t('curricula.noMatch')}</p> : null}
      <ul className="module-list">
        {modules.map((module) => (
          <li key={module.id}>
            <ModuleCard module={module} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ModuleCard({ module }: { module: ModuleSummary }) {
  const { t } = useTranslation();
  const headingId = `module-${module.id}`;
  return (
    <article className="module-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="module-card-title">
        <Link to={`/curricula/${module.id}`}>{module.title}</Link>
      </h2>
      <p className="module-card-badges">
        <span className="badge">{t('curricula.modeledOnShort', { program: module.program })}</span>
        {module.structureInferred ? <span className="badge badge--muted">{t('curricula.inferred')}</span> : null}
        {module.origin === 'imported' ? <span className="badge badge--accent">{t('curricula.imported', { version: module.version })}</span> : null}
      </p>
      <p>{module.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t('curricula.facts.audience')}</dt>
          <dd>{[agesText(t, module.ages), ...module.genderFocuses.map((focus) => t(`curricula.genderFocus.${focus}`))].join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('curricula.facts.settings')}</dt>
          <dd>{module.settings.map((setting) => t(`settings.siteKinds.${setting}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('curricula.facts.length')}</dt>
          <dd>{typicalLength(t, module)}</dd>
        </div>
        {module.languages.length > 1 ? (
          <div>
            <dt>{t('moduleLanguages.label')}</dt>
            <dd>
              <ul className="curricula-card-languages">
                {module.languages.map(({ id, language }) => (
                  <li key={id}>
                    <Link to={`/curricula/${id}`} lang={language} hrefLang={language}>
                      {languageName(language)}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
