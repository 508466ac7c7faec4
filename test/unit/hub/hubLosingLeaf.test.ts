import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubServer } from '../../support/hubServer';
import { until } from '../../support/hubLaptops';
import { juvenileHallDraft } from '../planning/harness';
import { closeProgram, joinedLaptop, programOnHub, type HubLaptop } from './hubServiceLaptops';

const DATABASE = 'losing-leaf';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-1' };
const PASSPHRASE = 'blue heron at dawn';
const CODE = 'JH-26-301';

/**
 * A mark made on a laptop whose revision loses on the hub to one that lacks it (another laptop wrote
 * the workshop twice meanwhile, with nothing new: sealed again after a revoke, or shared again).
 */
describe('the program hub and a mark whose revision loses to one that lacks it', () => {
  let hub: HubServer;
  let coordinator: HubLaptop;
  let ana: HubLaptop;
  let workshopId: string;
  const folders: string[] = [];

  async function marksOf(laptop: HubLaptop): Promise<string[]> {
    const view = await laptop.call('workshops.get', { workshopId });
    const marks: string[] = [];
    for (const [index, meeting] of view.workshop.meetings.entries()) {
      const run = await laptop.call('attendance.get', { workshopId, meetingId: meeting.id });
      for (const mark of run.marks) marks.push(`${index + 1} ${mark.statusId}`);
    }
    return marks;
  }
  const upToDate = async (laptop: HubLaptop) => (await laptop.call('hub.status')).sync.kind === 'up-to-date';

  beforeAll(async () => {
    ({ hub, coordinator } = await programOnHub({ database: DATABASE, name: 'Eastside groups', coordinator: COORDINATOR }));
    ana = await joinedLaptop(coordinator, 'ana', PASSPHRASE, folders);
    const person = (await ana.call('participants.save', { code: CODE, initials: 'QX' })).participant.id;
    workshopId = (await ana.call('workshops.create', juvenileHallDraft({ participantIds: [person] }))).workshop.id;
    await ana.call('hub.share', { workshopId, shared: true });
    await until('the coordinator holds the workshop', async () => (await coordinator.call('workshops.list')).some((summary) => summary.id === workshopId));
  }, 60_000);

  afterAll(() => closeProgram(hub, [coordinator, ana], folders));

  it('reaches the hub all the same: the laptop that made it writes it over the winner instead of only removing its own leaf', async () => {
    // Ana marks while the hub does not answer, and closes her laptop: the mark waits in her replica.
    hub.pause();
    try {
      const view = await ana.call('workshops.get', { workshopId });
      const meetingId = view.workshop.meetings[0]!.id;
      const run = await ana.call('attendance.get', { workshopId, meetingId });
      await ana.call('attendance.mark', { workshopId, meetingId, participantId: run.roster[0]!.id, statusId: 'present', confirmPastEdit: true });
      await new Promise((done) => setTimeout(done, 200));
      await ana.close();
    } finally {
      hub.resume();
    }
    // Meanwhile the coordinator writes the workshop twice with nothing new: a longer history, so its revision wins.
    await coordinator.call('hub.share', { workshopId, shared: true });
    await coordinator.call('hub.share', { workshopId, shared: true });
    await coordinator.call('hub.syncNow');
    await until('the coordinator’s revisions are on the hub', () => upToDate(coordinator));
    await coordinator.close();

    // Ana's laptop opens: her revision meets the coordinator's on the hub and loses.
    ana = await ana.reopen();
    expect(await marksOf(ana)).toEqual(['1 present']);
    await until('ana is up to date', () => upToDate(ana), 15_000);

    coordinator = await coordinator.reopen();
    await until('the coordinator shows ana’s mark', async () => JSON.stringify(await marksOf(coordinator)) === JSON.stringify(['1 present']), 15_000).catch(
      async (error: unknown) => {
        throw new Error(`${(error as Error).message}; shown: ${(await marksOf(coordinator)).join(' / ')}`);
      },
    );
  }, 60_000);
});
