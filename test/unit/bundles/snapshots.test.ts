import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../core/domain/workshop';
import { openDataDir } from '../../../electron/storage';
import { moduleHash } from '../../../electron/storage/moduleSnapshots';
import { readStoredWorkshop } from '../../support/workshopOnDisk';
import { juvenileHallDraft, planningHarness } from '../planning/harness';
import { tempDir } from '../storage/helpers';

describe('a workshop bundle and module snapshots', () => {
  it('carries the module whole, and importing it into a fresh data folder stores the module’s snapshot there', async () => {
    const a = await planningHarness();
    const participantId = (await a.call('participants.save', { code: 'JH-26-001' })).participant.id;
    const { workshop } = await a.call('workshops.create', juvenileHallDraft({ participantIds: [participantId] }));
    const target = join(await tempDir('saved-'), 'bundle.facilitator');
    a.host.nextSaveTarget = target;
    await a.call('bundles.export', { workshopId: workshop.id, include: { followUps: false, notes: false } });
    const text = await readFile(target, 'utf8');
    const carried = (JSON.parse(text) as { workshop: Workshop }).workshop;
    // Self-contained: the module itself, not a name only this computer can resolve.
    expect(carried.module).toEqual(workshop.module);
    expect(carried).not.toHaveProperty('moduleSnapshot');

    const b = await planningHarness();
    expect(await readdir(join(b.dir, 'modules'))).toEqual([]);
    await b.pickFile('bundle.facilitator', text);
    const preview = await b.call('bundles.chooseImport');
    if (preview.status !== 'ready') throw new Error(`expected a ready preview, got ${preview.status}`);
    await b.call('bundles.confirmImport', { token: preview.token, resolutions: {} });
    await b.store.close();

    const hash = moduleHash(workshop.module);
    expect(await readdir(join(b.dir, 'modules'))).toEqual([`${hash}.json`]);
    expect(JSON.parse(await readFile(join(b.dir, 'workshops', `${workshop.id}.json`), 'utf8'))).toMatchObject({ moduleSnapshot: hash });
    expect((await readStoredWorkshop(b.dir, workshop.id)).module).toEqual(workshop.module);
    const reopened = await openDataDir({ dir: b.dir, now: () => new Date('2027-03-05T18:00:00Z') });
    expect((await reopened.workshops.get(workshop.id))?.module).toEqual(workshop.module);
    await reopened.close();
  });
});
