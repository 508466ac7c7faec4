import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpProgramDatabase, startHubServer, type HubServer } from '../../support/hubServer';
import { until } from '../../support/hubLaptops';
import { juvenileHallDraft } from '../planning/harness';
import { hubLaptop, joinFileTarget, type HubLaptop } from './hubServiceLaptops';

const DATABASE = 'eastside';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-1' };
const PASSPHRASE = 'blue heron at dawn';
const CODES = ['JH-26-101', 'JH-26-102', 'JH-26-103'];
const SESSION_NOTE = 'Talked about the trip to the beach';

/** The attendance grid as a person reads it: each meeting's marks by program code (ids differ between laptops). */
async function grid(laptop: HubLaptop, workshopId: string): Promise<string[]> {
  const view = await laptop.call('workshops.get', { workshopId });
  const cells: string[] = [];
  for (const [index, meeting] of view.workshop.meetings.entries()) {
    const run = await laptop.call('attendance.get', { workshopId, meetingId: meeting.id });
    const codeOf = new Map(run.roster.map((person) => [person.id, person.code]));
    for (const mark of run.marks) cells.push(`${index + 1} ${codeOf.get(mark.participantId)} ${mark.statusId}`);
  }
  return cells.sort();
}

async function holds(laptop: HubLaptop, workshopId: string): Promise<boolean> {
  return (await laptop.call('workshops.list')).some((summary) => summary.id === workshopId);
}

/** Marks the person with `code` at meeting `index` (0-based) on `laptop`. */
async function mark(laptop: HubLaptop, workshopId: string, index: number, code: string, statusId: string | null): Promise<void> {
  const view = await laptop.call('workshops.get', { workshopId });
  const meetingId = view.workshop.meetings[index]!.id;
  const run = await laptop.call('attendance.get', { workshopId, meetingId });
  const participantId = run.roster.find((person) => person.code === code)!.id;
  await laptop.call('attendance.mark', { workshopId, meetingId, participantId, statusId, confirmPastEdit: true });
}

describe('the program hub through the app’s channels: a coordinator and two facilitators, each in their own data folder', () => {
  let hub: HubServer;
  let coordinator: HubLaptop;
  let ana: HubLaptop;
  let ben: HubLaptop;
  let workshopId: string;
  const everyone = () => [coordinator, ana, ben];
  const folders: string[] = [];

  async function joined(userName: string): Promise<HubLaptop> {
    const { path: target, folder } = await joinFileTarget(userName);
    folders.push(folder);
    coordinator.host.nextSaveTarget = target;
    const made = await coordinator.call('hub.makeJoinFile', { userName, passphrase: PASSPHRASE });
    expect(made).toMatchObject({ status: 'saved', path: target });
    const laptop = await hubLaptop(userName);
    laptop.host.nextOpenFile = target;
    const result = await laptop.call('hub.join', { passphrase: PASSPHRASE });
    expect(result.status).toBe('joined');
    return laptop;
  }

  async function sameGridEverywhere(expected: string[], laptops = everyone()): Promise<void> {
    const shown = async () =>
      (
        await Promise.all(
          laptops.map(async (laptop) => `${laptop.name}: ${(await holds(laptop, workshopId)) ? (await grid(laptop, workshopId)).join(' / ') : 'none'}`),
        )
      ).join('; ');
    await until(
      `${laptops.map((laptop) => laptop.name).join(', ')} show ${expected.join(' / ')}`,
      async () => {
        for (const laptop of laptops) {
          if (!(await holds(laptop, workshopId))) return false;
          if (JSON.stringify(await grid(laptop, workshopId)) !== JSON.stringify(expected)) return false;
        }
        return true;
      },
      15_000,
    ).catch(async (error: unknown) => {
      throw new Error(`${(error as Error).message}; shown: ${await shown()}`);
    });
  }

  beforeAll(async () => {
    hub = await startHubServer();
    await setUpProgramDatabase(hub, DATABASE, COORDINATOR);
    coordinator = await hubLaptop('coordinator');
    await coordinator.call('hub.saveSettings', { address: hub.origin, database: DATABASE, userName: COORDINATOR.name, password: COORDINATOR.password });
    await coordinator.call('hub.createProgram', { name: 'Eastside groups' });
    ana = await joined('ana');
    ben = await joined('ben');
  }, 60_000);

  afterAll(async () => {
    for (const laptop of [coordinator, ana, ben]) await laptop?.close();
    await hub?.stop();
    const dirs = [...folders, ...[coordinator, ana, ben].filter(Boolean).map((laptop) => laptop.dir)];
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('shows the program to each laptop, the coordinator with both facilitators joined, and never the password', async () => {
    const status = await coordinator.call('hub.status');
    expect(status.program).toMatchObject({ name: 'Eastside groups', role: 'coordinator', epoch: 1 });
    // Each facilitator's member document reaches the coordinator's laptop with its next exchange.
    const members = async () => JSON.stringify((await coordinator.call('hub.status')).members?.map((member) => [member.userName, member.state]));
    await until(
      'the coordinator sees both facilitators joined',
      async () =>
        (await members()) ===
        JSON.stringify([
          ['maria', 'joined'],
          ['ana', 'joined'],
          ['ben', 'joined'],
        ]),
    );
    expect((await ana.call('hub.status')).program).toMatchObject({ name: 'Eastside groups', role: 'facilitator' });
    expect(await ana.call('hub.settings')).toEqual({ address: hub.origin, database: DATABASE, userName: 'ana', passwordSet: true });
    expect(JSON.stringify(await coordinator.call('hub.settings'))).not.toContain(COORDINATOR.password);
  });

  it('a five-week series planned and shared on one laptop reaches the other two; a mark made while the hub is frozen arrives once it is back', async () => {
    const ids = [];
    for (const code of CODES) ids.push((await ana.call('participants.save', { code, initials: 'QX' })).participant.id);
    const view = await ana.call('workshops.create', juvenileHallDraft({ participantIds: ids }));
    workshopId = view.workshop.id;
    await mark(ana, workshopId, 0, CODES[0]!, 'present');
    expect(await ana.call('hub.share', { workshopId, shared: true })).toEqual({ workshopId, shared: true });
    await sameGridEverywhere([`1 ${CODES[0]} present`]);
    expect((await ben.call('workshops.get', { workshopId })).workshop.meetings).toHaveLength(10);
    expect(await ben.call('hub.sharing', { workshopId })).toEqual({ workshopId, shared: true });

    hub.pause();
    try {
      await mark(ben, workshopId, 0, CODES[1]!, 'absent');
      await until('ben sees the hub offline', async () => (await ben.call('hub.status')).sync.kind === 'offline', 10_000);
    } finally {
      hub.resume();
    }
    ben.call('hub.syncNow').catch(() => undefined);
    await sameGridEverywhere([`1 ${CODES[0]} present`, `1 ${CODES[1]} absent`]);
    await until('everyone is up to date', async () => {
      for (const laptop of everyone()) if ((await laptop.call('hub.status')).sync.kind !== 'up-to-date') return false;
      return true;
    });
  }, 60_000);

  it('the same mark changed two ways offline is one decision; decided on one laptop, every laptop shows the choice and nothing else is lost', async () => {
    ana.setNow(new Date('2027-04-05T19:10:00.000Z'));
    ben.setNow(new Date('2027-04-05T19:20:00.000Z'));
    hub.pause();
    try {
      await mark(ana, workshopId, 1, CODES[2]!, 'present');
      await mark(ben, workshopId, 1, CODES[2]!, 'excused');
      // Marks on different people merge by themselves.
      await mark(ana, workshopId, 2, CODES[0]!, 'present');
      await mark(ben, workshopId, 2, CODES[1]!, 'present');
      await new Promise((done) => setTimeout(done, 200));
    } finally {
      hub.resume();
    }
    void ana.call('hub.syncNow');
    void ben.call('hub.syncNow');
    let decider: HubLaptop | undefined;
    await until(
      'a laptop lists the decision',
      async () => {
        for (const laptop of [ana, ben]) if ((await laptop.call('hub.decisions')).length > 0) decider = laptop;
        return decider !== undefined;
      },
      15_000,
    );
    const decisions = await decider!.call('hub.decisions');
    expect(decisions).toHaveLength(1);
    const [decision] = decisions;
    expect(decision!.workshopId).toBe(workshopId);
    expect((await decider!.call('hub.status')).sync).toEqual({ kind: 'needs-you', why: 'decisions' });
    const sides = [decision!.kept, decision!.other];
    // Each side is worded with its status's label: ben's says "Excused absence".
    const excused = sides.find((side) => /excused/i.test(JSON.stringify(side.value)));
    expect(sides.filter((side) => side === excused)).toHaveLength(1);

    expect(await decider!.call('hub.decide', { workshopId, choices: { [decision!.id]: excused!.revision } })).toEqual([]);
    const expected = [`1 ${CODES[0]} present`, `1 ${CODES[1]} absent`, `2 ${CODES[2]} excused`, `3 ${CODES[0]} present`, `3 ${CODES[1]} present`].sort();
    await sameGridEverywhere(expected);
    await until('no decision waits anywhere', async () => {
      for (const laptop of everyone()) if ((await laptop.call('hub.decisions')).length > 0) return false;
      return true;
    });
  }, 60_000);

  it('a revoked facilitator gets nothing new, and is told so; the others carry on under the new key', async () => {
    const status = await coordinator.call('hub.revoke', { userName: 'ben' });
    expect(status.program?.epoch).toBe(2);
    await mark(ana, workshopId, 3, CODES[0]!, 'present');
    const withNewMark = [...(await grid(coordinator, workshopId)), `4 ${CODES[0]} present`].sort();
    await until('ana has the new key', async () => (await ana.call('hub.status')).program?.epoch === 2, 15_000);
    await sameGridEverywhere(withNewMark, [coordinator, ana]);
    await ben.call('hub.syncNow');
    await until(
      'ben is told he is out',
      async () => JSON.stringify((await ben.call('hub.status')).sync) === JSON.stringify({ kind: 'needs-you', why: 'revoked' }),
    );
    expect(await grid(ben, workshopId)).not.toContain(`4 ${CODES[0]} present`);
  }, 60_000);

  it('the hub’s stored documents hold no participant code, title or note', async () => {
    await ana.call('run.notes', await notesInput(ana));
    await until('the note is shared', async () => (await ana.call('hub.status')).sync.kind === 'up-to-date');
    const everything = JSON.stringify(await hub.admin('GET', `/${DATABASE}/_all_docs?include_docs=true&conflicts=true`));
    const leaves = JSON.stringify(await hub.admin('GET', `/${DATABASE}/${encodeURIComponent(`workshop:${workshopId}`)}?open_revs=all&revs=true`));
    expect(everything).toContain(`workshop:${workshopId}`);
    for (const secret of [...CODES, 'Knowing Your Worth', 'Unit B', SESSION_NOTE]) {
      expect(everything).not.toContain(secret);
      expect(leaves).not.toContain(secret);
    }
  }, 30_000);

  it('a laptop closed (locked or quit) catches up when it opens again: what was marked meanwhile arrives', async () => {
    const before = await grid(coordinator, workshopId);
    await coordinator.close();
    await mark(ana, workshopId, 4, CODES[1]!, 'absent');
    coordinator = await coordinator.reopen();
    await sameGridEverywhere([...before, `5 ${CODES[1]} absent`].sort(), [coordinator, ana]);
    expect((await coordinator.call('hub.status')).program).toMatchObject({ name: 'Eastside groups', epoch: 2 });
  }, 60_000);

  it('the revoked laptop leaves the program without keeping its copies: what came from the program goes, the hub is off', async () => {
    const left = await ben.call('hub.leave', { keepCopies: false });
    expect(left.deletedWorkshops).toBe(1);
    expect(left.hub).toEqual({ sync: { kind: 'off' }, pendingDecisions: 0 });
    expect(await holds(ben, workshopId)).toBe(false);
    expect(await ben.call('hub.settings')).toBeNull();
  }, 30_000);

  async function notesInput(laptop: HubLaptop) {
    const view = await laptop.call('workshops.get', { workshopId });
    const meetingId = view.workshop.meetings.at(-1)!.id;
    // During the last meeting (Thursday 2027-04-01, 15:30 in Los Angeles).
    laptop.setNow(new Date('2027-04-01T22:40:00.000Z'));
    await laptop.call('run.start', { workshopId, meetingId });
    return { workshopId, meetingId, notes: SESSION_NOTE };
  }
});
