import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../core/domain/bundles/format';
import { LISTS_DOC_ID, workshopDocId } from '../../../core/domain/hub/documents';
import { startHubServer, type HubServer } from '../../support/hubServer';
import { programKey, startLaptop, until, type Laptop } from '../../support/hubLaptops';
import { buildWorkshop } from '../../support/workshops';

/** What must never be readable on the hub or in the laptop's mirror: codes, initials, titles, notes, names. */
const SECRETS = [
  'JH-26-014',
  'JH-26-015',
  'M.R.',
  'Girls circle at Los Padrinos',
  'We talked about trust online',
  'Los Padrinos Juvenile Hall',
  'Rosa Delgado',
];

describe('what the hub and the mirror hold', () => {
  let hub: HubServer;
  const laptops: Laptop[] = [];
  const database = 'program-scan';

  beforeAll(async () => {
    hub = await startHubServer();
  }, 30_000);
  afterAll(async () => {
    hub?.resume();
    await Promise.all(laptops.map((laptop) => laptop.dispose()));
    await hub?.stop();
  });

  it('holds ids, revisions, epochs and sealed bytes only: no participant code, title, note or name, conflict leaves included', async () => {
    const ana = { name: 'ana', password: 'pw-ana' };
    const ben = { name: 'ben', password: 'pw-ben' };
    await hub.createUser(ana.name, ana.password);
    await hub.createUser(ben.name, ben.password);
    await hub.createDatabase(database, { members: [ana.name, ben.name] });
    const keys = [programKey(1)];
    const a = await startLaptop({ hub, database, user: ana, keys });
    const b = await startLaptop({ hub, database, user: ben, keys });
    laptops.push(a, b);

    const [first, second] = [randomUUID(), randomUUID()];
    const workshop = buildWorkshop({
      title: 'Girls circle at Los Padrinos',
      roster: [
        { participantId: first, enrolledOn: '2027-03-01' },
        { participantId: second, enrolledOn: '2027-03-01' },
      ],
    });
    const meetingId = workshop.meetings[0]!.id;
    const withNotes = { ...workshop, runs: [{ meetingId, startedAt: '2027-03-02T23:30:00.000Z', fidelity: [], notes: 'We talked about trust online' }] };
    const registry = [
      { id: first, code: 'JH-26-014', initials: 'M.R.', createdAt: '2027-03-01T00:00:00.000Z' },
      { id: second, code: 'JH-26-015', createdAt: '2027-03-01T00:00:00.000Z' },
    ];
    const bundle = buildBundle({
      workshop: withNotes,
      registry,
      allowFullNames: false,
      exportedAt: '2027-03-03T00:00:00.000Z',
      include: { followUps: true, notes: true },
    });
    const docId = workshopDocId(workshop.id);
    await a.engine.share(docId, bundle);
    await a.engine.share(LISTS_DOC_ID, { sites: ['Los Padrinos Juvenile Hall'], facilitators: ['Rosa Delgado'] });
    await until('Ben has both', () => b.latest(docId) !== undefined && b.latest(LISTS_DOC_ID) !== undefined);
    // The scan would find them if they travelled in the clear: Ben reads every one of them.
    const readByBen = JSON.stringify([b.latest(docId)?.body, b.latest(LISTS_DOC_ID)?.body]);
    for (const secret of SECRETS) expect(readByBen).toContain(secret);

    // A conflict, so that a losing leaf is on the hub too.
    hub.pause();
    await a.engine.share(docId, { ...bundle, workshop: { ...bundle.workshop, title: 'Girls circle at Los Padrinos (Tuesdays)' } });
    await b.engine.share(docId, { ...bundle, workshop: { ...bundle.workshop, title: 'Girls circle at Los Padrinos (Thursdays)' } });
    hub.resume();
    await until('the conflict reached both', () => a.latest(docId)?.context.conflicts.length === 1 && b.latest(docId)?.context.conflicts.length === 1);

    const all = (await hub.admin('GET', `/${database}/_all_docs?include_docs=true&conflicts=true`)) as { rows: { id: string; doc: object }[] };
    expect(all.rows.map((row) => row.id).sort()).toEqual([LISTS_DOC_ID, docId]);
    const leaves: object[] = [];
    for (const row of all.rows) {
      const open = (await hub.admin('GET', `/${database}/${encodeURIComponent(row.id)}?open_revs=all&revs=true`)) as { ok: object }[];
      leaves.push(...open.map((leaf) => leaf.ok));
    }
    expect(leaves).toHaveLength(3); // the lists, and the workshop's two leaves
    const stored = [...all.rows.map((row) => row.doc), ...leaves];
    for (const leaf of stored) {
      expect(Object.keys(leaf).filter((key) => !key.startsWith('_'))).toEqual(['epoch', 'sealed']);
    }
    const onHub = JSON.stringify(stored);
    for (const secret of SECRETS.concat('Tuesdays', 'Thursdays')) expect(onHub).not.toContain(secret);

    const mirror = join(a.dir, 'hub', 'mirror');
    const files = await readdir(mirror);
    expect(files.length).toBe(2);
    const mirrored = (await Promise.all(files.map((name) => readFile(join(mirror, name), 'utf8')))).join('\n');
    for (const secret of SECRETS.concat('Tuesdays', 'Thursdays')) expect(mirrored).not.toContain(secret);
  });
});
