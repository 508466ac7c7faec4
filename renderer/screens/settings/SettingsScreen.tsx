import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Settings } from '../../../core/domain/settings';
import { Screen } from '../../components/Screen';
import { SubNav } from '../../components/SubNav';
import { useSettings } from '../../data/SettingsProvider';
import { NotFoundScreen } from '../ProblemScreens';
import { AttendanceSection } from './AttendanceSection';
import { BackupsSection } from './BackupsSection';
import { ExportFolderSetting } from './ExportFolderSetting';
import { FacilitatorsSection } from './FacilitatorsSection';
import { FirstRunChecklistSetting } from './FirstRunChecklistSetting';
import { LanguageSection } from './LanguageSection';
import { OrganisationSection } from './OrganisationSection';
import { PrivacySection } from './PrivacySection';
import { RetentionSection } from './RetentionSection';
import { ProtectionSection } from './ProtectionSection';
import { ResourcesSection } from './ResourcesSection';
import { SitesSection } from './SitesSection';
import { isSettingsPage, settingsPages, settingsPath, type SettingsPage } from './settingsPages';
import './settings.css';

// The program hub's page loads when first opened: most laptops never join a program.
const HubSection = lazy(async () => ({ default: (await import('../hub/HubSection')).HubSection }));

/** Settings, one section at a time (`/settings/<section>`), with a short menu of the sections. */
export function SettingsScreen() {
  const { section } = useParams();
  if (!isSettingsPage(section)) return <NotFoundScreen />;
  return <SettingsPageScreen page={section} />;
}

function SettingsPageScreen({ page }: { page: SettingsPage }) {
  const { t } = useTranslation();
  const { state, retry } = useSettings();
  const titles = usePageTitles();
  return (
    <Screen title={t('screens.settings.title')} wide>
      <div className="settings-layout">
        <SubNav column label={t('settingsPages.menuLabel')} items={settingsPages.map((each) => ({ to: settingsPath(each), label: titles[each] }))} />
        <div className="settings-page">
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
              {sectionOf(page, state.value)}
            </>
          )}
        </div>
      </div>
    </Screen>
  );
}

function sectionOf(page: SettingsPage, settings: Settings): ReactNode {
  switch (page) {
    case 'organisation':
      return (
        <>
          <OrganisationSection name={settings.organisation.name} />
          <FirstRunChecklistSetting hidden={settings.preferences.firstRunChecklistHidden ?? false} />
        </>
      );
    case 'language':
      return <LanguageSection language={settings.preferences.language} />;
    case 'facilitators':
      return <FacilitatorsSection facilitators={settings.facilitators} />;
    case 'sites':
      return <SitesSection sites={settings.sites} />;
    case 'resources':
      return <ResourcesSection resources={settings.resources} />;
    case 'privacy':
      return (
        <>
          <PrivacySection preferences={settings.preferences} />
          <ExportFolderSetting exportFolder={settings.exportFolder} />
        </>
      );
    case 'protection':
      return <ProtectionSection lock={settings.lock} />;
    case 'attendance':
      return <AttendanceSection statuses={settings.attendanceStatuses} reasons={settings.absenceReasons} />;
    case 'backups':
      return <BackupsSection secondFolder={settings.backups.secondFolder} />;
    case 'retention':
      return <RetentionSection retention={settings.retention} />;
    case 'hub':
      return (
        <Suspense fallback={null}>
          <HubSection />
        </Suspense>
      );
  }
}

/** Each section's menu label: the heading the section itself shows. */
function usePageTitles(): Record<SettingsPage, string> {
  const { t } = useTranslation();
  return {
    organisation: t('settings.organisation.heading'),
    language: t('languages.settings.heading'),
    facilitators: t('settings.facilitators.heading'),
    sites: t('settings.sites.heading'),
    resources: t('settings.resources.heading'),
    privacy: t('settings.privacy.heading'),
    protection: t('protection.settings.heading'),
    attendance: t('settings.attendance.heading'),
    backups: t('backups.heading'),
    retention: t('backups.retention.heading'),
    hub: t('hub.heading'),
  };
}
