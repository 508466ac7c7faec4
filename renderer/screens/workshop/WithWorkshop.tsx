import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkshopView } from '../../../electron/api/planning';
import { Screen } from '../../components/Screen';
import type { Loaded } from '../../data/useLoad';

/** Loading and failure for a screen that needs one workshop; the screen itself renders only with data. */
export function WithWorkshop({ state, retry, children }: { state: Loaded<WorkshopView>; retry: () => void; children: (view: WorkshopView) => ReactNode }) {
  const { t } = useTranslation();
  if (state.status === 'ready') return <>{children(state.value)}</>;
  if (state.status === 'loading') {
    return (
      <Screen title={t('workshop.title')}>
        <p role="status">{t('workshop.loading')}</p>
      </Screen>
    );
  }
  const notFound = state.error.code === 'not-found';
  return (
    <Screen title={notFound ? t('workshop.notFound') : t('workshop.loadFailed')}>
      <div role="alert">
        <p>{state.error.message}</p>
        {notFound ? null : (
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        )}
      </div>
      <p>
        <Link to="/workshops">{t('workshop.backToList')}</Link>
      </p>
    </Screen>
  );
}
