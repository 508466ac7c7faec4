import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubServer } from '../../support/hubServer';
import { until } from '../../support/hubLaptops';
import { juvenileHallDraft } from '../planning/harness';
import { closeProgram, joinedLaptop, programOnHub, type HubLaptop } from './hubServiceLaptops';

const DATABASE = 'ties';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-1' };
const PASSPHRASE = 'blue heron at dawn';

/** A workshop's title (a field merged two ways, with no history) changed on the laptops of one program. */
describe('the program hub and a workshop’s title changed on its laptops', () => {
  let hub: HubServer;
  let coordinator: HubLaptop;
  let ana: HubLaptop;
  let ben: HubLaptop;
  let workshopId: string;
  const everyone = () => [coordinator, ana, ben];
  const folders: string[] = [];

  async function retitle(laptop: HubLaptop, title: string): Promise<void> {
    const { workshop } = await laptop.call('workshops.get', { workshopId });
    await laptop.call('workshops.update', {
      workshopId,
      title,
      audience: workshop.audience,
      facilitators: workshop.facilitators.map(({ facilitatorId, roles }) => ({ facilitatorId, roles })),
      timeZone: workshop.timeZone,
    });
  }

  const titles = async () => Promise.all(everyone().map(async (laptop) => (await laptop.call('workshops.get', { workshopId })).workshop.title));
  /** The decisions each laptop lists, as the list shows them: what, the two values, the side kept and the newer one. */
  const decisionsOf = async (laptop: HubLaptop) =>
    (await laptop.call('hub.decisions')).map((decision) => ({
      id: decision.id,
      label: decision.label,
      kept: decision.kept,
      other: decision.other,
      newer: decision.newer,
    }));

  beforeAll(async () => {
    ({ hub, coordinator } = await programOnHub({ database: DATABASE, name: 'Eastside groups', coordinator: COORDINATOR }));
    ana = await joinedLaptop(coordinator, 'ana', PASSPHRASE, folders);
    ben = await joinedLaptop(coordinator, 'ben', PASSPHRASE, folders);
    const people = [];
    for (const code of ['JH-26-201', 'JH-26-202']) people.push((await ana.call('participants.save', { code, initials: 'QX' })).participant.id);
    workshopId = (await ana.call('workshops.create', juvenileHallDraft({ participantIds: people }))).workshop.id;
    await ana.call('hub.share', { workshopId, shared: true });
    await until('every laptop holds the shared workshop', async () => {
      for (const laptop of everyone()) if (!(await laptop.call('workshops.list')).some((summary) => summary.id === workshopId)) return false;
      return true;
    });
  }, 60_000);

  afterAll(() => closeProgram(hub, [coordinator, ana, ben], folders));

  it('a title changed on one laptop reaches the other laptop and the coordinator, with nothing to decide', async () => {
    ben.setNow(new Date('2027-04-05T19:05:00.000Z'));
    await retitle(ben, 'Knowing your worth (Tuesdays)');
    await until('every laptop shows the new title', async () => (await titles()).every((title) => title === 'Knowing your worth (Tuesdays)'), 15_000);
    for (const laptop of everyone()) expect(await decisionsOf(laptop)).toEqual([]);
  }, 60_000);

  it('changed on two laptops at the same recorded time: one decision listed the same way everywhere; decided, every laptop and the coordinator show the same title', async () => {
    const tied = new Date('2027-04-05T19:30:00.000Z');
    for (const laptop of everyone()) laptop.setNow(tied);
    hub.pause();
    try {
      await retitle(ana, 'Healthy relationships (Unit A)');
      await retitle(ben, 'Healthy relationships (Unit B)');
      await new Promise((done) => setTimeout(done, 200));
    } finally {
      hub.resume();
    }
    void ana.call('hub.syncNow');
    void ben.call('hub.syncNow');
    await until(
      'every laptop lists the title decision',
      async () => {
        for (const laptop of everyone()) if ((await decisionsOf(laptop)).length === 0) return false;
        return true;
      },
      15_000,
    );
    const listed = await decisionsOf(ana);
    expect(listed).toHaveLength(1);
    expect(listed[0]!.label).toEqual({ code: 'change-title' });
    expect(await decisionsOf(ben)).toEqual(listed);
    expect(await decisionsOf(coordinator)).toEqual(listed);
    // Meanwhile the coordinator, which wrote neither, shows the side the decision keeps.
    expect((await titles())[0]).toEqual((listed[0]!.kept.value as { params: { text: string } }).params.text);

    const [decision] = listed;
    expect(await ben.call('hub.decide', { workshopId, choices: { [decision!.id]: decision!.newer } })).toEqual([]);
    const chosen = ((decision!.newer === decision!.kept.revision ? decision!.kept : decision!.other).value as { params: { text: string } }).params.text;
    await until(`every laptop shows ${chosen}`, async () => (await titles()).every((title) => title === chosen), 15_000).catch(async (error: unknown) => {
      throw new Error(`${(error as Error).message}; shown: ${(await titles()).join(' / ')}`);
    });
    await until('no decision waits anywhere', async () => {
      for (const laptop of everyone()) if ((await decisionsOf(laptop)).length > 0) return false;
      return true;
    });
  }, 60_000);
});
