import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopDocId } from '../../../core/domain/hub/documents';
import { startHubServer, type HubServer } from '../../support/hubServer';
import { programKey, startLaptop, until, type Laptop } from '../../support/hubLaptops';

describe('a hub restored from nothing', () => {
  let hub: HubServer;
  const laptops: Laptop[] = [];
  const database = 'program-restored';
  const ana = { name: 'ana', password: 'pw-ana' };
  const ben = { name: 'ben', password: 'pw-ben' };

  /** What the hub's admin does: the users and the program's database with its members. */
  async function setUpHub() {
    await hub.createUser(ana.name, ana.password);
    await hub.createUser(ben.name, ben.password);
    await hub.createDatabase(database, { members: [ana.name, ben.name] });
  }

  beforeAll(async () => {
    hub = await startHubServer();
    await setUpHub();
  }, 30_000);
  afterAll(async () => {
    await Promise.all(laptops.map((laptop) => laptop.dispose()));
    await hub?.stop();
  });

  it('gets everything back from the laptops once its admin sets it up again, even what was being sent when it went: both re-send and converge', async () => {
    const keys = [programKey(1)];
    const a = await startLaptop({ hub, database, user: ana, keys });
    const b = await startLaptop({ hub, database, user: ben, keys });
    laptops.push(a, b);
    const [fromAna, fromBen, whileDown] = [randomUUID(), randomUUID(), randomUUID()].map(workshopDocId) as [string, string, string];
    await a.engine.share(fromAna, { by: 'ana' });
    await b.engine.share(fromBen, { by: 'ben' });
    await until('each has the other one', () => a.latest(fromBen) !== undefined && b.latest(fromAna) !== undefined);

    // Mid-exchange: a batch Ana is still sending when the hub goes.
    const batch = Array.from({ length: 20 }, () => workshopDocId(randomUUID()));
    for (const docId of batch) await a.engine.share(docId, { by: 'ana', batch: true });
    await hub.restart();
    await a.engine.share(whileDown, { by: 'ana', while: 'the hub was down' });
    await until('Ana sees the hub is not there for her', () => a.engine.state().kind !== 'up-to-date' && a.engine.state().kind !== 'catching-up');
    await setUpHub();

    const onHub = async () => ((await hub.admin('GET', `/${database}/_all_docs`)) as { rows: { id: string }[] }).rows.map((row) => row.id).sort();
    await until('the hub holds them all again', async () => (await onHub()).length === 23, 10_000);
    expect(await onHub()).toEqual([fromAna, fromBen, whileDown, ...batch].sort());
    await until('Ben has what Ana shared while the hub was down', () => b.latest(whileDown) !== undefined, 10_000);
    await until('both are up to date', () => a.engine.state().kind === 'up-to-date' && b.engine.state().kind === 'up-to-date');
    // Nothing came back as a conflict: the revisions re-sent are the same ones.
    expect([...a.received, ...b.received].every((entry) => entry.context.conflicts.length === 0)).toBe(true);
  }, 20_000);
});
