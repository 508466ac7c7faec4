import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { activityStarts, type LibraryModule } from '../../../core/domain/curriculum/library';
import type { Session } from '../../../core/domain/curriculum/schema';
import { call, toApiError } from '../../api';
import { Screen } from '../../components/Screen';
import { Section } from '../../components/Section';
import { localPaper, type PaperSize } from '../print/paper';
import { PaperSelect } from '../print/PaperSelect';
import { LanguageSwitch } from './LanguageSwitch';
import { WithModule } from './LoadState';
import { ActivityItem, CatchUpVersion, LocalResources, PlanList, SessionHandouts } from './SessionParts';
import { useModule } from './useModule';

/** One session's plan, laid out to read on screen and to print as a facilitator handout. */
export function SessionScreen() {
  const { moduleId = '', sessionId = '' } = useParams();
  const { state, retry } = useModule(moduleId);
  const { t } = useTranslation();
  return (
    <WithModule state={state} retry={retry}>
      {(entry) => {
        const session = entry.module.sessions.find((candidate) => candidate.id === sessionId);
        if (!session) {
          return (
            <Screen title={t('curricula.sessionNotFound')}>
              <p>
                <Link to={`/curricula/${entry.module.id}`}>{t('curricula.backToModule', { title: entry.module.title })}</Link>
              </p>
            </Screen>
          );
        }
        return <SessionPlan entry={entry} session={session} />;
      }}
    </WithModule>
  );
}

function SessionPlan({ entry, session }: { entry: LibraryModule; session: Session }) {
  const { t } = useTranslation();
  const { module } = entry;
  const starts = activityStarts(session.activities);
  const title = t('curricula.sessionTitle', { number: session.number, title: session.title });
  const [paper, setPaper] = useState<PaperSize>(localPaper);

  return (
    <div className={`paper--${paper}`}>
      <Screen title={title} wide>
        <nav aria-label={t('curricula.breadcrumb')} className="breadcrumb">
          <Link to="/curricula">{t('screens.curricula.title')}</Link>
          <span aria-hidden="true"> › </span>
          <Link to={`/curricula/${module.id}`}>{module.title}</Link>
        </nav>
        <LanguageSwitch module={module} pageOf={(id) => `/curricula/${id}/sessions/${session.id}`} />
        <p className="print-only print-module">{module.title}</p>
        <p className="lead">
          {t('curricula.minutes', { count: session.minutes })}
          {session.optional ? ` · ${t('curricula.optionalSession')}` : ''}
        </p>
        {session.summary ? <p>{session.summary}</p> : null}
        <PrintToolbar fileName={`${module.title} - ${title}`} paper={paper} onPaper={setPaper} />

        <aside className="content-notice" aria-labelledby="content-notice">
          <h2 id="content-notice">{t('curricula.session.contentNotice')}</h2>
          <p>{session.contentNotice}</p>
        </aside>

        <div className="session-plan-columns">
          <PlanList id="topics" heading={t('curricula.session.topics')} items={session.topics} />
          <PlanList id="objectives" heading={t('curricula.session.objectives')} items={session.objectives} />
          <PlanList id="materials" heading={t('curricula.session.materials')} items={session.materials} empty={t('curricula.session.noMaterials')} />
          <PlanList id="preparation" heading={t('curricula.session.preparation')} items={session.preparation} empty={t('curricula.session.noPreparation')} />
        </div>

        <SessionHandouts module={module} session={session} />
        <CatchUpVersion session={session} />

        <Section id="run-of-show" heading={t('curricula.session.runOfShow')}>
          <ol className="session-run-of-show">
            {session.activities.map((activity, index) => (
              <ActivityItem key={activity.id} id={`activity-${activity.id}`} activity={activity} start={starts[index] ?? 0} />
            ))}
          </ol>
        </Section>

        <LocalResources />
        <p className="print-footer">{t('curricula.independentOutline', { program: module.modeledOn.program, organisation: module.modeledOn.organisation })}</p>
      </Screen>
    </div>
  );
}

type SaveState = { step: 'idle' } | { step: 'saving' } | { step: 'saved'; path: string } | { step: 'failed'; message: string };

function PrintToolbar({ fileName, paper, onPaper }: { fileName: string; paper: PaperSize; onPaper: (paper: PaperSize) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>({ step: 'idle' });

  async function savePdf() {
    setState({ step: 'saving' });
    try {
      const saved = await call('print.savePdf', { fileName });
      setState(saved.status === 'saved' ? { step: 'saved', path: saved.path } : { step: 'idle' });
    } catch (error) {
      setState({ step: 'failed', message: toApiError(error).message });
    }
  }

  return (
    <div className="toolbar screen-only">
      <PaperSelect id="session-paper" paper={paper} onChange={onPaper} />
      <button type="button" className="button button--primary" onClick={() => window.print()}>
        {t('curricula.print.print')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void savePdf()} disabled={state.step === 'saving'}>
        {t('curricula.print.savePdf')}
      </button>
      <span role="status" className="toolbar-hint">
        {state.step === 'saving' ? t('curricula.print.saving') : null}
        {state.step === 'saved' ? t('curricula.print.saved', { path: state.path }) : null}
      </span>
      {state.step === 'failed' ? (
        <p role="alert" className="field-error">
          {t('curricula.print.failed', { message: state.message })}
        </p>
      ) : null}
    </div>
  );
}
