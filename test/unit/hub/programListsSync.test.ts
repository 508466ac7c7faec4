import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../../core/domain/settings';
import { sealBody } from '../../../electron/services/hub/engine';
import { setUpProgramDatabase, startHubServer, type HubServer } from '../../support/hubServer';
import { until } from '../../support/hubLaptops';
import { juvenileHallDraft } from '../planning/harness';
import { hubLaptop, joinFileTarget, type HubLaptop } from './hubServiceLaptops';

const DATABASE = 'westside';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-2' };
const PASSPHRASE = 'green kite over the bay';
const SYNC_WAIT_MS = 15_000;

type Lists = Pick<Settings, 'sites' | 'facilitators' | 'resources'>;
const namesIn = (settings: Lists, list: keyof Lists) => settings[list].map((entry) => entry.name).sort();

describe('the program’s shared lists through the hub (real replication): sites, facilitators, resources, modules in use', () => {
  let hub: HubServer;
  let a: HubLaptop;
  let b: HubLaptop;
  const folders: string[] = [];

  /** Waits until every laptop's list shows exactly `names`. */
  async function everywhere(list: keyof Lists, names: string[], laptops = [a, b]): Promise<void> {
    const shown = async () =>
      (await Promise.all(laptops.map(async (laptop) => `${laptop.name}: ${namesIn(await laptop.call('settings.get'), list).join(', ')}`))).join('; ');
    await until(
      `${list} are ${names.join(', ')} everywhere`,
      async () => {
        for (const laptop of laptops) if (JSON.stringify(namesIn(await laptop.call('settings.get'), list)) !== JSON.stringify([...names].sort())) return false;
        return true;
      },
      SYNC_WAIT_MS,
    ).catch(async (error: unknown) => {
      throw new Error(`${(error as Error).message}; shown: ${await shown()}`);
    });
  }

  /** Both laptops edit while the hub is frozen; once it is back, both sync. */
  async function offline(edits: () => Promise<void>): Promise<void> {
    hub.pause();
    try {
      await edits();
      // Past the share delay: the changes are in each laptop's replica, waiting for the hub.
      await new Promise((done) => setTimeout(done, 300));
    } finally {
      hub.resume();
    }
    void a.call('hub.syncNow').catch(() => undefined);
    void b.call('hub.syncNow').catch(() => undefined);
  }

  const siteId = async (laptop: HubLaptop, name: string) => (await laptop.call('settings.get')).sites.find((site) => site.name === name)!.id;

  beforeAll(async () => {
    hub = await startHubServer();
    await setUpProgramDatabase(hub, DATABASE, COORDINATOR);
    a = await hubLaptop('a');
    await a.call('hub.saveSettings', { address: hub.origin, database: DATABASE, userName: COORDINATOR.name, password: COORDINATOR.password });
    await a.call('hub.createProgram', { name: 'Westside groups' });
    const { path: target, folder } = await joinFileTarget('ben');
    folders.push(folder);
    a.host.nextSaveTarget = target;
    await a.call('hub.makeJoinFile', { userName: 'ben', passphrase: PASSPHRASE });
    b = await hubLaptop('b');
    b.host.nextOpenFile = target;
    expect((await b.call('hub.join', { passphrase: PASSPHRASE })).status).toBe('joined');
  }, 60_000);

  afterAll(async () => {
    for (const laptop of [a, b]) await laptop?.close();
    await hub?.stop();
    const dirs = [...folders, ...[a, b].filter(Boolean).map((laptop) => laptop.dir)];
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('a site added on one laptop is in the other’s Settings after a sync, and both count it in the program’s lists', async () => {
    await a.call('settings.saveSite', { name: 'Eastlake Juvenile Hall', kind: 'detention' });
    await everywhere('sites', ['Eastlake Juvenile Hall']);
    await until('b counts the site in the program’s lists', async () => (await b.call('hub.lists'))?.sites === 1, SYNC_WAIT_MS);
    expect(await b.call('hub.lists')).toMatchObject({ sites: 1, facilitators: 0, resources: 0, modules: [] });
  }, 30_000);

  it('a shared workshop’s module is listed as in use on the other laptop', async () => {
    const view = await a.call('workshops.create', juvenileHallDraft());
    await a.call('hub.share', { workshopId: view.workshop.id, shared: true });
    await until(
      'b lists the module in use',
      async () => (await b.call('hub.lists'))?.modules.some((module) => module.id === 'juvenile-hall-five-week-series') === true,
      SYNC_WAIT_MS,
    );
  }, 30_000);

  it('a resource added on each laptop while apart: both end up with both', async () => {
    await offline(async () => {
      await a.call('settings.saveResource', { name: 'Crisis text line', contact: 'Text HOME to 741741', hours: '24/7', notes: '' });
      await b.call('settings.saveResource', { name: 'Trafficking hotline', contact: '1-888-373-7888', hours: '24/7', notes: '' });
    });
    await everywhere('resources', ['Crisis text line', 'Trafficking hotline']);
  }, 30_000);

  it('the same facilitator changed on both laptops while apart: the later change wins on both, and no conflict is left on the hub', async () => {
    await a.call('settings.saveFacilitator', { name: 'Rosa Diaz', roles: ['lead'] });
    await everywhere('facilitators', ['Rosa Diaz']);
    const { id } = (await b.call('settings.get')).facilitators[0]!;
    a.setNow(new Date('2027-04-05T19:10:00.000Z'));
    b.setNow(new Date('2027-04-05T19:20:00.000Z'));
    await offline(async () => {
      await a.call('settings.saveFacilitator', { id, name: 'Rosa Díaz (earlier)', roles: ['lead'] });
      await b.call('settings.saveFacilitator', { id, name: 'Rosa Díaz-Ortiz', roles: ['lead', 'survivor-mentor'] });
    });
    await everywhere('facilitators', ['Rosa Díaz-Ortiz']);
    expect((await a.call('settings.get')).facilitators[0]).toEqual({ id, name: 'Rosa Díaz-Ortiz', roles: ['lead', 'survivor-mentor'] });
    await until(
      'the hub holds one leaf of the lists',
      async () => ((await hub.admin('GET', `/${DATABASE}/lists?conflicts=true`)) as { _conflicts?: string[] })._conflicts === undefined,
      SYNC_WAIT_MS,
    );
  }, 40_000);

  it('a site removed on one laptop goes from the other, unless a workshop there names it', async () => {
    await a.call('settings.saveSite', { name: 'Northside High', kind: 'school' });
    await everywhere('sites', ['Eastlake Juvenile Hall', 'Northside High']);
    // b plans a group at Northside High: its page names the site.
    await b.call('workshops.create', juvenileHallDraft({ title: 'Northside group', siteId: await siteId(b, 'Northside High') }));
    await a.call('settings.removeSite', { id: await siteId(a, 'Eastlake Juvenile Hall') });
    await a.call('settings.removeSite', { id: await siteId(a, 'Northside High') });
    await everywhere('sites', [], [a]);
    await everywhere('sites', ['Northside High'], [b]);
    // A later change on b shares its lists again: the site stays removed on the program, and on a.
    await b.call('settings.saveResource', { name: 'Youth clinic', contact: '(323) 555-0100', hours: 'Mon–Fri 9–5', notes: '' });
    await everywhere('resources', ['Crisis text line', 'Trafficking hotline', 'Youth clinic']);
    expect(namesIn(await a.call('settings.get'), 'sites')).toEqual([]);
    expect(await b.call('hub.lists')).toMatchObject({ sites: 0 });
  }, 40_000);

  it('what the program last had is kept on disk: a resource removed after a restart goes from the other laptop too', async () => {
    b = await b.reopen();
    const clinic = (await b.call('settings.get')).resources.find((entry) => entry.name === 'Youth clinic')!;
    await b.call('settings.removeResource', { id: clinic.id });
    await everywhere('resources', ['Crisis text line', 'Trafficking hotline']);
  }, 30_000);

  it('a losing leaf of the lists from another app is left on the hub, and the rest still reach both laptops', async () => {
    const membership = JSON.parse(await readFile(join(a.dir, 'hub-membership.json'), 'utf8')) as { keys: { epoch: number; key: string }[] };
    const newest = membership.keys.at(-1)!;
    const current = (await hub.admin('GET', `/${DATABASE}/lists?revs=true`)) as { _rev: string; _revisions: { start: number; ids: string[] } };
    // A sibling of the current revision, written by an app that knows a newer lists format; it sorts first, so it loses.
    const foreignRev = `${current._revisions.start}-${'0'.repeat(32)}`;
    const foreign = sealBody(
      'lists',
      { kind: 'facilitator-program-lists', version: 99, rooms: [] },
      { epoch: newest.epoch, key: Buffer.from(newest.key, 'base64') },
    );
    await hub.admin('POST', `/${DATABASE}/_bulk_docs`, {
      new_edits: false,
      docs: [{ ...foreign, _rev: foreignRev, _revisions: { start: current._revisions.start, ids: ['0'.repeat(32), ...current._revisions.ids.slice(1)] } }],
    });
    expect(((await hub.admin('GET', `/${DATABASE}/lists?conflicts=true`)) as { _conflicts?: string[] })._conflicts).toEqual([foreignRev]);

    await a.call('settings.saveSite', { name: 'Southbay Youth Center', kind: 'community' });
    void b.call('hub.syncNow').catch(() => undefined);
    await until('b has the new site', async () => namesIn(await b.call('settings.get'), 'sites').includes('Southbay Youth Center'), SYNC_WAIT_MS);
    expect((await b.call('hub.lists'))?.refused).toBeUndefined();
    expect(((await hub.admin('GET', `/${DATABASE}/lists?conflicts=true`)) as { _conflicts?: string[] })._conflicts).toEqual([foreignRev]);
  }, 30_000);

  it('lists on the hub that are not this app’s are refused with a code, and nothing in Settings changes', async () => {
    const before = await b.call('settings.get');
    const membership = JSON.parse(await readFile(join(a.dir, 'hub-membership.json'), 'utf8')) as { keys: { epoch: number; key: string }[] };
    const newest = membership.keys.at(-1)!;
    const current = (await hub.admin('GET', `/${DATABASE}/lists`)) as { _rev: string };
    const foreign = {
      kind: 'facilitator-program-lists',
      version: 1,
      sites: [{ id: 'not-an-id', name: '', kind: 'castle', changedAt: 'yesterday' }],
      facilitators: [],
      resources: [],
    };
    const doc = sealBody('lists', foreign, { epoch: newest.epoch, key: Buffer.from(newest.key, 'base64') });
    await hub.admin('PUT', `/${DATABASE}/lists`, { ...doc, _rev: current._rev });
    void b.call('hub.syncNow').catch(() => undefined);
    await until('b refuses the lists', async () => (await b.call('hub.lists'))?.refused !== undefined, SYNC_WAIT_MS);
    const refused = (await b.call('hub.lists'))!.refused!;
    expect(refused[0]).toMatchObject({ code: 'hub-lists-field' });
    expect(await b.call('settings.get')).toEqual(before);
  }, 30_000);

  it('the hub’s stored documents hold no site name, facilitator name or resource text', async () => {
    const stored = JSON.stringify(await hub.admin('GET', `/${DATABASE}/_all_docs?include_docs=true&conflicts=true`));
    expect(stored).toContain('"lists"');
    for (const text of [
      'Eastlake',
      'Northside',
      // Whole names: a short word of base64's letters can turn up in sealed bytes by chance.
      'Rosa Diaz',
      'Díaz-Ortiz',
      'Crisis text line',
      '741741',
      'Trafficking hotline',
      '1-888-373-7888',
      'Youth clinic',
      'detention',
    ])
      expect(stored).not.toContain(text);
  });
});
