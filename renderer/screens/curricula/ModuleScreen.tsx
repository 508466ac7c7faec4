import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { LibraryModule } from '../../../core/domain/curriculum/library';
import { componentKeys } from '../../../core/domain/curriculum/schema';
import { call, toApiError } from '../../api';
import { Screen } from '../../components/Screen';
import { Section } from '../../components/Section';
import { WithModule } from './LoadState';
import { Markdown } from '../../components/Markdown';
import { formatLongDate } from '../../format/dates';
import { agesText, completionText, joiningText, minutesRange, perWeekText, readablePath } from './format';
import { InferredMarks } from './InferredMarks';
import { InstrumentsSection } from './InstrumentsSection';
import { LanguageSwitch } from './LanguageSwitch';
import { useModule } from './useModule';
import { InlineConfirm } from '../../components/InlineConfirm';

/** One module: what it is, who it is for, how it runs, where it comes from, and its sessions. */
export function ModuleScreen() {
  const { moduleId = '' } = useParams();
  const { state, retry } = useModule(moduleId);
  return (
    <WithModule state={state} retry={retry}>
      {(entry) => <ModuleDetails entry={entry} />}
    </WithModule>
  );
}

function ModuleDetails({ entry }: { entry: LibraryModule }) {
  const { t } = useTranslation();
  const { module, origin } = entry;
  const minutes = module.sessions.map((session) => session.minutes);

  return (
    <Screen title={module.title} wide>
      <nav aria-label={t('curricula.breadcrumb')} className="breadcrumb">
        <Link to="/curricula">{t('screens.curricula.title')}</Link>
      </nav>
      <LanguageSwitch module={module} pageOf={(id) => `/curricula/${id}`} />
      <p className="lead">{module.summary}</p>
      <p className="module-card-badges">
        <span className="badge">{t('curricula.modeledOnShort', { program: module.modeledOn.program })}</span>
        {module.modeledOn.structureInferred ? <span className="badge badge--muted">{t('curricula.inferred')}</span> : null}
        <span className="badge badge--muted">{t(origin === 'imported' ? 'curricula.imported' : 'curricula.shipped', { version: module.version })}</span>
      </p>
      <p className="toolbar screen-only">
        <Link to={`/workshops/new?module=${encodeURIComponent(module.id)}`} className="button button--primary">
          {t('curricula.planWorkshop')}
        </Link>
      </p>

      <Section id="overview" heading={t('curricula.module.overview')}>
        <Markdown text={module.overview} />
      </Section>

      <Section id="audiences" heading={t('curricula.module.audiences')}>
        <ul className="plain-list">
          {module.audiences.map((audience, index) => (
            <li key={index}>
              <strong>
                {agesText(t, audience.ages)} · {t(`curricula.genderFocus.${audience.genderFocus}`)}
              </strong>
              {' — '}
              {audience.settings.map((setting) => t(`settings.siteKinds.${setting}`)).join(', ')}
              <InferredMarks marks={module.inferred} at={`audiences[${index}]`} />
              {audience.note ? <p className="muted">{audience.note}</p> : null}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="delivery" heading={t('curricula.module.delivery')}>
        <dl className="facts">
          <div>
            <dt>{t('curricula.facts.sessions')}</dt>
            <dd>
              {t('curricula.sessionCount', { count: module.sessions.length })}, {minutesRange(t, { min: Math.min(...minutes), max: Math.max(...minutes) })},{' '}
              {perWeekText(t, module.delivery.sessionsPerWeek)}
              <InferredMarks marks={module.inferred} at="delivery.sessionsPerWeek" />
            </dd>
          </div>
          {module.delivery.groupSize ? (
            <div>
              <dt>{t('curricula.facts.groupSize')}</dt>
              <dd>
                {t('curricula.groupSize', module.delivery.groupSize)}
                <InferredMarks marks={module.inferred} at="delivery.groupSize" />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('curricula.facts.group')}</dt>
            <dd>
              {joiningText(t, module.delivery.joining)}
              <InferredMarks marks={module.inferred} at="delivery.joining" />
            </dd>
          </div>
        </dl>
        {module.delivery.note ? <p>{module.delivery.note}</p> : null}
        <h3>{t('curricula.module.roles')}</h3>
        <ul className="plain-list">
          {module.facilitation.roles.map((role) => (
            <li key={role.role}>
              <strong>{t(`settings.roles.${role.role}`)}</strong> ({t(role.required ? 'curricula.required' : 'curricula.optionalRole')})
              {role.note ? <p className="muted">{role.note}</p> : null}
            </li>
          ))}
        </ul>
        {module.facilitation.note ? <p>{module.facilitation.note}</p> : null}
      </Section>

      <Section id="completion" heading={t('curricula.module.completion')}>
        <p>{completionText(t, module)}</p>
        <InferredMarks marks={module.inferred} at="completion" />
        {module.completion.note ? <p className="muted">{module.completion.note}</p> : null}
      </Section>

      <Section id="components" heading={t('curricula.module.components')}>
        <p className="muted">{t('curricula.module.componentsIntro')}</p>
        <dl className="components">
          {componentKeys.map((key) => (
            <div key={key}>
              <dt>{t(`curricula.components.${key}`)}</dt>
              <dd>
                <Markdown text={module.components[key]} />
              </dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="sessions" heading={t('curricula.module.sessions')}>
        <ol className="session-list">
          {module.sessions.map((session) => (
            <li key={session.id}>
              <Link to={`/curricula/${module.id}/sessions/${session.id}`} className="session-link">
                {t('curricula.sessionTitle', { number: session.number, title: session.title })}
              </Link>
              <span className="muted">
                {' '}
                · {t('curricula.minutes', { count: session.minutes })}
                {session.optional ? ` · ${t('curricula.optionalSession')}` : ''}
              </span>
              <p className="session-topics">{session.topics.join(' · ')}</p>
              <InferredMarks marks={module.inferred} at={`sessions[${session.number - 1}]`} />
            </li>
          ))}
        </ol>
      </Section>

      <InstrumentsSection instruments={module.instruments} />

      <Section id="source" heading={t('curricula.module.source')}>
        <p className="notice-inline">{t('curricula.independentOutline', { program: module.modeledOn.program, organisation: module.modeledOn.organisation })}</p>
        <p>{module.modeledOn.note}</p>
        <dl className="facts">
          <div>
            <dt>{t('curricula.facts.confidence')}</dt>
            <dd>{t(`curricula.confidence.${module.modeledOn.confidence}`)}</dd>
          </div>
          <div>
            <dt>{t('curricula.facts.structure')}</dt>
            <dd>{t(module.modeledOn.structureInferred ? 'curricula.structureInferred' : 'curricula.structurePublished')}</dd>
          </div>
        </dl>
        {module.inferred.length > 0 ? (
          <>
            <h3>{t('curricula.inferredMarks.heading')}</h3>
            <p className="muted">{t('curricula.inferredMarks.help')}</p>
            <ul className="plain-list">
              {module.inferred.map((mark) => (
                <li key={mark.path}>
                  <strong>{readablePath(t, mark.path)}</strong>
                  {mark.note ? ` — ${mark.note}` : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>{t('curricula.module.sources')}</h3>
        <ul className="plain-list">
          {module.modeledOn.sources.map((source, index) => (
            <li key={index}>
              {source.title}
              {source.url ? <span className="muted"> ({source.url})</span> : null}
              {source.lastChecked ? (
                <span className="muted"> · {t('curricula.inferredMarks.lastChecked', { date: formatLongDate(source.lastChecked) })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      {origin === 'imported' ? <RemoveModule id={module.id} title={module.title} /> : null}
    </Screen>
  );
}

function RemoveModule({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    try {
      await call('curricula.remove', { id });
      void navigate('/curricula');
    } catch (thrown) {
      setError(toApiError(thrown).message);
    }
  }

  return (
    <Section id="remove-module" heading={t('curricula.remove.heading')}>
      <p>{t('curricula.remove.help')}</p>
      {confirming ? (
        <InlineConfirm
          id="remove-confirm"
          question={t('curricula.remove.confirm', { title })}
          confirm={{ label: t('common.yesRemove'), onConfirm: () => void remove() }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('curricula.remove.button', { title })}
        </button>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Section>
  );
}
