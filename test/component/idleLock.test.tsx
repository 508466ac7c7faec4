import { act, render, screen } from '@testing-library/react';
import type { ProtectionStore } from '../../renderer/app/ProtectionContext';
import { ProtectionContext } from '../../renderer/app/ProtectionContext';
import { useHoldIdleLock } from '../../renderer/app/idleLockHold';
import { LockControl } from '../../renderer/app/LockControl';
import { SettingsProvider } from '../../renderer/data/SettingsProvider';
import '../../renderer/i18n';
import { installFakeFacilitator, sampleSettings } from './fakeFacilitator';

const MINUTE = 60_000;

/** Stands for the session runner: holds the idle lock while its session runs. */
function Session({ running }: { running: boolean }) {
  useHoldIdleLock(running);
  return null;
}

async function renderLock(running: boolean) {
  installFakeFacilitator({ settings: { ...sampleSettings(), lock: { afterMinutes: 10 } } });
  const protection: ProtectionStore = {
    status: { state: 'unlocked', keychain: { usable: false, problem: 'unavailable', inUse: false, unlocksNow: false } },
    setStatus: vi.fn(),
    lock: vi.fn(async () => {}),
  };
  const tree = (isRunning: boolean) => (
    <ProtectionContext.Provider value={protection}>
      <SettingsProvider>
        <LockControl />
        <Session running={isRunning} />
      </SettingsProvider>
    </ProtectionContext.Provider>
  );
  const view = render(tree(running));
  expect(screen.getByRole('button', { name: /Lock/ })).toBeInTheDocument();
  // Let the settings (and so the idle time) load.
  await act(async () => {});
  return { lock: protection.lock, rerender: (isRunning: boolean) => view.rerender(tree(isRunning)) };
}

describe('the idle lock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks after the idle time chosen in Settings when no session runs', async () => {
    const { lock } = await renderLock(false);
    act(() => vi.advanceTimersByTime(10 * MINUTE - 1));
    expect(lock).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('waits while a session runs, and counts the idle time again from when it ends', async () => {
    const { lock, rerender } = await renderLock(true);
    act(() => vi.advanceTimersByTime(45 * MINUTE));
    expect(lock).not.toHaveBeenCalled();

    rerender(false);
    act(() => vi.advanceTimersByTime(10 * MINUTE - 1));
    expect(lock).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('still locks at once on Ctrl+L while a session runs', async () => {
    const { lock } = await renderLock(true);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', ctrlKey: true }));
    });
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
