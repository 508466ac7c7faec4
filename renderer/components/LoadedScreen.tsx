import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Loaded } from '../data/useLoad';
import { Screen } from './Screen';

export interface LoadTexts {
  /** The screen's title while loading. */
  title: string;
  loading: string;
  notFound: string;
  /** Said under the message when the record does not exist. */
  notFoundHelp?: string;
  failed: string;
  back: { to: string; label: string };
}

/**
 * Loading and failure for a screen that needs one record: the screen itself renders only with data.
 * A record that does not exist offers the way back; any other failure also offers to try again.
 */
export function LoadedScreen<T>({
  state,
  retry,
  texts,
  children,
}: {
  state: Loaded<T>;
  retry: () => void;
  texts: LoadTexts;
  children: (value: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (state.status === 'ready') return <>{children(state.value)}</>;
  if (state.status === 'loading') {
    return (
      <Screen title={texts.title}>
        <p role="status">{texts.loading}</p>
      </Screen>
    );
  }
  const notFound = state.error.code === 'not-found';
  return (
    <Screen title={notFound ? texts.notFound : texts.failed}>
      <div role="alert">
        <p>{state.error.message}</p>
        {notFound && texts.notFoundHelp ? <p>{texts.notFoundHelp}</p> : null}
        {notFound ? null : (
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        )}
      </div>
      <p>
        <Link to={texts.back.to}>{texts.back.label}</Link>
      </p>
    </Screen>
  );
}
