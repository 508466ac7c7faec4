import { protocol, type Protocol } from 'electron';
import { APP_SCHEME, appResponse } from './appProtocol';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } }]);
}

export function serveApp(sessionProtocol: Protocol, rendererDir: string): void {
  sessionProtocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request.url));
}
