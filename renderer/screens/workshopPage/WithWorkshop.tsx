import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../core/contract/planning';
import { LoadedScreen } from '../../components/LoadedScreen';
import type { Loaded } from '../../data/useLoad';

/** Loading and failure for a screen that needs one workshop; the screen itself renders only with data. */
export function WithWorkshop({ state, retry, children }: { state: Loaded<WorkshopView>; retry: () => void; children: (view: WorkshopView) => ReactNode }) {
  const { t } = useTranslation();
  const texts = {
    title: t('workshop.title'),
    loading: t('workshop.loading'),
    notFound: t('workshop.notFound'),
    failed: t('workshop.loadFailed'),
    back: { to: '/workshops', label: t('workshop.backToList') },
  };
  return (
    <LoadedScreen state={state} retry={retry} texts={texts}>
      {children}
    </LoadedScreen>
  );
}
