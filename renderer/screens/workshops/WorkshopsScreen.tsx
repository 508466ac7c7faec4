import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { WorkshopSummary } from '../../../core/contract/planning';
import { call } from '../../api';
import { Screen } from '../../components/Screen';
import { SelectField } from '../../components/SelectField';
import { useLoad } from '../../data/useLoad';
import { formatShortDate } from '../../format/dates';
import { i18n } from '../../i18n';
import { ImportWorkshop } from '../exports/ImportWorkshop';
import { matchesSearch, matchesStatus, sortWorkshops, statusFilterFrom, type StatusFilter } from './workshopList';
import './workshops.css';
import { FactList } from '../../components/FactList';

const loadWorkshops = () => call('workshops.list');

/** Every workshop, newest activity first, with a search and a status filter kept in the address (so Back keeps them). */
export function WorkshopsScreen() {
  const { t } = useTranslation();
  const workshops = useLoad(loadWorkshops);
  const [params, setParams] = useSearchParams();
  // Typed text lives here so the caret never jumps; the address follows it.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const status = statusFilterFrom(params.get('status'));

  function setParam(key: 'q' | 'status', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  function clear() {
    setQuery('');
    setParams(new URLSearchParams(), { replace: true });
  }

  const planLink = (
    <Link to="/workshops/new" className="button button--primary">
      {t('workshops.planButton')}
    </Link>
  );

  if (workshops.state.status === 'loading') {
    return (
      <Screen title={t('workshops.title')} wide>
        <p role="status">{t('workshops.loading')}</p>
      </Screen>
    );
  }
  if (workshops.state.status === 'failed') {
    return (
      <Screen title={t('workshops.title')} wide>
        <div role="alert" className="panel panel--error">
          <p>{t('workshops.loadFailed', { message: workshops.state.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={workshops.retry}>
            {t('common.retry')}
          </button>
        </div>
      </Screen>
    );
  }

  const all = workshops.state.value;
  if (all.length === 0) {
    return (
      <Screen title={t('workshops.title')} wide>
        <section className="panel plan-empty" aria-labelledby="workshops-empty-heading">
          <h2 id="workshops-empty-heading">{t('workshops.emptyHeading')}</h2>
          <p>{t('workshops.empty')}</p>
          <div className="toolbar">
            {planLink}
            <ImportWorkshop onWorkshopsChanged={workshops.replace} />
          </div>
        </section>
      </Screen>
    );
  }

  const shown = sortWorkshops(all.filter((summary) => matchesStatus(summary, status) && matchesSearch(summary, query)));
  const narrowed = query.trim() !== '' || status !== '';
  const archivedHidden = status === '' ? all.filter((summary) => summary.status === 'archived' && matchesSearch(summary, query)).length : 0;
  const statusOptions: { value: StatusFilter; label: string }[] = [
    { value: '', label: t('workshops.filters.current') },
    { value: 'planned', label: t('workshops.filters.planned') },
    { value: 'running', label: t('workshops.filters.running') },
    { value: 'finished', label: t('workshops.filters.finished') },
    { value: 'archived', label: t('workshops.filters.archived') },
  ];

  return (
    <Screen title={t('workshops.title')} wide>
      <p className="screen-intro">{t('workshops.intro')}</p>
      <div className="toolbar">
        {planLink}
        <ImportWorkshop onWorkshopsChanged={workshops.replace} />
      </div>

      <form className="filters" role="search" aria-label={t('workshops.filters.label')} onSubmit={(event) => event.preventDefault()}>
        <div className="field plan-search">
          <label htmlFor="workshops-search">{t('workshops.filters.search')}</label>
          <p className="field-hint" id="workshops-search-hint">
            {t('workshops.filters.searchHint')}
          </p>
          <input
            id="workshops-search"
            type="search"
            value={query}
            aria-describedby="workshops-search-hint"
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              setParam('q', event.target.value);
            }}
          />
        </div>
        <SelectField<StatusFilter>
          id="workshops-status"
          label={t('workshops.filters.status')}
          value={status}
          options={statusOptions}
          onChange={(value) => setParam('status', value)}
        />
        {narrowed ? (
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('workshops.filters.clear')}
          </button>
        ) : null}
      </form>

      <p className="result-count" role="status">
        <span>
          {narrowed ? t('workshops.countFiltered', { count: shown.length, total: all.length }) : t('workshops.countCurrent', { count: shown.length })}
        </span>
        {archivedHidden > 0 ? <span> · {t('workshops.archivedHidden', { count: archivedHidden })}</span> : null}
      </p>
      {archivedHidden > 0 ? (
        <p className="plan-show-archived">
          <button type="button" className="button button--secondary" onClick={() => setParam('status', 'archived')}>
            {t('workshops.showArchived')}
          </button>
        </p>
      ) : null}
      {shown.length === 0 && archivedHidden === 0 ? <p className="empty">{t('workshops.noMatch')}</p> : null}

      <ul className="plan-workshop-list">
        {shown.map((summary) => (
          <li key={summary.id}>
            <WorkshopCard summary={summary} />
          </li>
        ))}
      </ul>
    </Screen>
  );
}

const statusBadge: Record<WorkshopSummary['status'], string> = {
  running: 'badge badge--accent',
  planned: 'badge',
  finished: 'badge badge--muted',
  archived: 'badge badge--muted',
};

function dateRange(t: TFunction, summary: WorkshopSummary): string {
  if (!summary.firstDate || !summary.lastDate) return t('workshops.noDates');
  if (summary.firstDate === summary.lastDate) return formatShortDate(summary.firstDate, true);
  return t('workshops.dateRange', { first: formatShortDate(summary.firstDate, true), last: formatShortDate(summary.lastDate, true) });
}

function WorkshopCard({ summary }: { summary: WorkshopSummary }) {
  const { t } = useTranslation();
  const headingId = `workshop-${summary.id}`;
  const names = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const facts: [string, string][] = [
    [t('workshops.facts.dates'), dateRange(t, summary)],
    [t('workshops.facts.progress'), t('workshops.progress', { held: summary.pastMeetingCount, count: summary.meetingCount })],
    [t('workshops.facts.enrolled'), t('workshops.enrolled', { count: summary.enrolledCount })],
    [t('workshops.facts.site'), summary.siteName ?? t('workshops.noSite')],
    [t('workshops.facts.facilitators'), summary.facilitatorNames.length > 0 ? names.format(summary.facilitatorNames) : t('workshops.noFacilitators')],
  ];
  return (
    <article className={`plan-card plan-card--${summary.status}`} aria-labelledby={headingId}>
      <div className="plan-card-head">
        <h2 id={headingId} className="plan-card-title">
          <Link to={`/workshops/${summary.id}`}>{summary.title}</Link>
        </h2>
        <span className={statusBadge[summary.status]}>{t(`planning.status.${summary.status}`)}</span>
      </div>
      <dl className="plan-lead">
        <div>
          <dt className="visually-hidden">{t('workshops.facts.audience')}</dt>
          <dd>{summary.audience || t('workshops.noAudience')}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('workshops.facts.module')}</dt>
          <dd>{summary.moduleTitle}</dd>
        </div>
      </dl>
      <FactList className="plan-facts" facts={facts} />
    </article>
  );
}
