import type { App, Session, WebContents } from 'electron';
import { APP_SCHEME } from './appProtocol';

/** The app never talks to a network: anything that is not app:// is cancelled before it leaves. */
export function isAllowedRequestUrl(url: string): boolean {
  return url.startsWith(`${APP_SCHEME}:`);
}

export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function denyNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies the navigation rules to every web contents the app ever creates. */
export function denyNavigationEverywhere(app: App): void {
  app.on('web-contents-created', (_event, contents) => denyNavigation(contents));
}
