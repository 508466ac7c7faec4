import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { channelNames, presenterChannelNames } from '../../core/contract/channels';
import { AppFailure, type Result, type Message } from '../../core/contract/result';
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

/** Which calls a window may make: the projector window has a short list, the app's window all of them. */
export type WindowChannels = (sender: Pick<WebContents, 'id'>) => ReadonlySet<string>;

const everyChannel: ReadonlySet<string> = new Set(channelNames);
const presenterChannels: ReadonlySet<string> = new Set(presenterChannelNames);

/** Windows opened as projector windows get only the presenter channels; every other app window gets all. */
export function channelsByWindow(isPresenter: (sender: Pick<WebContents, 'id'>) => boolean): WindowChannels {
  return (sender) => (isPresenter(sender) ? presenterChannels : everyChannel);
}

function refused(reason: Message): Promise<Result<unknown>> {
  return Promise.resolve({ ok: false, error: new AppFailure('forbidden', reason).toAppError() });
}

/** The one wrapper every channel goes through: sender and window checks, then validation and the service. */
export function handle(
  dispatch: Dispatch,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  channel: string,
  input: unknown,
  allowed: WindowChannels = () => everyChannel,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) return refused({ code: 'window-not-allowed' });
  if (!allowed(event.sender).has(channel)) return refused({ code: 'channel-not-allowed', params: { channel } });
  return dispatch(channel, input);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, allowed: WindowChannels): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => handle(dispatch, event, channel, input, allowed));
  }
}
