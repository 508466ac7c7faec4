import { useTranslation } from 'react-i18next';
import { Screen } from '../../components/Screen';
import { useSettings } from '../../data/SettingsProvider';
import { AttendanceSection } from './AttendanceSection';
import { BackupsSection } from './BackupsSection';
import { FacilitatorsSection } from './FacilitatorsSection';
import { OrganisationSection } from './OrganisationSection';
import { PrivacySection } from './PrivacySection';
import { RetentionSection } from './RetentionSection';
import { ProtectionSection } from './ProtectionSection';
import { ResourcesSection } from './ResourcesSection';
import { SitesSection } from './SitesSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { state, retry } = useSettings();
  return (
    <Screen title={t('screens.settings.title')}>
      {state.status === 'loading' ? (
        <p role="status">{t('settings.loading')}</p>
      ) : state.status === 'failed' ? (
        <div role="alert" className="problem">
          <p>{t('settings.loadFailed', { message: state.error.message })}</p>
          <button type="button" className="button button--primary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <>
          <p className="screen-intro">{t('settings.intro')}</p>
          <OrganisationSection name={state.value.organisation.name} />
          <FacilitatorsSection facilitators={state.value.facilitators} />
          <SitesSection sites={state.value.sites} />
          <ResourcesSection resources={state.value.resources} />
          <PrivacySection preferences={state.value.preferences} />
          <ProtectionSection lock={state.value.lock} />
          <AttendanceSection statuses={state.value.attendanceStatuses} reasons={state.value.absenceReasons} />
          <BackupsSection secondFolder={state.value.backups.secondFolder} />
          <RetentionSection retention={state.value.retention} />
        </>
      )}
    </Screen>
  );
}
