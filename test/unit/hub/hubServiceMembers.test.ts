import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpProgramDatabase, startHubServer, type HubServer } from '../../support/hubServer';
import { FAST_TIMING, until } from '../../support/hubLaptops';
import { hubLaptop, joinFileTarget, type HubLaptop } from './hubServiceLaptops';

const DATABASE = 'westside';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-1' };
const PASSPHRASE = 'blue heron at dawn';

describe('the coordinator’s list of members, through the app’s channels and real replication', () => {
  let hub: HubServer;
  let coordinator: HubLaptop;
  let ana: HubLaptop | undefined;
  const folders: string[] = [];

  const membersOf = async (laptop: HubLaptop) => (await laptop.call('hub.status')).members?.map((member) => `${member.userName} ${member.state}`);

  beforeAll(async () => {
    hub = await startHubServer();
    await setUpProgramDatabase(hub, DATABASE, COORDINATOR);
    coordinator = await hubLaptop('coordinator');
    await coordinator.call('hub.saveSettings', { address: hub.origin, database: DATABASE, userName: COORDINATOR.name, password: COORDINATOR.password });
    await coordinator.call('hub.createProgram', { name: 'Westside groups' });
  }, 60_000);

  afterAll(async () => {
    hub?.resume();
    for (const laptop of [coordinator, ana]) await laptop?.close();
    await hub?.stop();
    await Promise.all([...folders, coordinator?.dir, ana?.dir].filter((dir) => dir !== undefined).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('says a facilitator has joined within one sync of their laptop joining, and answers from the list last read while the hub is frozen', async () => {
    const { path, folder } = await joinFileTarget('ana');
    folders.push(folder);
    coordinator.host.nextSaveTarget = path;
    const made = await coordinator.call('hub.makeJoinFile', { userName: 'ana', passphrase: PASSPHRASE });
    expect(made.status === 'saved' && made.hub.members?.map((member) => `${member.userName} ${member.state}`)).toEqual(['maria joined', 'ana invited']);

    ana = await hubLaptop('ana');
    ana.host.nextOpenFile = path;
    expect((await ana.call('hub.join', { passphrase: PASSPHRASE })).status).toBe('joined');
    // Ana's member document reaches the coordinator's laptop with the next exchange (the hub's longpoll wakes it).
    await until(
      'the coordinator sees Ana joined',
      async () => JSON.stringify(await membersOf(coordinator)) === JSON.stringify(['maria joined', 'ana joined']),
      2 * FAST_TIMING.pollMs + 2_000,
    );

    hub.pause();
    try {
      const asked = Date.now();
      expect(await membersOf(coordinator)).toEqual(['maria joined', 'ana joined']);
      // The status does not wait on a hub that does not answer.
      expect(Date.now() - asked).toBeLessThan(1_000);
    } finally {
      hub.resume();
    }
  }, 60_000);
});
