import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KeychainView, ProtectionStatus } from '../../core/contract/protection';
import { AppFailure } from '../../core/contract/result';
import { FirstStartScreen } from '../../renderer/screens/protection/FirstStartScreen';
import { UnlockScreen } from '../../renderer/screens/protection/UnlockScreen';
import '../../renderer/i18n';
import { DISK_FULL, DISK_FULL_TEXT, installFakeFacilitator, sampleSettings, type FakeFacilitator, type PlanningHandlers } from './fakeFacilitator';
import { renderApp } from './renderApp';

const RECOVERY_KEY = '7KQ2-M9XD-4TRW-PB8C-ZN3F-H6JA-QE5V-0GYS';
const PASSPHRASE = 'lantern river coat maple';
const WRONG_PASSPHRASE = 'That passphrase does not unlock the data. Check that Caps Lock is off and try again, or use the recovery key.';

const keychains = {
  usable: { usable: true, inUse: false, unlocksNow: false },
  inUse: { usable: true, inUse: true, unlocksNow: true },
  /** The keychain holds the key, but the data was locked in use: it no longer opens it. */
  inUseAfterLock: { usable: true, inUse: true, unlocksNow: false },
  basicText: { usable: false, problem: 'basic-text', inUse: false, unlocksNow: false },
  unavailable: { usable: false, problem: 'unavailable', inUse: false, unlocksNow: false },
} satisfies Record<string, KeychainView>;

function statusOf(state: ProtectionStatus['state'], keychain: KeychainView = keychains.usable): ProtectionStatus {
  return { state, keychain };
}

function wrongPassphrase(): never {
  throw new AppFailure('invalid-input', { code: 'wrong-passphrase' }, [{ path: 'passphrase', rule: 'does-not-unlock' }]);
}

let fake: FakeFacilitator;

function install(planning: PlanningHandlers = {}) {
  fake = installFakeFacilitator({ settings: sampleSettings(), planning });
  return fake;
}

/** The message of a field that says what is wrong with it, as a screen reader hears it. */
function expectInvalid(field: HTMLElement, message: string | RegExp) {
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(message instanceof RegExp ? message : expect.stringContaining(message));
}

describe('first start', () => {
  function renderFirstStart(status: ProtectionStatus) {
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<FirstStartScreen status={status} onDone={onDone} />);
    return { onDone, user };
  }

  it('explains why, preselects protecting with a passphrase, and offers the keychain where it protects the key', () => {
    install();
    renderFirstStart(statusOf('first-start'));
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Facilitator' })).toBeInTheDocument();
    expect(screen.getByText(/lost, stolen, shared or sent for repair/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Protect with a passphrase (recommended)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Do not protect' })).not.toBeChecked();
    expect(screen.getByLabelText('Passphrase')).toHaveAccessibleDescription(/At least 10 characters\. A few unrelated words/);
    expect(screen.getByRole('checkbox', { name: 'Also unlock with this computer’s keychain' })).toBeChecked();
  });

  it('refuses a short passphrase and two that differ, each at its field, without sending anything', async () => {
    install({ 'protection.setUp': () => ({ status: statusOf('unlocked') }) });
    const { user } = renderFirstStart(statusOf('first-start'));
    const passphrase = screen.getByLabelText('Passphrase');
    const confirm = screen.getByLabelText('Type the passphrase again');

    await user.type(passphrase, 'short');
    await user.type(confirm, 'short');
    await user.click(screen.getByRole('button', { name: 'Protect the data and continue' }));
    expectInvalid(passphrase, 'The passphrase must be at least 10 characters. Add another word or two.');
    expect(confirm).not.toHaveAttribute('aria-invalid');
    expect(passphrase).toHaveFocus();

    await user.clear(passphrase);
    await user.type(passphrase, PASSPHRASE);
    await user.clear(confirm);
    await user.type(confirm, 'lantern river coat mapel');
    await user.click(screen.getByRole('button', { name: 'Protect the data and continue' }));
    expect(passphrase).not.toHaveAttribute('aria-invalid');
    expectInvalid(confirm, 'The two passphrases are not the same. Type the same passphrase in both fields.');
    expect(confirm).toHaveFocus();
    expect(fake.callsTo('protection.setUp')).toHaveLength(0);
  });

  it('sets up with the passphrase and keychain, says it is working, then shows the recovery key once', async () => {
    install({ 'protection.setUp': () => ({ status: statusOf('unlocked', keychains.inUse), recoveryKey: RECOVERY_KEY }) });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, onDone } = renderFirstStart(statusOf('first-start'));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Type the passphrase again'), PASSPHRASE);
    const release = fake.hold('protection.setUp');
    await user.click(screen.getByRole('button', { name: 'Protect the data and continue' }));
    expect(await screen.findByText('Protecting the data… This takes a moment.')).toBeInTheDocument();
    release();

    const panel = await screen.findByRole('form', { name: 'Your recovery key' });
    expect(fake.callsTo('protection.setUp')).toEqual([{ protect: true, passphrase: PASSPHRASE, useKeychain: true }]);
    expect(within(panel).getByRole('heading', { name: 'Your recovery key' })).toHaveFocus();
    expect(within(panel).getByRole('definition')).toHaveTextContent('7KQ2 M9XD 4TRW PB8C ZN3F H6JA QE5V 0GYS');
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Print…' }));
    expect(print).toHaveBeenCalledTimes(1);
    // The sheet that prints holds the key and what it is for, and nothing of the screen around it.
    const sheet = document.body.querySelector('.protection-print-sheet');
    expect(sheet?.parentElement).toBe(document.body);
    expect(sheet).toHaveTextContent('7KQ2 M9XD 4TRW PB8C ZN3F H6JA QE5V 0GYS');
    expect(sheet).toHaveTextContent('unlocks the app’s data if the passphrase is forgotten');

    await user.click(within(panel).getByRole('button', { name: 'Continue' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent('Tick the box once the recovery key is printed or written down.');
    const box = within(panel).getByRole('checkbox', { name: 'I have printed or written down the recovery key and will keep it away from this computer' });
    expect(box).toHaveFocus();
    expect(onDone).not.toHaveBeenCalled();

    await user.click(box);
    await user.click(within(panel).getByRole('button', { name: 'Continue' }));
    expect(onDone).toHaveBeenCalledWith({ status: statusOf('unlocked', keychains.inUse), recoveryKey: RECOVERY_KEY });
    print.mockRestore();
  });

  it('on Linux with only the basic text store, offers no keychain and says why', async () => {
    install({ 'protection.setUp': () => ({ status: statusOf('unlocked', keychains.basicText), recoveryKey: RECOVERY_KEY }) });
    const { user } = renderFirstStart(statusOf('first-start', keychains.basicText));
    expect(screen.queryByRole('checkbox', { name: /keychain/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'This computer has no protected keychain — on Linux, only a “basic text” store that anyone can read — so you will type the passphrase to unlock.',
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Type the passphrase again'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Protect the data and continue' }));
    await screen.findByRole('form', { name: 'Your recovery key' });
    expect(fake.callsTo('protection.setUp')).toEqual([{ protect: true, passphrase: PASSPHRASE, useKeychain: false }]);
  });

  it('says plainly when the computer has no keychain at all', () => {
    install();
    renderFirstStart(statusOf('first-start', keychains.unavailable));
    expect(screen.queryByRole('checkbox', { name: /keychain/ })).not.toBeInTheDocument();
    expect(screen.getByText(/offers no keychain the app can use, so you will type the passphrase to unlock/)).toBeInTheDocument();
  });

  it('can go on without protection, after saying when that is acceptable', async () => {
    install({ 'protection.setUp': () => ({ status: statusOf('unprotected') }) });
    const { user, onDone } = renderFirstStart(statusOf('first-start'));
    await user.click(screen.getByRole('radio', { name: 'Do not protect' }));
    expect(screen.getByRole('radio', { name: 'Do not protect' })).toHaveAccessibleDescription(/only if this computer’s whole disk is already encrypted/);
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue without protection' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ status: statusOf('unprotected') }));
    expect(fake.callsTo('protection.setUp')).toEqual([{ protect: false }]);
  });

  it('keeps what was typed and shows the message when setting up fails', async () => {
    install({
      'protection.setUp': () => {
        throw new AppFailure('storage', DISK_FULL.reason);
      },
    });
    const { user, onDone } = renderFirstStart(statusOf('first-start'));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Type the passphrase again'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Protect the data and continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(`The data was not set up. ${DISK_FULL_TEXT}`);
    expect(screen.getByLabelText('Passphrase')).toHaveValue(PASSPHRASE);
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('the lock screen', () => {
  function renderUnlock(status: ProtectionStatus) {
    const onUnlocked = vi.fn();
    const user = userEvent.setup();
    render(<UnlockScreen status={status} onUnlocked={onUnlocked} />);
    return { onUnlocked, user };
  }

  it('shows nothing but the passphrase field, focused, and unlocks with the right passphrase', async () => {
    install({ 'protection.unlock': (input) => ('passphrase' in input && input.passphrase === PASSPHRASE ? statusOf('unlocked') : wrongPassphrase()) });
    const { user, onUnlocked } = renderUnlock(statusOf('locked'));
    expect(screen.getByRole('heading', { level: 1, name: 'Facilitator is locked' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Unlock with this computer’s keychain' })).not.toBeInTheDocument();

    await user.type(field, `${PASSPHRASE}{Enter}`);
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(statusOf('unlocked')));
    expect(fake.callsTo('protection.unlock')).toEqual([{ passphrase: PASSPHRASE }]);
  });

  it('says a wrong passphrase at the field, which keeps focus with the text selected to type again', async () => {
    install({ 'protection.unlock': (input) => ('passphrase' in input && input.passphrase === PASSPHRASE ? statusOf('unlocked') : wrongPassphrase()) });
    const { user, onUnlocked } = renderUnlock(statusOf('locked'));
    const field = screen.getByLabelText<HTMLInputElement>('Passphrase');
    await user.type(field, 'lantern river cot');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(WRONG_PASSPHRASE);
    expectInvalid(field, WRONG_PASSPHRASE);
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'lantern river cot'.length]);
    expect(onUnlocked).not.toHaveBeenCalled();

    // Typing replaces the selected text.
    await user.keyboard(`${PASSPHRASE}{Enter}`);
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledTimes(1));
    expect(fake.callsTo('protection.unlock')).toEqual([{ passphrase: 'lantern river cot' }, { passphrase: PASSPHRASE }]);
  });

  it('asks for the passphrase when Unlock is pressed with nothing typed', async () => {
    install({ 'protection.unlock': () => statusOf('unlocked') });
    const { user } = renderUnlock(statusOf('locked'));
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expectInvalid(screen.getByLabelText('Passphrase'), 'Type the passphrase.');
    expect(fake.callsTo('protection.unlock')).toHaveLength(0);
  });

  it('unlocks with the recovery key when the passphrase is forgotten', async () => {
    install({
      'protection.unlock': (input) => {
        if ('recoveryKey' in input && input.recoveryKey === RECOVERY_KEY) return statusOf('unlocked');
        throw new AppFailure('invalid-input', { code: 'wrong-recovery-key' }, [{ path: 'recoveryKey', rule: 'does-not-unlock' }]);
      },
    });
    const { user, onUnlocked } = renderUnlock(statusOf('locked'));
    await user.click(screen.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }));
    const field = screen.getByLabelText('Recovery key');
    expect(field).toHaveFocus();
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();

    await user.type(field, '7KQ2-M9XD{Enter}');
    expectInvalid(await screen.findByLabelText('Recovery key'), /That recovery key does not unlock the data/);
    expect(field).toHaveFocus();

    await user.keyboard(`${RECOVERY_KEY}{Enter}`);
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(statusOf('unlocked')));
    expect(fake.callsTo('protection.unlock')).toEqual([{ recoveryKey: '7KQ2-M9XD' }, { recoveryKey: RECOVERY_KEY }]);

    await user.click(screen.getByRole('button', { name: 'Use the passphrase instead' }));
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();
  });

  it('unlocks with the keychain where it holds the key', async () => {
    install({ 'protection.unlock': () => statusOf('unlocked', keychains.inUse) });
    const { user, onUnlocked } = renderUnlock(statusOf('locked', keychains.inUse));
    await user.click(screen.getByRole('button', { name: 'Unlock with this computer’s keychain' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(statusOf('unlocked', keychains.inUse)));
    expect(fake.callsTo('protection.unlock')).toEqual([{ keychain: true }]);
  });

  it('says so when the keychain cannot unlock, and the passphrase still can', async () => {
    install({
      'protection.unlock': () => {
        throw new AppFailure('invalid-input', { code: 'keychain-failed' });
      },
    });
    const { user, onUnlocked } = renderUnlock(statusOf('locked', keychains.inUse));
    await user.click(screen.getByRole('button', { name: 'Unlock with this computer’s keychain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The data was not unlocked. The keychain could not unlock the data (it may have been reset).');
    expect(screen.getByLabelText('Passphrase')).not.toHaveAttribute('aria-invalid');
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it('after a lock in use, offers no keychain, says why, and asks for the passphrase', async () => {
    install({ 'protection.unlock': () => statusOf('unlocked', keychains.inUseAfterLock) });
    const { user, onUnlocked } = renderUnlock(statusOf('locked', keychains.inUseAfterLock));
    expect(screen.queryByRole('button', { name: /keychain/ })).not.toBeInTheDocument();
    expect(screen.getByText('After a lock, the data opens only with the passphrase or the recovery key.')).toBeInTheDocument();
    await user.keyboard(`${PASSPHRASE}{Enter}`);
    await waitFor(() => expect(onUnlocked).toHaveBeenCalled());
    expect(fake.callsTo('protection.unlock')).toEqual([{ passphrase: PASSPHRASE }]);
  });

  it('tells the user that turning protection off was interrupted, and finishes it only when they agree', async () => {
    install({
      'protection.unlock': (input) => ('finishInterrupted' in input ? statusOf('unprotected') : { ...statusOf('locked'), interrupted: 'unsealing' as const }),
    });
    const { user, onUnlocked } = renderUnlock(statusOf('locked'));
    await user.keyboard(`${PASSPHRASE}{Enter}`);
    expect(await screen.findByRole('heading', { name: 'Turning protection off was not finished' })).toBeInTheDocument();
    expect(screen.getByText(/anyone who can open this computer’s files can read the records/)).toBeInTheDocument();
    expect(onUnlocked).not.toHaveBeenCalled();

    // Not now: nothing more is sent, and the data stays locked.
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.getByText('Nothing was changed. The data stays locked.')).toBeInTheDocument();
    expect(fake.callsTo('protection.unlock')).toEqual([{ passphrase: PASSPHRASE }]);

    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Finish turning protection off' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledWith(statusOf('unprotected')));
    expect(fake.callsTo('protection.unlock')).toEqual([
      { passphrase: PASSPHRASE },
      { passphrase: PASSPHRASE },
      { passphrase: PASSPHRASE, finishInterrupted: true },
    ]);
  });

  it('explains a missing or damaged key file, with nothing to type', () => {
    install();
    renderUnlock({ ...statusOf('locked'), problem: { code: 'key-file-damaged', params: { file: 'keyring.json' } } });
    expect(screen.getByRole('alert')).toHaveTextContent('The data’s key file (keyring.json) is damaged. Nothing has been changed.');
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('Settings › Protection', () => {
  const section = () => screen.getByRole('region', { name: 'Protection' });

  async function openSettings(status: ProtectionStatus, planning: PlanningHandlers = {}) {
    install({ 'protection.status': () => status, ...planning });
    const view = renderApp('/settings/protection');
    await screen.findByRole('heading', { name: 'Protection' });
    return view;
  }

  it('turns protection on with a passphrase, then shows the recovery key before the protected settings', async () => {
    const { user } = await openSettings(statusOf('unprotected', keychains.basicText), {
      'protection.turnOn': () => ({ status: statusOf('unlocked', keychains.basicText), recoveryKey: RECOVERY_KEY }),
    });
    expect(within(section()).getByText(/The data is not protected\./)).toBeInTheDocument();
    const open = within(section()).getByRole('button', { name: 'Protect with a passphrase…' });
    await user.click(open);
    const form = within(section()).getByRole('form', { name: 'Protect the data with a passphrase' });
    expect(within(form).getByLabelText('Passphrase')).toHaveFocus();
    expect(within(form).getByText(/only a “basic text” store that anyone can read/)).toBeInTheDocument();

    await user.type(within(form).getByLabelText('Passphrase'), 'too short');
    await user.type(within(form).getByLabelText('Type the passphrase again'), 'too short');
    await user.click(within(form).getByRole('button', { name: 'Protect the data' }));
    expectInvalid(within(form).getByLabelText('Passphrase'), 'The passphrase must be at least 10 characters.');
    expect(fake.callsTo('protection.turnOn')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Passphrase'));
    await user.type(within(form).getByLabelText('Passphrase'), PASSPHRASE);
    await user.clear(within(form).getByLabelText('Type the passphrase again'));
    await user.type(within(form).getByLabelText('Type the passphrase again'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Protect the data' }));

    const panel = await within(section()).findByRole('form', { name: 'Your recovery key' });
    expect(fake.callsTo('protection.turnOn')).toEqual([{ passphrase: PASSPHRASE, useKeychain: false }]);
    expect(within(panel).getByRole('definition')).toHaveTextContent('7KQ2 M9XD 4TRW PB8C ZN3F H6JA QE5V 0GYS');
    await user.click(within(panel).getByRole('checkbox', { name: /I have printed or written down the recovery key/ }));
    await user.click(within(panel).getByRole('button', { name: 'Continue' }));

    expect(within(section()).getByText('The data is protected with a passphrase.')).toBeInTheDocument();
    expect(within(section()).queryByText('7KQ2', { exact: false })).not.toBeInTheDocument();
    expect(document.body.querySelector('.protection-print-sheet')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Protection' })).toHaveFocus();
  });

  it('saves how long the app waits before locking itself', async () => {
    const { user } = await openSettings(statusOf('unlocked'));
    const select = within(section()).getByLabelText('Lock after');
    expect(select).toHaveDisplayValue('10 minutes without use');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Never (only when I lock it)',
      '5 minutes without use',
      '10 minutes without use',
      '15 minutes without use',
      '30 minutes without use',
      '60 minutes without use',
    ]);
    await user.selectOptions(select, '5 minutes without use');
    await waitFor(() => expect(fake.callsTo('settings.setLock')).toEqual([{ afterMinutes: 5 }]));
    expect(await within(section()).findByText('Saved')).toBeInTheDocument();
    expect(fake.settings.lock.afterMinutes).toBe(5);

    await user.selectOptions(select, 'Never (only when I lock it)');
    await waitFor(() => expect(fake.callsTo('settings.setLock')).toEqual([{ afterMinutes: 5 }, { afterMinutes: 0 }]));
  });

  it('locks now, and the lock screen takes the place of the app', async () => {
    const { user } = await openSettings(statusOf('unlocked'), { 'protection.lock': () => statusOf('locked') });
    await user.click(within(section()).getByRole('button', { name: 'Lock now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Facilitator is locked' })).toBeInTheDocument();
    expect(fake.callsTo('protection.lock')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Protection' })).not.toBeInTheDocument();
    expect(screen.queryByText('Riverside Youth Services')).not.toBeInTheDocument();
  });

  it('changes the passphrase, marking a wrong current passphrase at its field', async () => {
    const { user } = await openSettings(statusOf('unlocked'), {
      'protection.changePassphrase': (input) => {
        if ('current' in input && input.current === PASSPHRASE) return statusOf('unlocked');
        // The service names the field it checked: the current passphrase.
        throw new AppFailure('invalid-input', { code: 'wrong-passphrase' }, [{ path: 'current', rule: 'does-not-unlock' }]);
      },
    });
    const open = within(section()).getByRole('button', { name: 'Change passphrase…' });
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const form = within(section()).getByRole('form', { name: 'Change the passphrase' });
    const current = within(form).getByLabelText('Current passphrase');
    expect(current).toHaveFocus();

    await user.type(current, 'not it at all');
    await user.type(within(form).getByLabelText('New passphrase'), 'paper kettle orbit swan');
    await user.type(within(form).getByLabelText('Type the new passphrase again'), 'paper kettle orbit swan');
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() => expectInvalid(current, WRONG_PASSPHRASE));
    expect(current).toHaveFocus();
    expect(within(form).getByLabelText('New passphrase')).toHaveValue('paper kettle orbit swan');

    await user.clear(current);
    await user.type(current, PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    expect(await within(section()).findByText('The passphrase is changed. Use the new one from now on.')).toBeInTheDocument();
    expect(fake.callsTo('protection.changePassphrase')).toEqual([
      { current: 'not it at all', next: 'paper kettle orbit swan' },
      { current: PASSPHRASE, next: 'paper kettle orbit swan' },
    ]);
    expect(within(section()).queryByRole('form', { name: 'Change the passphrase' })).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });

  it('changes a forgotten passphrase with the recovery key instead', async () => {
    const { user } = await openSettings(statusOf('unlocked'), { 'protection.changePassphrase': () => statusOf('unlocked') });
    await user.click(within(section()).getByRole('button', { name: 'Change passphrase…' }));
    const form = within(section()).getByRole('form', { name: 'Change the passphrase' });
    await user.click(within(form).getByRole('checkbox', { name: 'I have forgotten it: use the recovery key instead' }));
    await user.type(within(form).getByLabelText('Recovery key'), '7kq2 m9xd');
    await user.type(within(form).getByLabelText('New passphrase'), 'paper kettle orbit swan');
    await user.type(within(form).getByLabelText('Type the new passphrase again'), 'paper kettle orbit swan');
    await user.click(within(form).getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() => expect(fake.callsTo('protection.changePassphrase')).toEqual([{ recoveryKey: '7kq2 m9xd', next: 'paper kettle orbit swan' }]));
  });

  it('closes a form on Escape, returning focus to its button, with nothing sent', async () => {
    const { user } = await openSettings(statusOf('unlocked'));
    const open = within(section()).getByRole('button', { name: 'Change passphrase…' });
    await user.click(open);
    await user.type(within(section()).getByLabelText('Current passphrase'), 'something{Escape}');
    expect(within(section()).queryByLabelText('Current passphrase')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(fake.callsTo('protection.changePassphrase')).toHaveLength(0);
  });

  it('makes a new recovery key, saying the old one stops working', async () => {
    const { user } = await openSettings(statusOf('unlocked'), {
      'protection.newRecoveryKey': () => ({ status: statusOf('unlocked'), recoveryKey: RECOVERY_KEY }),
    });
    await user.click(within(section()).getByRole('button', { name: 'Make a new recovery key…' }));
    const form = within(section()).getByRole('form', { name: 'Make a new recovery key' });
    expect(within(form).getByText(/The old recovery key stops working as soon as the new one is made/)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);

    const panel = await within(section()).findByRole('form', { name: 'Your new recovery key' });
    expect(fake.callsTo('protection.newRecoveryKey')).toEqual([{ passphrase: PASSPHRASE }]);
    expect(within(panel).getByText('The old recovery key no longer works. Destroy any copy of it.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Continue' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent(/Tick the box/);
    await user.click(within(panel).getByRole('checkbox', { name: /I have printed or written down/ }));
    await user.click(within(panel).getByRole('button', { name: 'Continue' }));
    expect(await within(section()).findByText('The recovery key is set. Keep it away from this computer.')).toBeInTheDocument();
  });

  it('turns the keychain on and off where it protects the key', async () => {
    let inUse = false;
    const { user } = await openSettings(statusOf('unlocked'), {
      'protection.useKeychain': ({ on }) => {
        inUse = on;
        return statusOf('unlocked', { usable: true, inUse, unlocksNow: inUse });
      },
    });
    const box = within(section()).getByRole('checkbox', { name: 'Also unlock with this computer’s keychain' });
    expect(box).not.toBeChecked();
    await user.click(box);
    await waitFor(() => expect(fake.callsTo('protection.useKeychain')).toEqual([{ on: true }]));
    expect(await within(section()).findByText('Saved')).toBeInTheDocument();
    expect(box).toBeChecked();
    expect(within(section()).getByText(/It also unlocks with this computer’s keychain\./)).toBeInTheDocument();
  });

  it('explains why the keychain is not used on a computer with only the basic text store', async () => {
    await openSettings(statusOf('unlocked', keychains.basicText));
    expect(within(section()).queryByRole('checkbox', { name: /keychain/ })).not.toBeInTheDocument();
    expect(within(section()).getByText(/This computer has no protected keychain — on Linux, only a “basic text” store/)).toBeInTheDocument();
  });

  it('turns protection off after a warning and the passphrase', async () => {
    const { user } = await openSettings(statusOf('unlocked'), {
      'protection.turnOff': (input) => (input.passphrase === PASSPHRASE ? statusOf('unprotected') : wrongPassphrase()),
    });
    await user.click(within(section()).getByRole('button', { name: 'Turn protection off…' }));
    const form = within(section()).getByRole('form', { name: 'Turn protection off' });
    expect(
      within(form).getByText(/anyone who can open this computer’s files, its backups or a copy of the data folder can read the records/),
    ).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Yes, turn protection off' }));
    expectInvalid(within(form).getByLabelText('Passphrase'), 'Type the passphrase.');
    expect(fake.callsTo('protection.turnOff')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Passphrase'), 'wrong passphrase');
    await user.click(within(form).getByRole('button', { name: 'Yes, turn protection off' }));
    await waitFor(() => expectInvalid(within(form).getByLabelText('Passphrase'), WRONG_PASSPHRASE));

    await user.clear(within(form).getByLabelText('Passphrase'));
    await user.type(within(form).getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(within(form).getByRole('button', { name: 'Yes, turn protection off' }));
    expect(await within(section()).findByText('Protection is off. The data is no longer protected.')).toBeInTheDocument();
    expect(fake.callsTo('protection.turnOff')).toEqual([{ passphrase: 'wrong passphrase' }, { passphrase: PASSPHRASE }]);
    expect(within(section()).getByRole('button', { name: 'Protect with a passphrase…' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Protection' })).toHaveFocus();
  });
});
