import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Loaded } from '../../data/useLoad';
import { Screen } from '../../components/Screen';

/** Loading and failure for a screen that needs one module: the screen itself renders only with data. */
export function WithModule<T>({ state, retry, children }: { state: Loaded<T>; retry: () => void; children: (value: T) => ReactNode }) {
  const { t } = useTranslation();
  if (state.status === 'ready') return <>{children(state.value)}</>;
  if (state.status === 'loading') {
    return (
      <Screen title={t('screens.curricula.title')}>
        <p role="status">{t('curricula.loadingModule')}</p>
      </Screen>
    );
  }
  return (
    <Screen title={state.error.code === 'not-found' ? t('curricula.notFound') : t('curricula.moduleFailed')}>
      <div role="alert">
        <p>{state.error.message}</p>
        {state.error.code === 'not-found' ? null : (
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        )}
      </div>
      <p>
        <Link to="/curricula">{t('curricula.backToLibrary')}</Link>
      </p>
    </Screen>
  );
}
