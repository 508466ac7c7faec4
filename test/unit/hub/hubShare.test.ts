/**
 * What a laptop shares with the program, and when (issue 20), through the app's channels over real
 * replication (pouchdb-server on 127.0.0.1): a first sync lists the workshops it receives as shared
 * in one durable write per batch, before any of them is written here, so a crash in between loses
 * nothing.
 */
import { readFile, rm } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageFileSystem } from '../../../electron/storage/fs/fileSystem';
import { nodeFileSystem } from '../../../electron/storage/fs/nodeFileSystem';
import { HUB_MEMBERSHIP_FILE, HUB_MIRROR_DIR } from '../../../electron/storage';
import type { SealedDocument } from '../../../core/domain/hub/documents';
import { openBody } from '../../../electron/services/hub/engine';
import { until } from '../../support/hubLaptops';
import { setUpProgramDatabase, startHubServer, type HubServer } from '../../support/hubServer';
import { juvenileHallDraft } from '../planning/harness';
import { hubLaptop, joinFileTarget, type HubLaptop } from './hubServiceLaptops';

const DATABASE = 'eastside';
const COORDINATOR = { name: 'maria', password: 'coordinator-password-1' };
const PASSPHRASE = 'blue heron at dawn';
const GROUPS = 24;

/**
 * The real file system, recording how many workshops each durable write of the membership file
 * that changes the shared list lists as shared (the program's lists are kept in the same file), and failing every workshop write while `failWorkshopWrites` is on (a laptop that
 * dies between listing a batch as shared and writing its workshops).
 */
function recordingFileSystem() {
  const sharedCounts: number[] = [];
  let lastShared = '[]';
  const control = { failWorkshopWrites: false };
  const isWorkshopFile = (path: string) => path.includes(`${sep}workshops${sep}`);
  const fileSystem: StorageFileSystem = {
    ...nodeFileSystem,
    async open(path, flags, mode) {
      if (control.failWorkshopWrites && flags !== 'r' && isWorkshopFile(path)) throw Object.assign(new Error(`EIO: ${path}`), { code: 'EIO' });
      return nodeFileSystem.open(path, flags, mode);
    },
    async rename(from, to) {
      if (basename(to) === HUB_MEMBERSHIP_FILE) {
        const shared = (JSON.parse(await readFile(from, 'utf8')) as { shared?: unknown[] }).shared ?? [];
        if (JSON.stringify(shared) !== lastShared) sharedCounts.push(shared.length);
        lastShared = JSON.stringify(shared);
      }
      return nodeFileSystem.rename(from, to);
    },
  };
  return { fileSystem, sharedCounts, control };
}

async function heldIds(laptop: HubLaptop): Promise<string[]> {
  return (await laptop.call('workshops.list')).map((summary) => summary.id).sort();
}

async function sharedOnDisk(laptop: HubLaptop): Promise<number> {
  const membership = JSON.parse(await readFile(`${laptop.dir}${sep}${HUB_MEMBERSHIP_FILE}`, 'utf8')) as { shared?: unknown[] };
  return membership.shared?.length ?? 0;
}

/** The first meeting's mark of the workshop's one participant, as `laptop` holds it. */
async function firstMark(laptop: HubLaptop, workshopId: string): Promise<{ meetingId: string; participantId: string; statusId: string | undefined }> {
  const meetingId = (await laptop.call('workshops.get', { workshopId })).workshop.meetings[0]!.id;
  const run = await laptop.call('attendance.get', { workshopId, meetingId });
  const participantId = run.roster[0]!.id;
  return { meetingId, participantId, statusId: run.marks.find((mark) => mark.participantId === participantId)?.statusId };
}

describe('what a laptop shares with the program, and when', () => {
  let hub: HubServer;
  let coordinator: HubLaptop;
  const laptops: HubLaptop[] = [];
  const folders: string[] = [];
  const groupIds: string[] = [];
  const groups: { workshopId: string; participantId: string }[] = [];

  async function joined(userName: string, fileSystem?: StorageFileSystem): Promise<HubLaptop> {
    const { path: target, folder } = await joinFileTarget(userName);
    folders.push(folder);
    coordinator.host.nextSaveTarget = target;
    await coordinator.call('hub.makeJoinFile', { userName, passphrase: PASSPHRASE });
    const laptop = await hubLaptop(userName, undefined, fileSystem ? { fileSystem } : {});
    laptops.push(laptop);
    laptop.host.nextOpenFile = target;
    expect((await laptop.call('hub.join', { passphrase: PASSPHRASE })).status).toBe('joined');
    return laptop;
  }

  beforeAll(async () => {
    hub = await startHubServer();
    await setUpProgramDatabase(hub, DATABASE, COORDINATOR);
    coordinator = await hubLaptop('coordinator');
    laptops.push(coordinator);
    await coordinator.call('hub.saveSettings', { address: hub.origin, database: DATABASE, userName: COORDINATOR.name, password: COORDINATOR.password });
    await coordinator.call('hub.createProgram', { name: 'Eastside groups' });
    for (let group = 1; group <= GROUPS; group++) {
      const { participant } = await coordinator.call('participants.save', { code: `JH-27-${String(group).padStart(3, '0')}` });
      const { workshop } = await coordinator.call('workshops.create', juvenileHallDraft({ title: `Group ${group}`, participantIds: [participant.id] }));
      await coordinator.call('hub.share', { workshopId: workshop.id, shared: true });
      groupIds.push(workshop.id);
      groups.push({ workshopId: workshop.id, participantId: participant.id });
    }
    groupIds.sort();
  }, 120_000);

  afterAll(async () => {
    for (const laptop of laptops) await laptop.close();
    await hub?.stop();
    await Promise.all([...folders, ...laptops.map((laptop) => laptop.dir)].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('a first sync lists every workshop it receives as shared in one write of the membership file, not one per workshop', async () => {
    const recording = recordingFileSystem();
    const ana = await joined('ana', recording.fileSystem);
    await until('ana holds every group', async () => (await heldIds(ana)).join() === groupIds.join(), 20_000);
    // Joining writes the file with nothing shared; the first sync's batch lists all of them at once.
    expect(recording.sharedCounts.filter((count) => count > 0)).toEqual([GROUPS]);
    expect(await sharedOnDisk(ana)).toBe(GROUPS);
    expect(await ana.call('hub.sharing', { workshopId: groupIds[0]! })).toEqual({ workshopId: groupIds[0], shared: true });
  }, 60_000);

  it('a laptop that stops after listing a batch as shared and before writing it loses nothing: the workshops arrive, shared, when it starts again', async () => {
    const recording = recordingFileSystem();
    recording.control.failWorkshopWrites = true;
    let ben = await joined('ben', recording.fileSystem);
    await until('ben lists every group as shared', async () => (await sharedOnDisk(ben)) === GROUPS, 20_000);
    expect(await heldIds(ben)).toEqual([]);

    ben = await ben.reopen();
    laptops.push(ben);
    await until('ben holds every group after starting again', async () => (await heldIds(ben)).join() === groupIds.join(), 20_000);
    expect(await sharedOnDisk(ben)).toBe(GROUPS);
    // Shared, so a change made there at once reaches the program.
    const workshopId = groupIds[0]!;
    expect(await ben.call('hub.sharing', { workshopId })).toEqual({ workshopId, shared: true });
    const { meetingId, participantId } = await firstMark(ben, workshopId);
    await ben.call('attendance.mark', { workshopId, meetingId, participantId, statusId: 'present', confirmPastEdit: true });
    await until('the coordinator sees the mark', async () => (await firstMark(coordinator, workshopId)).statusId === 'present', 20_000);
  }, 90_000);

  it('a participant’s code changed on the laptop that shares their workshop: the workshop goes again, so the hub’s copy carries the new code', async () => {
    const { workshopId, participantId } = groups[1]!;
    const before = await hubBody(workshopId);
    const otherRevision = await hubRevision(groups[2]!.workshopId);
    await coordinator.call('participants.save', { id: participantId, code: 'JH-27-902' });
    await until('the hub’s copy names JH-27-902', async () => JSON.stringify(await hubBody(workshopId)).includes('JH-27-902'), 20_000);
    expect(JSON.stringify(before)).toContain('JH-27-002');
    expect(JSON.stringify(await hubBody(workshopId))).not.toContain('JH-27-002');
    // Workshops that do not name them are not sealed again.
    expect(await hubRevision(groups[2]!.workshopId)).toBe(otherRevision);
  }, 60_000);

  it('a shared workshop deleted on one laptop is withdrawn from the program; the others keep their copy, with its marks, no longer shared, and say so', async () => {
    const ana = laptops.find((laptop) => laptop.name === 'ana')!;
    const { participant } = await coordinator.call('participants.save', { code: 'JH-25-001' });
    const draft = juvenileHallDraft({ title: 'A group from 2025', participantIds: [participant.id] });
    const { workshop } = await coordinator.call('workshops.create', { ...draft, plan: { ...draft.plan, startDate: '2025-03-04' } });
    const workshopId = workshop.id;
    const { meetingId } = await firstMark(coordinator, workshopId);
    await coordinator.call('attendance.mark', { workshopId, meetingId, participantId: participant.id, statusId: 'present', confirmPastEdit: true });
    await coordinator.call('hub.share', { workshopId, shared: true });
    await until('ana holds the 2025 group', async () => (await heldIds(ana)).includes(workshopId), 20_000);

    // Records older than a year are purged on the coordinator's laptop: only the 2025 group is that old.
    await coordinator.call('settings.setRetention', { purgeAfterMonths: 12 });
    const preview = await coordinator.call('retention.preview');
    expect(preview.workshops.map((old) => old.id)).toEqual([workshopId]);
    await coordinator.call('retention.purge', { token: preview.token! });
    await until(
      'the hub no longer holds it',
      async () => (await hub.admin('GET', `/${DATABASE}/_all_docs`).then((all) => JSON.stringify(all))).includes(`workshop:${workshopId}`) === false,
      20_000,
    );
    expect(await coordinator.call('hub.sharing', { workshopId })).toEqual({ workshopId, shared: false });

    await until('ana is told it was withdrawn', async () => (await ana.call('hub.sharing', { workshopId })).shared === false, 20_000);
    expect(await ana.call('hub.sharing', { workshopId })).toEqual({ workshopId, shared: false, withdrawnOn: '2027-04-05' });
    expect(await heldIds(ana)).toContain(workshopId);
    expect((await firstMark(ana, workshopId)).statusId).toBe('present');
    expect((await ana.call('hub.status')).program?.sharedWorkshops).toBe(GROUPS);
    // Still withdrawn, still here, after ana's laptop starts again (the deletion is not handed over twice).
    const again = await ana.reopen();
    laptops.push(again);
    await again.call('hub.syncNow');
    expect(await again.call('hub.sharing', { workshopId })).toEqual({ workshopId, shared: false, withdrawnOn: '2027-04-05' });
    expect((await again.call('workshops.get', { workshopId })).workshop.audit.filter((entry) => entry.kind === 'withdrawn')).toHaveLength(1);
  }, 90_000);

  it('a shared workshop purged while the hub is out of reach, on a laptop that lost its mirror, is withdrawn once the hub answers and never comes back', async () => {
    const ana = laptops.findLast((laptop) => laptop.name === 'ana')!;
    const { participant } = await coordinator.call('participants.save', { code: 'JH-25-002' });
    const draft = juvenileHallDraft({ title: 'Another group from 2025', participantIds: [participant.id] });
    const { workshop } = await coordinator.call('workshops.create', { ...draft, plan: { ...draft.plan, startDate: '2025-03-11' } });
    const workshopId = workshop.id;
    await coordinator.call('hub.share', { workshopId, shared: true });
    await until('ana holds the second 2025 group', async () => (await heldIds(ana)).includes(workshopId), 20_000);

    // The coordinator's laptop starts again without its mirror (a new disk, say) while the hub does not answer.
    await coordinator.close();
    await rm(join(coordinator.dir, ...HUB_MIRROR_DIR.split('/')), { recursive: true, force: true });
    hub.pause();
    try {
      coordinator = await coordinator.reopen();
      laptops.push(coordinator);
      const preview = await coordinator.call('retention.preview');
      expect(preview.workshops.map((old) => old.id)).toEqual([workshopId]);
      await coordinator.call('retention.purge', { token: preview.token! });
      // Deleted here; its withdrawal waits, written down, for the hub.
      expect(await coordinator.call('hub.sharing', { workshopId })).toEqual({ workshopId, shared: false });
      expect(await sharedOnDisk(coordinator)).toBeGreaterThan(0);
    } finally {
      hub.resume();
    }

    await until(
      'the hub no longer holds it',
      async () => (await hub.admin('GET', `/${DATABASE}/_all_docs`).then((all) => JSON.stringify(all))).includes(`workshop:${workshopId}`) === false,
      30_000,
    );
    await coordinator.call('hub.syncNow');
    // The program's copy did not bring the purged records back.
    expect(await heldIds(coordinator)).not.toContain(workshopId);
    const membership = JSON.parse(await readFile(join(coordinator.dir, HUB_MEMBERSHIP_FILE), 'utf8')) as { shared: { workshopId: string }[] };
    expect(membership.shared.map((entry) => entry.workshopId)).not.toContain(workshopId);
    await until('ana is told it was withdrawn', async () => (await ana.call('hub.sharing', { workshopId })).shared === false, 20_000);
    expect(await heldIds(ana)).toContain(workshopId);
  }, 120_000);

  it('a purge whose withdrawal cannot be written down deletes nothing; one whose deletion fails leaves the workshop here, still shared', async () => {
    const { participant } = await coordinator.call('participants.save', { code: 'JH-25-003' });
    const draft = juvenileHallDraft({ title: 'A third group from 2025', participantIds: [participant.id] });
    const { workshop } = await coordinator.call('workshops.create', { ...draft, plan: { ...draft.plan, startDate: '2025-03-18' } });
    const workshopId = workshop.id;
    await coordinator.call('hub.share', { workshopId, shared: true });

    const failing = { membership: false, workshopDeletes: false };
    const cy = await joined('cy', {
      ...nodeFileSystem,
      async rename(from, to) {
        if (failing.membership && basename(to) === HUB_MEMBERSHIP_FILE) throw Object.assign(new Error(`ENOSPC: ${to}`), { code: 'ENOSPC' });
        return nodeFileSystem.rename(from, to);
      },
      async unlink(path) {
        if (failing.workshopDeletes && path.includes(workshopId)) throw Object.assign(new Error(`EIO: ${path}`), { code: 'EIO' });
        return nodeFileSystem.unlink(path);
      },
    });
    await until('cy holds the third 2025 group', async () => (await heldIds(cy)).includes(workshopId), 20_000);
    await cy.call('settings.setRetention', { purgeAfterMonths: 12 });
    const purge = async () => {
      const preview = await cy.call('retention.preview');
      expect(preview.workshops.map((old) => old.id)).toEqual([workshopId]);
      return cy.fail('retention.purge', { token: preview.token! });
    };
    const onHub = async () => JSON.stringify(await hub.admin('GET', `/${DATABASE}/_all_docs`)).includes(`workshop:${workshopId}`);

    failing.membership = true;
    expect(await purge()).toMatchObject({ code: 'storage', reason: { code: 'save-failed', params: { file: HUB_MEMBERSHIP_FILE, drive: 'disk-full' } } });
    failing.membership = false;
    expect(await heldIds(cy)).toContain(workshopId);
    expect(await cy.call('hub.sharing', { workshopId })).toEqual({ workshopId, shared: true });

    failing.workshopDeletes = true;
    expect(await purge()).toMatchObject({ code: 'storage', reason: { code: 'delete-failed' } });
    failing.workshopDeletes = false;
    expect(await heldIds(cy)).toContain(workshopId);
    await until('cy still shares it', async () => (await cy.call('hub.sharing', { workshopId })).shared);
    const membership = JSON.parse(await readFile(join(cy.dir, HUB_MEMBERSHIP_FILE), 'utf8')) as { shared: { workshopId: string; withdraw?: boolean }[] };
    expect(membership.shared.find((entry) => entry.workshopId === workshopId)).toEqual({ workshopId, from: 'program' });
    await cy.call('hub.syncNow');
    expect(await onHub()).toBe(true);

    // Once the deletion goes through, the program's copy is withdrawn.
    const preview = await cy.call('retention.preview');
    await cy.call('retention.purge', { token: preview.token! });
    await until('the hub no longer holds it', async () => !(await onHub()), 20_000);
  }, 90_000);

  it('a mark made while the laptop’s hub engine is still starting (reading its mirror back) is shared once it runs', async () => {
    const ana = laptops.findLast((laptop) => laptop.name === 'ana')!;
    const { workshopId, participantId } = groups[3]!;
    const { meetingId } = await firstMark(coordinator, workshopId);
    coordinator = await coordinator.reopen();
    laptops.push(coordinator);
    await coordinator.call('attendance.mark', { workshopId, meetingId, participantId, statusId: 'late', confirmPastEdit: true });
    await until('ana sees the mark', async () => (await firstMark(ana, workshopId)).statusId === 'late', 20_000);
  }, 60_000);

  /** The workshop's document on the hub, opened with the program key (as any member would). */
  async function hubBody(workshopId: string): Promise<unknown> {
    const membership = JSON.parse(await readFile(`${coordinator.dir}${sep}${HUB_MEMBERSHIP_FILE}`, 'utf8')) as { keys: { epoch: number; key: string }[] };
    const doc = (await hub.admin('GET', `/${DATABASE}/${encodeURIComponent(`workshop:${workshopId}`)}`)) as SealedDocument;
    return openBody(
      doc,
      membership.keys.map(({ epoch, key }) => ({ epoch, key: Buffer.from(key, 'base64') })),
    );
  }

  async function hubRevision(workshopId: string): Promise<string> {
    return ((await hub.admin('GET', `/${DATABASE}/${encodeURIComponent(`workshop:${workshopId}`)}`)) as SealedDocument)._rev!;
  }
});
