import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useHubStatus, useKnownHubStatus } from './HubStatusContext';
import { needsYouPath, syncStateText } from './syncWords';
import './hub.css';

/**
 * The program hub's state in the sidebar, as a link: to the decisions when a person must choose,
 * else to Settings › Program hub. Nothing while the hub is off (or main cannot say).
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useKnownHubStatus();
  const { refresh } = useHubStatus();
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  // Moving to another screen asks again, so the state is fresh where the person looks next.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    refresh();
  }, [pathname, refresh]);

  if (!status || status.sync.kind === 'off') return null;
  const { sync } = status;
  const stateText = syncStateText(t, sync);
  const detail = sync.kind === 'needs-you' && sync.why === 'decisions' ? t('hub.sync.decisions', { count: status.pendingDecisions }) : null;
  return (
    <Link
      to={needsYouPath(sync)}
      className={`hub-indicator hub-indicator--${sync.kind}`}
      aria-label={t('hub.sync.indicatorName', { state: detail ?? stateText })}
    >
      <span className="hub-indicator-title" aria-hidden="true">
        <span className="hub-indicator-dot" />
        {t('hub.sync.title')}
      </span>
      <span className="hub-indicator-state" aria-hidden="true">
        {detail ?? stateText}
      </span>
    </Link>
  );
}
