import { ipcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../core/contract/contract';
import { channelsByWindow, handle, isTrustedSender, registerIpc } from '../../../electron/main/ipc';
import { createDispatcher } from '../../../electron/services';
import { fakeHandlers } from '../support/fakeHandlers';

const appWindow = { id: 1 } as never;
const topFrame = (url: string) => ({ senderFrame: { url, parent: null } as never, sender: appWindow });

describe('the IPC handle wrapper', () => {
  it('registers exactly the channels of the contract', () => {
    registerIpc(
      ipcMain,
      createDispatcher(fakeHandlers()),
      channelsByWindow(() => false),
    );
    expect([...(ipcMain as unknown as { handlers: Map<string, unknown> }).handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('passes a valid call from the app window to its service', async () => {
    const handlers = fakeHandlers();
    const result = await handle(createDispatcher(handlers), topFrame('app://facilitator/index.html#/settings'), 'settings.setOrganisation', {
      name: 'Harbor Youth',
    });
    expect(result).toEqual({ ok: true, value: 'result of settings.setOrganisation' });
    expect(handlers['settings.setOrganisation']).toHaveBeenCalledWith({ name: 'Harbor Youth' });
  });

  it.each([
    ['a web page', topFrame('https://facilitator/index.html')],
    ['a file:// page', topFrame('file:///app/index.html')],
    ['another app:// host', topFrame('app://evil/index.html')],
    ['a look-alike host', topFrame('app://facilitator.evil/index.html')],
    ['a sub-frame', { senderFrame: { url: 'app://facilitator/index.html', parent: { url: 'app://facilitator/' } } as never, sender: appWindow }],
    ['a destroyed frame', { senderFrame: null as never, sender: appWindow }],
  ])('refuses a call from %s without reaching a service', async (_label, event) => {
    const handlers = fakeHandlers();
    const result = await handle(createDispatcher(handlers), event, 'settings.get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['settings.get']).not.toHaveBeenCalled();
  });

  it('refuses malformed input without reaching a service', async () => {
    const handlers = fakeHandlers();
    const result = await handle(createDispatcher(handlers), topFrame('app://facilitator/index.html'), 'settings.saveSite', { name: 'Hall B', kind: 'castle' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handlers['settings.saveSite']).not.toHaveBeenCalled();
  });

  it('refuses the projector window every call but the presenter ones, whatever page it shows', async () => {
    const handlers = fakeHandlers();
    const presenter = { id: 7 };
    const allowed = channelsByWindow((sender) => sender.id === presenter.id);
    const from = (sender: { id: number }, url: string) => ({ senderFrame: { url, parent: null } as never, sender: sender as never });
    for (const url of ['app://facilitator/index.html#/present', 'app://facilitator/index.html#/participants']) {
      for (const channel of ['participants.list', 'settings.get', 'workshops.get', 'print.savePdf']) {
        const result = await handle(createDispatcher(handlers), from(presenter, url), channel, undefined, allowed);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(handlers['participants.list']).not.toHaveBeenCalled();
    expect(await handle(createDispatcher(handlers), from(presenter, 'app://facilitator/index.html#/present'), 'presenter.state', undefined, allowed)).toEqual({
      ok: true,
      value: 'result of presenter.state',
    });
    // The app's own window is not limited.
    expect(await handle(createDispatcher(handlers), from({ id: 1 }, 'app://facilitator/index.html'), 'participants.list', undefined, allowed)).toMatchObject({
      ok: true,
    });
  });

  it('builds the projector window’s own preload beside the app’s', async () => {
    const { default: config } = (await import('../../../electron.vite.config')) as unknown as {
      default: { preload: { build: { rollupOptions: { input: Record<string, string> } } } };
    };
    const input = config.preload.build.rollupOptions.input;
    expect(input.index).toMatch(/electron[\\/]preload[\\/]index\.ts$/);
    expect(input.presenter).toMatch(/electron[\\/]preload[\\/]presenter\.ts$/);
  });

  it('trusts only top frames on app://facilitator', () => {
    expect(isTrustedSender({ url: 'app://facilitator/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'not a url', parent: null })).toBe(false);
  });
});
