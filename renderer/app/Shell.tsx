import { useCallback, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import type { AppInfo } from '../../core/contract/appInfo';
import { call } from '../api';
import { useSettings } from '../data/SettingsProvider';
import { useLoad } from '../data/useLoad';
import { isSectionMove } from '../components/SubNav';
import { LockControl } from './LockControl';
import { NoticesBanner } from './NoticesBanner';
import { sections } from './sections';
import { HubStatusProvider } from '../screens/hub/HubStatusContext';
import { ProgramListsRefresh } from '../screens/hub/ProgramListsRefresh';
import { SyncIndicator } from '../screens/hub/SyncIndicator';

const loadAppInfo = () => call('app.info');

/** The frame around every screen: sidebar navigation, data notices, and the main landmark. */
export function Shell() {
  const { t } = useTranslation();
  const settings = useSettings();
  const info = useLoad(loadAppInfo);
  const { replace } = info;
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const shownPath = useRef(location.pathname);

  // After moving to another screen, put focus on its heading so keyboard and screen reader users start there
  // (a move between one screen's sections leaves it on the chosen link), and ask again for notices: a backup
  // copy that failed meanwhile (an unplugged drive) shows without a restart. A layout effect, so focus lands in the
  // same commit that shows the screen: a passive effect can run a moment later, after a screen reader has already
  // announced whatever the click left focused.
  useLayoutEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    if (!isSectionMove(location.state)) mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    call('app.info').then(replace, () => undefined);
  }, [location.pathname, location.state, replace]);

  const dismiss = useCallback(
    async (id: string) => {
      const next: AppInfo = await call('app.dismissNotice', { id });
      replace(next);
      mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    },
    [replace],
  );

  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    // The hash belongs to the router, so move focus by hand.
    event.preventDefault();
    mainRef.current?.focus();
  }

  const organisation = settings.state.status === 'ready' ? settings.state.value.organisation.name : '';
  const appInfo = info.state.status === 'ready' ? info.state.value : null;

  return (
    <HubStatusProvider>
      <ProgramListsRefresh />
      <div className="shell">
        <a className="skip-link" href="#main" onClick={skipToMain}>
          {t('app.skipToContent')}
        </a>
        <header className="sidebar">
          <div className="brand">
            <p className="brand-app">{t('app.name')}</p>
            {organisation ? <p className="brand-organisation">{organisation}</p> : null}
          </div>
          <nav aria-label={t('nav.label')}>
            <ul className="nav-list">
              {sections.map((section) => (
                <li key={section}>
                  <NavLink to={`/${section}`} className="nav-link">
                    {t(`nav.${section}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <SyncIndicator />
          <LockControl />
          {appInfo ? <p className="version">{t('app.version', { version: appInfo.version })}</p> : null}
        </header>
        <main id="main" tabIndex={-1} ref={mainRef}>
          {appInfo ? <NoticesBanner notices={appInfo.notices} dataDir={appInfo.dataDir} onDismiss={dismiss} /> : null}
          <Outlet />
        </main>
      </div>
    </HubStatusProvider>
  );
}
