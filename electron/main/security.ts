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

/**
 * Command-line switches that open the app to a debugger: anyone who can start it with one could
 * read every record in memory. Fuses turn some of them off in a packaged build; this covers the rest.
 */
const DEBUGGING_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
  'js-flags',
];

/** The debugging switches the app was started with, from its arguments and Chromium's command line. */
export function debuggingSwitches(argv: readonly string[], commandLine: Pick<App['commandLine'], 'hasSwitch'>): string[] {
  const found = new Set<string>();
  for (const argument of argv) {
    const name = /^--?([a-z-]+)/i.exec(argument)?.[1]?.toLowerCase();
    if (name && DEBUGGING_SWITCHES.includes(name)) found.add(name);
  }
  for (const name of DEBUGGING_SWITCHES) if (commandLine.hasSwitch(name)) found.add(name);
  return [...found];
}

/** A packaged app started with a debugging switch stops before it opens any data. Returns whether it stopped. */
export function refuseDebuggingWhenPackaged(app: Pick<App, 'isPackaged' | 'commandLine' | 'exit'>, argv: readonly string[]): boolean {
  if (!app.isPackaged) return false;
  const switches = debuggingSwitches(argv, app.commandLine);
  if (switches.length === 0) return false;
  console.error(`Facilitator does not start with debugging switches (${switches.map((name) => `--${name}`).join(', ')}).`);
  app.exit(1);
  return true;
}
