import type { ChannelName, InputOf, OutputOf } from '../../../../core/contract/contract';
import { parseModuleBytes } from '../../../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../../../core/domain/curriculum/schema';
import { digestOf } from '../../../../core/domain/workshopDigest';
import { createDispatcher, createHandlers, readModuleSources, type Dispatch } from '../../../../electron/services';
import { openDataDir, type DataStore, type FileCodec } from '../../../../electron/storage';
import { listGenerations } from '../../../../electron/storage/backups';
import type { StorageFileSystem } from '../../../../electron/storage/fs/fileSystem';
import { createFakeHost } from '../../../support/fakeHost';
import { CURRICULA_DIR } from '../../curricula/helpers';
import { juvenileHallDraft, LA } from '../../planning/harness';

const shippedModules = await readModuleSources(CURRICULA_DIR);

export const DATA_DIR = '/data';
/** Thursday 2027-03-04, 10:00 in Los Angeles: the series' third meeting is today. */
export const NOW = new Date('2027-03-04T18:00:00Z');

export function openOn(fileSystem: StorageFileSystem, codec?: FileCodec): Promise<DataStore> {
  return openDataDir({ dir: DATA_DIR, now: () => NOW, timeZone: LA, fileSystem, ...(codec ? { codec } : {}) });
}

/**
 * A shipped module cut down to its first session, as an imported one: opening parses every imported
 * module, and a whole one would make each of the test's thousands of opens slow.
 */
function smallModule(): { module: CurriculumModule; text: string } {
  const source = shippedModules[0]!;
  const parsed = parseModuleBytes(Buffer.from(source.text, 'utf8'));
  if (!parsed.ok) throw new Error(`${source.name} does not parse`);
  const { module } = parsed;
  const completion = { ...module.completion, minimumSessions: 1, requiredSessions: [] };
  const text = JSON.stringify({ ...module, id: 'power-loss-sample', sessions: module.sessions.slice(0, 1), completion });
  const small = parseModuleBytes(Buffer.from(text, 'utf8'));
  if (!small.ok) throw new Error(`the cut-down module does not parse: ${JSON.stringify(small)}`.slice(0, 600));
  return { module: small.module, text };
}

/** The backup generations made, under this key: each must still be there (opening may add one). */
export const BACKUPS_KEY = 'backups/';

/** What the user was told is saved: every document as committed, by file. */
export type Committed = Map<string, string>;

/** JSON with every object's keys sorted: a digest read back from the index lists its fields in the schema's order. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
}

export async function committedState(store: DataStore, fileSystem: StorageFileSystem): Promise<Committed> {
  const state: Committed = new Map([
    ['settings.json', JSON.stringify(store.settings.get())],
    ['participants.json', JSON.stringify(store.participants.get())],
  ]);
  // The digest lists show as well as the workshop: an index that a cut left behind the files must be made again.
  for (const digest of await store.workshops.summaries('all')) {
    const workshop = await store.workshops.get(digest.id);
    state.set(`workshops/${digest.id}.json`, JSON.stringify(workshop));
    state.set(`index: ${digest.id}`, sortedJson(digest));
    // Never so in a store that is running: a key only a reopen on a stale index can add.
    if (workshop && sortedJson(digest) !== sortedJson(digestOf(workshop))) state.set(`index disagrees with workshops/${digest.id}.json`, sortedJson(digest));
  }
  for (const stored of store.curricula.list()) state.set(stored.file, stored.text);
  state.set(BACKUPS_KEY, JSON.stringify(await listGenerations(fileSystem, DATA_DIR)));
  return state;
}

/** Calls a channel through the real services; `acknowledged` is called after each call answers. */
function callerOn(store: DataStore, acknowledged: () => Promise<void>) {
  const dispatch: Dispatch = createDispatcher(
    createHandlers(store, { version: '1.0.0', shippedModules, host: createFakeHost(), clock: { now: () => NOW, timeZone: LA } }),
  );
  return async function call<C extends ChannelName>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error.reason)}`);
    await acknowledged();
    return result.value as never;
  };
}

/**
 * A facilitator's afternoon through the real services: settings and participants changed, two
 * groups planned, attendance marked many times, a run note, a backup, a group archived and one
 * deleted. `acknowledged` is called after each call answers: what it saved is now promised.
 */
export async function runWorkload(store: DataStore, acknowledged: () => Promise<void>): Promise<void> {
  const call = callerOn(store, acknowledged);

  await call('settings.saveFacilitator', { name: 'Rosa Méndez', roles: ['lead'] });
  const imported = smallModule();
  await store.curricula.add(imported.module, imported.text);
  await acknowledged();
  await call('settings.saveSite', { name: 'Los Padrinos Juvenile Hall', kind: 'detention' });
  const participantIds: string[] = [];
  for (let index = 1; index <= 6; index += 1) {
    const saved = await call('participants.save', { code: `JH-27-${String(index).padStart(3, '0')}` });
    participantIds.push(saved.participant.id);
  }
  const first = await call('workshops.create', juvenileHallDraft({ participantIds }));
  const second = await call('workshops.create', juvenileHallDraft({ title: 'Knowing Your Worth – Unit C', participantIds: participantIds.slice(0, 3) }));
  const meetingId = (view: typeof first) => view.workshop.meetings.find((meeting) => meeting.date === view.today)?.id ?? view.workshop.meetings[0]!.id;

  const statuses = ['present', 'late', 'absent'];
  for (let round = 0; round < 4; round += 1) {
    for (const [index, participantId] of participantIds.entries()) {
      const statusId = statuses[(round + index) % statuses.length]!;
      await call('attendance.mark', { workshopId: first.workshop.id, meetingId: meetingId(first), participantId, statusId });
    }
    if (round === 1) await call('backups.backupNow');
  }
  await call('participants.save', { id: participantIds[0], code: 'JH-27-001B' });
  await call('settings.saveFacilitator', { name: 'Dana Cruz', roles: ['co-facilitator'] });
  await call('attendance.mark', { workshopId: second.workshop.id, meetingId: meetingId(second), participantId: participantIds[0]!, statusId: 'present' });
  await call('workshops.archive', { workshopId: second.workshop.id });
  await store.workshops.remove(second.workshop.id);
  await acknowledged();
  await call('attendance.mark', { workshopId: first.workshop.id, meetingId: meetingId(first), participantId: participantIds[1]!, statusId: 'present' });
}

/** After the data was closed and opened again: two more marks in the group still running. */
export async function runAfterReopening(store: DataStore, acknowledged: () => Promise<void>): Promise<void> {
  const call = callerOn(store, acknowledged);
  const [digest] = await store.workshops.summaries('active');
  const view = await call('workshops.get', { workshopId: digest!.id });
  const meeting = view.workshop.meetings.find((each) => each.date === view.today) ?? view.workshop.meetings[0]!;
  for (const [index, participantId] of view.workshop.roster
    .slice(0, 2)
    .map((entry) => entry.participantId)
    .entries()) {
    await call('attendance.mark', { workshopId: digest!.id, meetingId: meeting.id, participantId, statusId: index === 0 ? 'excused' : 'present' });
  }
}
