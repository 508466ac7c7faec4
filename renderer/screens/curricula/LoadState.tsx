import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadedScreen } from '../../components/LoadedScreen';
import type { Loaded } from '../../data/useLoad';

/** Loading and failure for a screen that needs one module: the screen itself renders only with data. */
export function WithModule<T>({ state, retry, children }: { state: Loaded<T>; retry: () => void; children: (value: T) => ReactNode }) {
  const { t } = useTranslation();
  const texts = {
    title: t('screens.curricula.title'),
    loading: t('curricula.loadingModule'),
    notFound: t('curricula.notFound'),
    failed: t('curricula.moduleFailed'),
    back: { to: '/curricula', label: t('curricula.backToLibrary') },
  };
  return (
    <LoadedScreen state={state} retry={retry} texts={texts}>
      {children}
    </LoadedScreen>
  );
}
