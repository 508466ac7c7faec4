/**
 * A participant's code corrected on one laptop reaches a laptop that already holds the person, over
 * real replication (pouchdb-server on 127.0.0.1) between whole-service laptops: the new code in its
 * registry and on its attendance roster, and the laptop that received it does not share it back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SealedDocument } from '../../../core/domain/hub/documents';
import { workshopDocumentId } from '../../../core/domain/hub/workshopDocument';
import { until } from '../../support/hubLaptops';
import type { HubServer } from '../../support/hubServer';
import { juvenileHallDraft } from '../planning/harness';
import { closeProgram, joinedLaptop, programOnHub, SERIES_NOW, type HubLaptop } from './hubServiceLaptops';

const DATABASE = 'codes';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-1' };
const PASSPHRASE = 'blue heron at dawn';

/** The code `laptop`'s registry holds for the person. */
async function codeOn(laptop: HubLaptop, participantId: string): Promise<string | undefined> {
  return (await laptop.call('participants.list')).find((view) => view.participant.id === participantId)?.participant.code;
}

/** The codes on the attendance roster of the workshop's first meeting, as `laptop` shows it. */
async function rosterCodes(laptop: HubLaptop, workshopId: string): Promise<string[]> {
  const meetingId = (await laptop.call('workshops.get', { workshopId })).workshop.meetings[0]!.id;
  return (await laptop.call('attendance.get', { workshopId, meetingId })).roster.map((person) => person.code).sort();
}

describe('a participant’s code corrected on one laptop, over the program hub', () => {
  let hub: HubServer;
  let coordinator: HubLaptop;
  let ana: HubLaptop;
  const folders: string[] = [];
  let workshopId = '';
  let participantId = '';

  beforeAll(async () => {
    ({ hub, coordinator } = await programOnHub({ database: DATABASE, name: 'Eastside groups', coordinator: COORDINATOR }));
    const ids: string[] = [];
    for (const code of ['JH-26-014', 'JH-26-020']) ids.push((await coordinator.call('participants.save', { code, initials: 'AB' })).participant.id);
    participantId = ids[0]!;
    workshopId = (await coordinator.call('workshops.create', juvenileHallDraft({ participantIds: ids }))).workshop.id;
    await coordinator.call('hub.share', { workshopId, shared: true });

    ana = await joinedLaptop(coordinator, 'ana', PASSPHRASE, folders);
    await until('ana holds the group', async () => (await codeOn(ana, participantId)) === 'JH-26-014', 20_000);
  }, 120_000);

  afterAll(() => closeProgram(hub, [ana, coordinator], folders));

  it('shows the new code on the other laptop’s registry and roster, and that laptop does not share it back', async () => {
    coordinator.setNow(new Date(SERIES_NOW.getTime() + 60_000));
    await coordinator.call('participants.save', { id: participantId, code: 'JH-26-041', initials: 'AB' });

    await until('ana’s registry has JH-26-041', async () => (await codeOn(ana, participantId)) === 'JH-26-041', 20_000);
    expect(await rosterCodes(ana, workshopId)).toEqual(['JH-26-020', 'JH-26-041']);
    expect((await ana.call('participants.list')).map((view) => view.participant.code).sort()).toEqual(['JH-26-020', 'JH-26-041']);

    // Ana's taking it in is not a change of hers: the hub's document stays at the coordinator's revision.
    const revision = await hubRevision();
    await new Promise((done) => setTimeout(done, 500));
    expect(await hubRevision()).toBe(revision);
    expect(await codeOn(coordinator, participantId)).toBe('JH-26-041');
  }, 60_000);

  async function hubRevision(): Promise<string> {
    return ((await hub.admin('GET', `/${DATABASE}/${encodeURIComponent(workshopDocumentId(workshopId))}`)) as SealedDocument)._rev!;
  }
});
