import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LISTS_DOC_ID, workshopDocId } from '../../../core/domain/hub/documents';
import { startHubServer, type HubServer } from '../../support/hubServer';
import { programKey, startLaptop, TEST_NOW, until, type Laptop, type LaptopOptions } from '../../support/hubLaptops';

describe('the hub engine, two laptops against a real hub', () => {
  let hub: HubServer;
  const ana = { name: 'ana', password: 'pw-ana' };
  const ben = { name: 'ben', password: 'pw-ben' };
  const laptops: Laptop[] = [];

  beforeAll(async () => {
    hub = await startHubServer();
    await hub.createUser(ana.name, ana.password);
    await hub.createUser(ben.name, ben.password);
  }, 30_000);
  afterEach(async () => {
    hub.resume();
    await Promise.all(laptops.splice(0).map((laptop) => laptop.dispose()));
  });
  afterAll(() => hub?.stop());

  /** A fresh program database with Ana and Ben as members, and a laptop for each. */
  async function program(extra: Partial<LaptopOptions> = {}) {
    const database = `program-${randomUUID().slice(0, 8)}`;
    await hub.createDatabase(database, { members: [ana.name, ben.name] });
    const keys = [programKey(1)];
    const anaLaptop = await startLaptop({ hub, database, user: ana, keys, ...extra });
    const benLaptop = await startLaptop({ hub, database, user: ben, keys, ...extra });
    laptops.push(anaLaptop, benLaptop);
    return { database, keys, ana: anaLaptop, ben: benLaptop };
  }

  it('brings what one laptop shares to the other, both ways, and both end up to date', async () => {
    const { ana: a, ben: b } = await program();
    const docId = workshopDocId(randomUUID());
    await a.engine.share(docId, { marks: ['present'] });
    await b.engine.share(LISTS_DOC_ID, { sites: ['Hall B'] });

    await until('Ben has the workshop and Ana the lists', () => b.latest(docId) !== undefined && a.latest(LISTS_DOC_ID) !== undefined);
    expect(b.latest(docId)?.body).toEqual({ marks: ['present'] });
    expect(b.latest(docId)?.context.conflicts).toEqual([]);
    expect(a.latest(LISTS_DOC_ID)?.body).toEqual({ sites: ['Hall B'] });
    // Neither is handed back what it shared itself.
    expect(a.received.map((entry) => entry.docId)).not.toContain(docId);
    await until('both are up to date', () => a.engine.state().kind === 'up-to-date' && b.engine.state().kind === 'up-to-date');
  });

  it('sends a change made while the hub is frozen once it answers again, and says offline since when meanwhile', async () => {
    const { ana: a, ben: b } = await program();
    const docId = workshopDocId(randomUUID());
    await a.engine.share(docId, { marks: ['present'] });
    await until('Ben has the first version', () => b.latest(docId) !== undefined);

    hub.pause();
    await a.engine.share(docId, { marks: ['present', 'absent'] });
    await until('Ana sees she is offline', () => a.engine.state().kind === 'offline');
    expect(a.engine.state()).toEqual({ kind: 'offline', since: TEST_NOW.toISOString() });
    hub.resume();

    await until('Ben has the change made offline', () => JSON.stringify(b.latest(docId)?.body) === JSON.stringify({ marks: ['present', 'absent'] }));
    await until('Ana is up to date again', () => a.engine.state().kind === 'up-to-date');
  });
});
