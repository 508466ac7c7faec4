import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../storage/helpers';
import { CODE, NOTE, PASSPHRASE, recordSomething, startSession } from './harness';

const BUNDLE_PASSPHRASE = 'tell it by phone, not by mail';

describe('workshop bundles of protected data', () => {
  it('leave sealed with a passphrase, hold nothing readable, and open only with it on another computer', async () => {
    const laptop = await startSession(await tempDir('protected-'));
    await laptop.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    const workshopId = await recordSomething(laptop);

    const refused = await laptop.fail('bundles.export', { workshopId });
    expect(refused.reason).toEqual({ code: 'bundle-needs-passphrase' });

    const target = join(await tempDir('bundle-'), 'unit-b.facilitator');
    laptop.host.nextSaveTarget = target;
    expect(await laptop.call('bundles.export', { workshopId, passphrase: BUNDLE_PASSPHRASE })).toEqual({ status: 'saved', path: target });
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 4).toString()).toBe('FCB1');
    for (const secret of [CODE, NOTE, 'Knowing Your Worth']) expect(bytes.includes(Buffer.from(secret))).toBe(false);

    // The coordinator's computer: unprotected, and it never sees the laptop's data key.
    const office = await startSession(await tempDir('office-'));
    await office.call('protection.setUp', { protect: false });
    office.host.nextOpenFile = target;
    const asked = await office.call('bundles.chooseImport');
    expect(asked).toMatchObject({ status: 'needs-passphrase', fileName: 'unit-b.facilitator' });
    if (asked.status !== 'needs-passphrase') throw new Error('expected a sealed bundle');

    const wrong = await office.fail('bundles.openImport', { token: asked.token, passphrase: PASSPHRASE });
    expect(wrong).toMatchObject({ code: 'invalid-input', reason: { code: 'bundle-wrong-passphrase' } });
    const opened = await office.call('bundles.openImport', { token: asked.token, passphrase: BUNDLE_PASSPHRASE });
    expect(opened).toMatchObject({ status: 'ready', isNew: true, workshopTitle: 'Knowing Your Worth – Unit B' });
    if (opened.status !== 'ready') throw new Error('expected a preview');
    await office.call('bundles.confirmImport', { token: opened.token, resolutions: {} });
    expect((await office.call('participants.list')).map((entry) => entry.participant.code)).toEqual([CODE]);
    expect((await office.call('workshops.get', { workshopId })).workshop.id).toBe(workshopId);
  });
});
