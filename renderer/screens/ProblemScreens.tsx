import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Screen } from '../components/Screen';

/** Shown inside the shell when a screen throws while rendering or loading. */
export function ScreenError() {
  const { t } = useTranslation();
  return (
    <Screen title={t('errors.screenFailed')}>
      <p>{t('errors.screenFailedHelp')}</p>
      <p>
        <Link to="/today">{t('errors.backToToday')}</Link>
      </p>
    </Screen>
  );
}

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('errors.notFound')}>
      <p>
        <Link to="/today">{t('errors.backToToday')}</Link>
      </p>
    </Screen>
  );
}
