import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { app, createFakeSession, FakeWebContents } from '../../setup/electron-mock';
import { denyNavigation, denyNavigationEverywhere, hardenSession } from '../../../electron/main/security';

type Listener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

describe('session hardening', () => {
  const session = createFakeSession();
  hardenSession(session as unknown as Session);
  const onBeforeRequest = session.webRequest.onBeforeRequest.mock.calls[0]![0] as Listener;

  it.each([
    ['https://example.org/tracker.js', true],
    ['http://127.0.0.1:8080/', true],
    ['file:///etc/passwd', true],
    ['ws://localhost/', true],
    ['app://facilitator/index.html', false],
  ])('request to %s is cancelled: %s', (url, cancelled) => {
    const callback = vi.fn();
    onBeforeRequest({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled });
  });

  it('denies every permission request and check', () => {
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(checkHandler({}, 'media')).toBe(false);
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(deviceHandler({})).toBe(false);
  });
});

describe('navigation', () => {
  function preventedBy(contents: FakeWebContents, eventName: string): boolean {
    const event = { preventDefault: vi.fn() };
    contents.emit(eventName, event, 'https://example.org/');
    return event.preventDefault.mock.calls.length === 1;
  }

  it('denies navigation, redirects, webviews and new windows', () => {
    const contents = new FakeWebContents();
    denyNavigation(contents as unknown as WebContents);
    expect(preventedBy(contents, 'will-navigate')).toBe(true);
    expect(preventedBy(contents, 'will-redirect')).toBe(true);
    expect(preventedBy(contents, 'will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('applies to every web contents the app creates', () => {
    denyNavigationEverywhere(app as never);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(preventedBy(contents, 'will-navigate')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'app://facilitator/other.html' })).toEqual({ action: 'deny' });
  });
});
