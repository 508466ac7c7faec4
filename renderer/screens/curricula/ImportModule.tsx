import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../core/domain/curriculum/importing';
import type { ModuleSummary } from '../../../core/domain/curriculum/library';
import type { ModuleProblem } from '../../../core/domain/curriculum/parse';
import { wordModuleProblem } from '../../format/moduleProblems';
import { call, toApiError } from '../../api';
import { describeMessage } from '../../format/describe';
import { readablePath, typicalLength } from './format';

type ImportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'preview'; preview: Exclude<ImportPreview, { status: 'cancelled' }> }
  | { step: 'imported'; module: ModuleSummary }
  | { step: 'failed'; message: string };

/**
 * Import a module from a file: the app checks it and shows every problem at once, or what it
 * will add, and saves nothing until the user confirms.
 */
export function ImportModule({ onImported }: { onImported: (library: ModuleSummary[]) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const panelRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (state.step === 'preview' || state.step === 'imported' || state.step === 'failed') panelRef.current?.focus();
  }, [state]);

  async function choose() {
    setState({ step: 'busy' });
    try {
      const preview = await call('curricula.chooseImport');
      setState(preview.status === 'cancelled' ? { step: 'idle' } : { step: 'preview', preview });
    } catch (error) {
      setState({ step: 'failed', message: toApiError(error).message });
    }
  }

  async function confirm(token: string) {
    setState({ step: 'busy' });
    try {
      const module = await call('curricula.confirmImport', { token });
      onImported(await call('curricula.list'));
      setState({ step: 'imported', module });
    } catch (error) {
      setState({ step: 'failed', message: toApiError(error).message });
    }
  }

  const close = () => setState({ step: 'idle' });

  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading" className="visually-hidden">
        {t('curricula.import.heading')}
      </h2>
      <p className="toolbar">
        <button type="button" className="button button--primary" onClick={() => void choose()} disabled={state.step === 'busy'}>
          {t('curricula.import.choose')}
        </button>
        <span className="toolbar-hint">{t('curricula.import.hint')}</span>
      </p>
      {state.step === 'busy' ? <p role="status">{t('curricula.import.checking')}</p> : null}
      {state.step === 'failed' ? (
        <div className="panel panel--error" role="alert" tabIndex={-1} ref={panelRef}>
          <p>{t('curricula.import.failed', { message: state.message })}</p>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
      {state.step === 'imported' ? (
        <div className="panel panel--success" role="status" tabIndex={-1} ref={panelRef}>
          <p>{t('curricula.import.done', { title: state.module.title, version: state.module.version })}</p>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
      {state.step === 'preview' ? <PreviewPanel preview={state.preview} panelRef={panelRef} onConfirm={confirm} onClose={close} /> : null}
    </section>
  );
}

function PreviewPanel({
  preview,
  panelRef,
  onConfirm,
  onClose,
}: {
  preview: Exclude<ImportPreview, { status: 'cancelled' }>;
  panelRef: React.RefObject<HTMLDivElement | null>;
  onConfirm: (token: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();

  if (preview.status === 'invalid') {
    return (
      <div className="panel panel--error" role="alert" tabIndex={-1} ref={panelRef} aria-labelledby="import-problems">
        <h3 id="import-problems">{t('curricula.import.invalidHeading', { file: preview.fileName, count: preview.problems.length })}</h3>
        <p>{t('curricula.import.invalidHelp')}</p>
        <ProblemList problems={preview.problems} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    );
  }

  if (preview.status === 'unchanged' || preview.status === 'refused') {
    return (
      <div className={preview.status === 'refused' ? 'panel panel--error' : 'panel'} role="alert" tabIndex={-1} ref={panelRef}>
        <h3>{t(`curricula.import.${preview.status}Heading`, { file: preview.fileName })}</h3>
        <p>{describeMessage(preview.reason)}</p>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    );
  }

  const { module, token } = preview;
  return (
    <div className="panel" role="region" tabIndex={-1} ref={panelRef} aria-labelledby="import-ready">
      <h3 id="import-ready">
        {preview.status === 'upgrade'
          ? t('curricula.import.upgradeHeading', { title: module.title, from: preview.fromVersion, to: module.version })
          : t('curricula.import.newHeading', { title: module.title })}
      </h3>
      <p>{module.summary}</p>
      <p className="muted">{typicalLength(t, module)}</p>
      {preview.status === 'upgrade' ? <p>{t('curricula.import.upgradeHelp')}</p> : null}
      {preview.notices.length > 0 ? (
        <section className="import-notices" aria-labelledby="import-notices">
          <h4 id="import-notices">{t('curricula.import.migratedHeading')}</h4>
          <p>{t('curricula.import.migratedHelp')}</p>
          <ProblemList problems={preview.notices} />
        </section>
      ) : null}
      <p className="button-row">
        <button type="button" className="button" onClick={() => void onConfirm(token)}>
          {preview.status === 'upgrade' ? t('curricula.import.confirmUpgrade') : t('curricula.import.confirmNew')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}

/** Problems or notices, each at its line and place in the module, in the author's words. */
function ProblemList({ problems }: { problems: readonly ModuleProblem[] }) {
  const { t, i18n } = useTranslation();
  const wording = { t, language: i18n.resolvedLanguage ?? i18n.language };
  return (
    <ol className="problem-list">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.line !== undefined ? (
            <span className="problem-place">{t('curricula.import.line', { line: problem.line, column: problem.column ?? 1 })}</span>
          ) : null}
          <span className="problem-path">{readablePath(t, problem.path)}</span>
          <span className="problem-message">{wordModuleProblem(problem, wording)}</span>
        </li>
      ))}
    </ol>
  );
}
