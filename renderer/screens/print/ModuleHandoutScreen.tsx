import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call } from '../../api';
import type { Handout } from '../../../core/domain/curriculum/schema';
import { Markdown } from '../../components/Markdown';
import { shownLanguage } from '../../i18n';
import { useModule } from '../curricula/useModule';
import { PrintPage } from './PrintPage';
import { usePrintOptions } from './usePrintOptions';

/**
 * `/print/curricula/:moduleId/handouts/:handoutId?session=…`: one of a module's handouts, to print
 * or save as PDF on Letter or A4. It is read from the library module alone, never from a workshop,
 * so no name or code can be on it.
 */
export function ModuleHandoutScreen() {
  const { t, i18n } = useTranslation();
  const { moduleId = '', handoutId = '' } = useParams();
  const options = usePrintOptions();
  const sessionId = options.params.get('session');
  const { state } = useModule(moduleId);

  const module = state.status === 'ready' ? state.value.module : undefined;
  const handout = module?.handouts.find((candidate) => candidate.id === handoutId);
  const session = module?.sessions.find((candidate) => candidate.id === sessionId);
  const back = session
    ? { to: `/curricula/${moduleId}/sessions/${session.id}`, label: t('curricula.handouts.backToSession', { number: session.number, title: session.title }) }
    : { to: `/curricula/${moduleId}`, label: t('curricula.handouts.backToModule') };
  const title = handout?.title ?? t('curricula.handouts.printTitle');

  return (
    <PrintPage
      title={title}
      back={back}
      paper={options.paper}
      onPaper={options.setPaper}
      language={{ value: options.language ?? shownLanguage(i18n.language), onChange: options.setLanguage }}
      {...(handout ? { onSave: () => call('print.savePdf', { fileName: handout.title }) } : {})}
    >
      {state.status === 'loading' ? <p role="status">{t('curricula.loadingModule')}</p> : null}
      {state.status === 'failed' ? <p role="alert">{t('curricula.moduleFailed')}</p> : null}
      {module && !handout ? <p role="alert">{t('curricula.handouts.notFound')}</p> : null}
      {module && handout ? <ModuleHandout moduleTitle={module.title} handout={handout} /> : null}
    </PrintPage>
  );
}

/** The handout as printed: the module's text, and the app's few words in the language of the page. */
function ModuleHandout({ moduleTitle, handout }: { moduleTitle: string; handout: Handout }) {
  const { t } = useTranslation();
  return (
    <article className="doc doc-handout doc-module-handout" aria-labelledby="module-handout-title">
      <p className="doc-organisation">{moduleTitle}</p>
      <h2 id="module-handout-title" className="doc-title">
        {handout.title}
      </h2>
      {handout.audience === 'facilitator' ? <p className="doc-module-handout-audience">{t('curricula.handouts.forFacilitators')}</p> : null}
      <Markdown text={handout.body} />
    </article>
  );
}
