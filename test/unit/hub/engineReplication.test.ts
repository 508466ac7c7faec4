import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../../core/domain/bundles/format';
import { LISTS_DOC_ID, memberDocId, workshopDocId } from '../../../core/domain/hub/documents';
import { startHubServer, type HubServer } from '../../support/hubServer';
import type { IncomingContext, ProgramKey } from '../../../electron/services/hub/engine';
import { programKey, startLaptop, TEST_NOW, until, type Laptop, type LaptopOptions, type Received } from '../../support/hubLaptops';

describe('the hub engine, two laptops against a real hub', () => {
  let hub: HubServer;
  const laptops: Laptop[] = [];

  beforeAll(async () => {
    hub = await startHubServer();
  }, 30_000);
  afterEach(async () => {
    hub.resume();
    await Promise.all(laptops.splice(0).map((laptop) => laptop.dispose()));
  });
  afterAll(() => hub?.stop());

  /** A fresh program database with two members of its own, Ana and Ben, and a laptop for each. */
  async function program(options: { benKeys?: ProgramKey[]; ana?: Partial<LaptopOptions>; ben?: Partial<LaptopOptions> } = {}) {
    const suffix = randomUUID().slice(0, 8);
    const database = `program-${suffix}`;
    const ana = { name: `ana-${suffix}`, password: 'pw-ana' };
    const ben = { name: `ben-${suffix}`, password: 'pw-ben' };
    await hub.createUser(ana.name, ana.password);
    await hub.createUser(ben.name, ben.password);
    await hub.createDatabase(database, { members: [ana.name, ben.name] });
    const keys = [programKey(1)];
    const anaLaptop = await startLaptop({ hub, database, user: ana, keys, ...options.ana });
    const benLaptop = await startLaptop({ hub, database, user: ben, keys: options.benKeys ?? keys, ...options.ben });
    laptops.push(anaLaptop, benLaptop);
    return { database, keys, users: { ana, ben }, ana: anaLaptop, ben: benLaptop };
  }

  /** Quits `laptop` and starts it again on its data folder. */
  async function restart(laptop: Laptop): Promise<Laptop> {
    const again = await laptop.restart();
    laptops.splice(laptops.indexOf(laptop), 1, again);
    return again;
  }

  const bodyOf = (laptop: Laptop, docId: string) => JSON.stringify(laptop.latest(docId)?.body);

  /** Shares a document from `a`, then both change it while the hub is frozen; resolves once `a` has heard of the conflict. */
  async function conflictMadeOffline(a: Laptop, b: Laptop, docId: string) {
    await a.engine.share(docId, { m1: 'present' });
    await until('Ben has the first version', () => b.latest(docId) !== undefined);
    hub.pause();
    await a.engine.share(docId, { m1: 'late' });
    await b.engine.share(docId, { m1: 'excused' });
    hub.resume();
    await until('Ana hears of the conflict', () => a.latest(docId)?.context.conflicts.length === 1);
    return a.latest(docId)!;
  }

  /** `a` decides the conflict it heard of with `merged`; then Ben has that with no conflict, and the hub one leaf. */
  async function decide(a: Laptop, b: Laptop, database: string, docId: string, heard: { context: IncomingContext }, merged: object) {
    await a.engine.resolve(
      docId,
      merged,
      heard.context.conflicts.map((conflict) => conflict.rev),
    );
    await until('Ben has the decision, with no conflict left', () => bodyOf(b, docId) === JSON.stringify(merged));
    expect(b.latest(docId)?.context.conflicts).toEqual([]);
    await until('the hub holds one leaf', async () => (await liveLeavesOnHub(database, docId)) === 1);
  }

  /** How many leaves of the document the hub holds that are not deleted. */
  async function liveLeavesOnHub(database: string, docId: string): Promise<number> {
    const leaves = (await hub.admin('GET', `/${database}/${encodeURIComponent(docId)}?open_revs=all`)) as { ok?: { _deleted?: boolean } }[];
    return leaves.filter((leaf) => leaf.ok !== undefined && leaf.ok._deleted !== true).length;
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

  it('takes in again, at the next exchange, a document whose taking in failed here (a write that did not go through)', async () => {
    let failures = 1;
    const { ana: a, ben: b } = await program({
      ben: {
        onIncoming: async () => {
          if (failures-- > 0) throw new Error('EIO: the workshop file did not write');
        },
      },
    });
    const docId = workshopDocId(randomUUID());
    await a.engine.share(docId, { marks: ['present'] });
    await until('Ben tried to take it in once', () => failures < 0 || b.latest(docId) !== undefined);
    // Nothing new on the hub, no wake, no new key: the next exchange alone brings it in.
    await b.engine.syncNow();
    await until('Ben has it', () => b.latest(docId) !== undefined);
    expect(b.latest(docId)?.body).toEqual({ marks: ['present'] });
  });

  it('takes in a first sync of many documents a few at a time, and every one of them even when the disk fills up partway', async () => {
    let inFlight = 0;
    let mostAtOnce = 0;
    let refusals = 4;
    const { ana: a, ben: b } = await program({
      ben: {
        onIncoming: async () => {
          inFlight += 1;
          mostAtOnce = Math.max(mostAtOnce, inFlight);
          // Its durable write takes a moment.
          await new Promise((done) => setTimeout(done, 15));
          inFlight -= 1;
        },
        mirror: (mirror) => ({
          ...mirror,
          write: async (document) => {
            if (refusals-- > 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            await mirror.write(document);
          },
        }),
      },
    });
    const docIds = Array.from({ length: 12 }, () => workshopDocId(randomUUID()));
    await b.quit();
    for (const [index, docId] of docIds.entries()) await a.engine.share(docId, { group: index });
    await until('the hub has them all', async () => (await a.engine.state()).kind === 'up-to-date');

    const again = await restart(b);
    await until('Ben tried them all', () => new Set(again.received.map((entry) => entry.docId)).size === docIds.length || refusals < 0);
    // The disk has room again: the next exchange takes in what was left.
    await again.engine.syncNow();
    await until('Ben has every document', () => docIds.every((docId) => again.latest(docId) !== undefined));
    const handedOver = again.received.filter((entry) => docIds.includes(entry.docId)).map((entry) => entry.docId);
    expect(handedOver.sort()).toEqual([...docIds].sort());
    expect(mostAtOnce).toBeGreaterThan(1);
    expect(mostAtOnce).toBeLessThanOrEqual(4);
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

  it('hands over two offline edits of one document as a conflict, keeps the losing one on the hub until resolved, then leaves one leaf everywhere', async () => {
    const { database, ana: a, ben: b } = await program();
    const docId = workshopDocId(randomUUID());
    const heard = await conflictMadeOffline(a, b, docId);
    await until('Ben hears of it too', () => b.latest(docId)?.context.conflicts.length === 1);
    expect([heard.body, ...heard.context.conflicts.map((conflict) => conflict.body)]).toEqual(expect.arrayContaining([{ m1: 'late' }, { m1: 'excused' }]));
    expect(await liveLeavesOnHub(database, docId)).toBe(2);

    await decide(a, b, database, docId, heard, { m1: 'excused', decidedBy: 'ana' });
  });

  it('reads nothing with a wrong program key: hands nothing over, says it needs you, and takes it in once given the right key', async () => {
    const { keys, ana: a, ben: b } = await program({ benKeys: [programKey(1)] });
    const docId = workshopDocId(randomUUID());
    await a.engine.share(docId, { m1: 'present' });

    await until('Ben is told the key does not open what came', () => b.engine.state().kind === 'needs-you');
    expect(b.engine.state()).toEqual({ kind: 'needs-you', why: 'wrong-key' });
    expect(b.received).toEqual([]);

    b.engine.setProgramKeys(keys);
    await until('Ben takes it in with the right key', () => b.latest(docId) !== undefined);
    expect(b.latest(docId)?.body).toEqual({ m1: 'present' });
    await until('Ben is up to date', () => b.engine.state().kind === 'up-to-date');
  });

  it('never writes over a revision it has not taken in (one sealed under a key it lacks): the two stay side by side, both handed over once it can read them', async () => {
    const { keys, ana: a, ben: b } = await program();
    const docId = workshopDocId(randomUUID());
    await a.engine.share(docId, { m1: 'present' });
    await until('Ben takes in the first version', () => b.latest(docId) !== undefined);
    // Ana moves to a new key Ben does not hold yet, and marks someone.
    const next = programKey(2);
    a.engine.setProgramKeys([...keys, next]);
    await a.engine.share(docId, { m1: 'present', m2: 'late' });
    await until('Ben is told a document does not open', () => b.engine.state().kind === 'needs-you');
    // Ben marks someone else, on the version he holds.
    await b.engine.share(docId, { m1: 'present', m3: 'excused' });

    b.engine.setProgramKeys([...keys, next]);
    const bothSides = (heard: Received | undefined) =>
      [heard?.body, ...(heard?.context.conflicts.map((conflict) => conflict.body) ?? [])].map((body) => JSON.stringify(body)).sort();
    const expected = [JSON.stringify({ m1: 'present', m2: 'late' }), JSON.stringify({ m1: 'present', m3: 'excused' })].sort();
    await until('Ben is handed both versions', () => JSON.stringify(bothSides(b.latest(docId))) === JSON.stringify(expected));
    await until('Ana is handed both versions', () => JSON.stringify(bothSides(a.latest(docId))) === JSON.stringify(expected));
  });

  it('leaves on the hub a workshop larger than the largest bundle the app imports: nothing handed over, no key blamed, what comes next arrives', async () => {
    const { ana: a, ben: b } = await program();
    const tooLarge = workshopDocId(randomUUID());
    await a.engine.share(tooLarge, { padding: 'x'.repeat(MAX_BUNDLE_BYTES) });
    const next = workshopDocId(randomUUID());
    await a.engine.share(next, { m1: 'present' });
    await until('Ben takes in the next workshop', () => b.latest(next) !== undefined);
    await until('Ben is up to date', () => b.engine.state().kind === 'up-to-date');
    expect(b.latest(tooLarge)).toBeUndefined();
  });

  it('says it needs you when the hub no longer counts the laptop a member, or refuses its password; a removed member gets nothing new', async () => {
    const { database, users, ana: a, ben: b } = await program();
    await until('both are up to date', () => a.engine.state().kind === 'up-to-date' && b.engine.state().kind === 'up-to-date');

    await hub.admin('PUT', `/${database}/_security`, { admins: { names: [], roles: [] }, members: { names: [users.ana.name], roles: ['_admin'] } });
    const docId = workshopDocId(randomUUID());
    await a.engine.share(docId, { m1: 'present' });
    await b.engine.syncNow();
    await until('Ben is told he is no longer a member', () => b.engine.state().kind === 'needs-you');
    expect(b.engine.state()).toEqual({ kind: 'needs-you', why: 'revoked' });
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(b.latest(docId)).toBeUndefined();

    await hub.admin('PUT', `/_users/org.couchdb.user:${users.ana.name}`, {
      ...((await hub.admin('GET', `/_users/org.couchdb.user:${users.ana.name}`)) as object),
      password: 'changed elsewhere',
    });
    await a.engine.syncNow();
    await until('Ana is told her password is refused', () => a.engine.state().kind === 'needs-you');
    expect(a.engine.state()).toEqual({ kind: 'needs-you', why: 'refused-password' });
  });

  it('keeps a change made offline across a restart and sends it when the hub is back: no conflict, nothing handed back', async () => {
    const { ana, ben: b } = await program();
    const docId = workshopDocId(randomUUID());
    await ana.engine.share(docId, { m1: 'present' });
    await until('Ben has the first version', () => b.latest(docId) !== undefined);

    hub.pause();
    await ana.engine.share(docId, { m1: 'absent' });
    const a = await restart(ana);
    hub.resume();

    await until('Ben has the change Ana made before she quit', () => bodyOf(b, docId) === JSON.stringify({ m1: 'absent' }));
    expect(b.latest(docId)?.context.conflicts).toEqual([]);
    await a.engine.syncNow();
    expect(a.received).toEqual([]);
  });

  it('hands a document over again at the next start when taking it in failed before the app quit', async () => {
    let failOnce = true;
    const { ana: a, ben } = await program({
      ben: {
        onIncoming: async () => {
          if (!failOnce) return;
          failOnce = false;
          throw new Error('the store was busy');
        },
      },
    });
    const docId = workshopDocId(randomUUID());
    await a.engine.share(docId, { m1: 'present' });
    await until('Ben was handed it once (and failed)', () => !failOnce);
    expect(ben.latest(docId)).toBeUndefined();

    const b = await restart(ben);
    await until('Ben is handed it again after the restart', () => b.latest(docId) !== undefined);
    expect(b.latest(docId)?.body).toEqual({ m1: 'present' });
  });

  it('keeps an undecided conflict across a restart (both leaves, not handed over again) and resolves it after', async () => {
    const { database, ana, ben: b } = await program();
    const docId = workshopDocId(randomUUID());
    const heard = await conflictMadeOffline(ana, b, docId);

    const a = await restart(ana);
    await a.engine.syncNow();
    expect(a.received).toEqual([]);
    await decide(a, b, database, docId, heard, { m1: 'late', decidedBy: 'ana' });
  });

  it('tries the hub at once on wake() (after sleep), without waiting out its back-off', async () => {
    // Ana's laptop waits a minute after a failure: only wake() can bring it back within the test.
    const { ana: slow, ben: b } = await program({ ana: { timing: { retryMinMs: 60_000, retryMaxMs: 60_000 } } });

    hub.pause();
    const docId = workshopDocId(randomUUID());
    await slow.engine.share(docId, { m1: 'present' });
    await until('Ana is offline', () => slow.engine.state().kind === 'offline');
    hub.resume();
    slow.engine.wake();
    await until('Ben has what Ana shared before the laptop slept', () => b.latest(docId) !== undefined, 5_000);
    await until('Ana is up to date', () => slow.engine.state().kind === 'up-to-date', 5_000);
  });

  it('after a re-key, seals under the new epoch, which a laptop holding only the old key cannot read until given it', async () => {
    const { keys, ana: a, ben: b } = await program();
    const next = programKey(2);
    a.engine.setProgramKeys([...keys, next]);
    const newKeyFor = memberDocId('ben');
    const docId = workshopDocId(randomUUID());
    // What carries the new key to Ben is sealed under the key he holds; everything else under the new one.
    await a.engine.share(newKeyFor, { wrapped: 'the new key, for Ben' }, { key: keys[0] });
    await a.engine.share(docId, { m1: 'present' });

    await until('Ben reads his member document', () => b.latest(newKeyFor) !== undefined);
    await until('Ben is told a document does not open', () => b.engine.state().kind === 'needs-you');
    expect(b.latest(docId)).toBeUndefined();
    b.engine.setProgramKeys([...keys, next]);
    await until('Ben reads the workshop with the new key', () => b.latest(docId) !== undefined);
  });

  it('starts over from the hub when the mirror is lost: hands everything over again, and goes on sharing without a conflict', async () => {
    const { ana, ben: b } = await program();
    const docId = workshopDocId(randomUUID());
    await ana.engine.share(docId, { m1: 'present' });
    await until('Ben has it', () => b.latest(docId) !== undefined);
    await ana.quit();
    await rm(join(ana.dir, 'hub'), { recursive: true, force: true });

    const a = await restart(ana);
    await until('Ana is handed the workshop back from the hub', () => a.latest(docId) !== undefined);
    expect(a.latest(docId)?.body).toEqual({ m1: 'present' });
    await a.engine.share(docId, { m1: 'late' });
    await until('Ben has the change', () => bodyOf(b, docId) === JSON.stringify({ m1: 'late' }));
    expect(b.latest(docId)?.context.conflicts).toEqual([]);
  });
});
