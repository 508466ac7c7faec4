import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../../electron/storage/protection/codec';
import { tempDir } from '../storage/helpers';
import { fakeKeychain, PASSPHRASE, recordSomething, startSession } from './harness';

describe('backups while the data is protected', () => {
  it('seal each backup’s about.json, and the list still shows what each one holds once unlocked', async () => {
    const dir = await tempDir('protected-');
    const usb = await tempDir('usb-');
    const app = await startSession(dir);
    await app.call('protection.setUp', { protect: true, passphrase: PASSPHRASE, useKeychain: false });
    await recordSomething(app);
    app.host.nextFolder = usb;
    await app.call('backups.chooseFolder');
    await app.call('backups.backupNow');
    await app.session.close();

    const abouts = [
      ...(await readdir(join(dir, 'backups'))).map((name) => join(dir, 'backups', name, 'about.json')),
      ...(await readdir(join(usb, 'Facilitator backups'))).map((name) => join(usb, 'Facilitator backups', name, 'about.json')),
    ];
    expect(abouts.length).toBeGreaterThanOrEqual(4);
    for (const about of abouts) {
      const stored = await readFile(about);
      expect(isSealed(stored)).toBe(true);
      expect(stored.includes(Buffer.from('"reason"'))).toBe(false);
    }

    const next = await startSession(dir, fakeKeychain(), 5);
    await next.call('protection.unlock', { passphrase: PASSPHRASE });
    const view = await next.call('backups.list');
    // Why each was made is read from its sealed about.json; the counts too (without reading every file).
    expect(view.generations.map((generation) => [generation.location, generation.reason])).toEqual([
      ['data', 'daily'],
      ['second', 'daily'],
      ['data', 'manual'],
      ['second', 'manual'],
    ]);
    for (const generation of view.generations) expect(generation.preview).toEqual({ workshops: 1, participants: 1, modules: 0, settings: true, newestChange: '2027-03-04' });
  });
});
