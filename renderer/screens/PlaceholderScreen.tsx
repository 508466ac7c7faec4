import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlaceholderSection } from '../app/sections';
import { Screen } from '../components/Screen';

/** A screen that is not built yet: says so, and what it will do. No sample data. */
export function PlaceholderScreen({ section }: { section: PlaceholderSection }) {
  const { t } = useTranslation();
  return (
    <Screen title={t(`screens.${section}.title`)}>
      <div className="placeholder">
        <p className="placeholder-lead">{t('placeholder.notYet')}</p>
        <p>{t(`screens.${section}.purpose`)}</p>
        <p>
          <Trans i18nKey="placeholder.meanwhile" components={{ settingsLink: <Link to="/settings" /> }} />
        </p>
      </div>
    </Screen>
  );
}
