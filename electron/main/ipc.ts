import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { channelNames } from '../api/contract';
import { AppFailure, type Result } from '../api/result';
import type { Dispatch } from '../services';
import { APP_HOST, APP_SCHEME } from './appProtocol';

/** Only the app's own top-level page may call in: `app:` protocol, our host, no parent frame. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    // Compare protocol and host: Node reports `origin` as "null" for custom schemes.
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The one wrapper every channel goes through: sender check, then validation and the service. */
export function handle(dispatch: Dispatch, event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: string, input: unknown): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    const refusal = new AppFailure('forbidden', 'This request did not come from the app’s own window and was refused.');
    return Promise.resolve({ ok: false, error: refusal.toAppError() });
  }
  return dispatch(channel, input);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => handle(dispatch, event, channel, input));
  }
}
