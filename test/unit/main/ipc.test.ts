import { ipcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../electron/api/contract';
import { handle, isTrustedSender, registerIpc } from '../../../electron/main/ipc';
import { createDispatcher } from '../../../electron/services';
import { fakeHandlers } from '../support/fakeHandlers';

const topFrame = (url: string) => ({ senderFrame: { url, parent: null } as never });

describe('the IPC handle wrapper', () => {
  it('registers exactly the channels of the contract', () => {
    registerIpc(ipcMain, createDispatcher(fakeHandlers()));
    expect([...(ipcMain as unknown as { handlers: Map<string, unknown> }).handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('passes a valid call from the app window to its service', async () => {
    const handlers = fakeHandlers();
    const result = await handle(createDispatcher(handlers), topFrame('app://facilitator/index.html#/settings'), 'settings.setOrganisation', { name: 'Harbor Youth' });
    expect(result).toEqual({ ok: true, value: 'result of settings.setOrganisation' });
    expect(handlers['settings.setOrganisation']).toHaveBeenCalledWith({ name: 'Harbor Youth' });
  });

  it.each([
    ['a web page', topFrame('https://facilitator/index.html')],
    ['a file:// page', topFrame('file:///app/index.html')],
    ['another app:// host', topFrame('app://evil/index.html')],
    ['a look-alike host', topFrame('app://facilitator.evil/index.html')],
    ['a sub-frame', { senderFrame: { url: 'app://facilitator/index.html', parent: { url: 'app://facilitator/' } } as never }],
    ['a destroyed frame', { senderFrame: null as never }],
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

  it('trusts only top frames on app://facilitator', () => {
    expect(isTrustedSender({ url: 'app://facilitator/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'not a url', parent: null })).toBe(false);
  });
});
