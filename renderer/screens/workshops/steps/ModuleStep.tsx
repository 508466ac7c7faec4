import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LibraryModule, ModuleSummary } from '../../../../core/domain/curriculum/library';
import { describedBy } from '../../../components/fieldError';
import { FieldMessages } from '../../../components/FieldMessages';
import type { Loaded } from '../../../data/useLoad';
import { agesText, typicalLength } from '../../curricula/format';
import type { StepProps } from './stepProps';

interface ModuleStepProps extends Pick<StepProps, 'draft' | 'setDraft' | 'errorFor'> {
  modules: Loaded<ModuleSummary[]>;
  retryModules: () => void;
  chosen: Loaded<LibraryModule> | null;
  retryChosen: () => void;
  /** A module asked for in the address that the library does not have. */
  missingId: string;
}

/** Step 1: the module the group follows, from the library. */
export function ModuleStep({ draft, setDraft, errorFor, modules, retryModules, chosen, retryChosen, missingId }: ModuleStepProps) {
  const { t } = useTranslation();
  if (modules.status === 'loading') return <p role="status">{t('workshops.plan.module.loading')}</p>;
  if (modules.status === 'failed') {
    return (
      <div role="alert" className="panel panel--error">
        <p>{t('workshops.plan.module.loadFailed', { message: modules.error.message })}</p>
        <button type="button" className="button button--secondary" onClick={retryModules}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (modules.value.length === 0) {
    return (
      <p className="empty">
        <Trans i18nKey="workshops.plan.module.empty" components={{ link: <Link to="/curricula" /> }} />
      </p>
    );
  }

  const error = errorFor('moduleId');
  return (
    <>
      {missingId ? <p className="notice-inline">{t('workshops.plan.module.notInLibrary', { id: missingId })}</p> : null}
      <fieldset
        id="plan-module"
        className={error ? 'field field--group field--invalid plan-choices' : 'field field--group plan-choices'}
        aria-describedby={describedBy('plan-module', false, Boolean(error))}
      >
        <legend>{t('workshops.plan.module.legend')}</legend>
        <FieldMessages id="plan-module" error={error} />
        <ul className="plan-option-list">
          {modules.value.map((module) => (
            <li key={module.id}>
              <label className="plan-option">
                <input
                  type="radio"
                  name="plan-module"
                  value={module.id}
                  checked={draft.moduleId === module.id}
                  aria-invalid={error ? true : undefined}
                  onChange={() => setDraft((current) => ({ ...current, moduleId: module.id }))}
                />
                <span className="plan-option-text">
                  <span className="plan-option-title" lang={module.language}>
                    {module.title}
                  </span>
                  <span className="plan-option-detail">
                    {[agesText(t, module.ages), ...module.genderFocuses.map((focus) => t(`curricula.genderFocus.${focus}`))].join(' · ')}
                  </span>
                  <span className="plan-option-detail">{typicalLength(t, module)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen?.status === 'loading' ? <p role="status">{t('workshops.plan.module.loadingModule')}</p> : null}
      {chosen?.status === 'failed' ? (
        <div role="alert" className="panel panel--error">
          <p>{t('workshops.plan.module.moduleFailed', { message: chosen.error.message })}</p>
          <button type="button" className="button button--secondary" onClick={retryChosen}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
    </>
  );
}
