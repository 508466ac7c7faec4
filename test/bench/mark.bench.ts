/**
 * Issue 19's storage targets, as ratios against anchors measured in the same run (absolute times
 * drift from machine to machine), with the real services on temp data folders holding an empty
 * archive, 1,000 and 10,000 archived workshops:
 *
 *   - attendance.mark (service call -> durable on disk): median <= 8x an fsync'd 200-byte append,
 *     and flat: <= 1.2x the empty folder's median with either archive;
 *   - cold start (open the data folder, answer schedule.today): <= 1.5x the empty folder;
 *   - memory after opening with 10,000 archived workshops: under 150 MB more than empty.
 *
 * The archives are written straight to disk through storage's own durable JSON writer (not one by
 * one through the services); the first open after that makes the index and the day's backup, and
 * is reported apart. The marks of the three folders and the anchor's appends (to a file beside
 * them, on the same disk) are timed in turns, a block of each at a time, after warm-up rounds, and
 * compared by their medians; cold starts go in turns over the folders the same way. Run with `npm
 * run bench` (not part of `npm test`: timings are for people, not assertions). Prints each ratio
 * with its target, HOLDS or MISSES, and a summary line; exits 0 either way, 1 only if it cannot run.
 * Run with --expose-gc for the memory figures (the npm script does).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChannelName, InputOf, OutputOf } from '../../core/contract/contract';
import { addDays } from '../../core/domain/calendar/civil';
import type { Participant } from '../../core/domain/participants';
import type { Workshop } from '../../core/domain/workshop';
import { createDispatcher, createHandlers, readModuleSources, type Dispatch } from '../../electron/services';
import { openDataDir, type DataStore } from '../../electron/storage';
import { forEachLimited } from '../../electron/storage/backups';
import { writeJsonFile } from '../../electron/storage/jsonFile';
import { nodeFileSystem } from '../../electron/storage/fs/nodeFileSystem';
import { workshopRelativePath } from '../../electron/storage/layout';
import { createModuleSnapshots } from '../../electron/storage/moduleSnapshots';
import { plainFiles } from '../../electron/storage/protection/codec';
import { storedWorkshop } from '../../electron/storage/storedWorkshop';
import { createFakeHost } from '../support/fakeHost';

const TIME_ZONE = 'America/Los_Angeles';
/** Thursday 2027-03-04, 10:00 in Los Angeles: the series' third meeting is today. */
const NOW = new Date('2027-03-04T18:00:00Z');
/** Marks per folder and fsync'd appends, timed in blocks of BLOCK, folders and anchor in turns; the first rounds warm up. */
const BLOCK = 10;
const ROUNDS = 24;
const WARM_UP_ROUNDS = 2;
const ARCHIVE_SIZES = [0, 1000, 10_000] as const;
const COLD_STARTS = 60;
const PARTICIPANTS = 12;
/**
 * The archived groups draw their participants from one pool of this many, the same in every run, so
 * that the ratios measure the workshop archive (participants.json is read whole at open; a registry
 * of one new person per seat in 10,000 groups is a separate question).
 */
const PARTICIPANT_POOL = 240;

const targets = { markToAppend: 8, markFlat: 1.2, coldStartRatio: 1.5, memoryMb: 150 };

interface App {
  store: DataStore;
  call<C extends ChannelName>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>;
}

let shippedModules: Awaited<ReturnType<typeof readModuleSources>> = [];

async function openApp(dir: string): Promise<App> {
  const store = await openDataDir({ dir, now: () => NOW });
  const dispatch: Dispatch = createDispatcher(
    createHandlers(store, { version: 'bench', shippedModules, host: createFakeHost(), clock: { now: () => NOW, timeZone: TIME_ZONE } }),
  );
  return {
    store,
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (holds: boolean) => (holds ? 'HOLDS' : 'MISSES');

/** Every target checked, for the summary line. */
const checked: Array<{ name: string; holds: boolean }> = [];

/** Prints one figure against its target and remembers whether it holds. */
function report(name: string, figure: string, target: string, holds: boolean): void {
  checked.push({ name, holds });
  console.log(`${name}: ${figure} (target ${target}): ${verdict(holds)}`);
}

/** One workshop from the shipped juvenile-hall series, with twelve participants enrolled. */
async function plannedWorkshop(app: App): Promise<MarkTarget> {
  const participantIds: string[] = [];
  for (let index = 1; index <= PARTICIPANTS; index++) {
    const saved = await app.call('participants.save', { code: `JH-27-${String(index).padStart(3, '0')}` });
    participantIds.push(saved.participant.id);
  }
  const view = await app.call('workshops.create', {
    title: 'Knowing Your Worth – Unit B',
    audience: 'Girls 14–17, Unit B',
    facilitators: [],
    timeZone: TIME_ZONE,
    moduleId: 'juvenile-hall-five-week-series',
    plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
    participantIds,
  });
  const today = view.workshop.meetings.find((meeting) => meeting.date === view.today);
  if (!today) throw new Error(`The series has no meeting today (${view.today}).`);
  return { workshopId: view.workshop.id, meetingId: today.id, participantIds };
}

interface MarkTarget {
  workshopId: string;
  meetingId: string;
  participantIds: string[];
}

/**
 * Times `count` calls of `attendance.mark` through the dispatcher, from call `first` on: each answers
 * only once the mark is on disk. Statuses alternate per round over the roster, so every call changes the mark.
 */
async function timeMarks(app: App, target: MarkTarget, first: number, count: number): Promise<number[]> {
  const statuses = ['present', 'late'];
  const times: number[] = [];
  for (let index = first; index < first + count; index++) {
    const input = {
      workshopId: target.workshopId,
      meetingId: target.meetingId,
      participantId: target.participantIds[index % target.participantIds.length]!,
      statusId: statuses[Math.floor(index / target.participantIds.length) % statuses.length]!,
    };
    const started = performance.now();
    await app.call('attendance.mark', input);
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Copies of the workshop as past, archived groups: new ids, dates moved back 2 to 300 weeks, ten
 * meetings, twelve participants each with a mark at every meeting.
 */
function pastCopy(source: Workshop, index: number, participants: Participant[]): Workshop {
  const shift = -14 * (1 + (index % 150));
  const meetingIds = new Map(source.meetings.map((meeting) => [meeting.id, randomUUID()]));
  const meetings = source.meetings.slice(0, 10).map((meeting) => ({ ...meeting, id: meetingIds.get(meeting.id)!, date: addDays(meeting.date, shift) }));
  const at = new Date(NOW.getTime() + shift * 86_400_000).toISOString();
  return {
    ...source,
    id: randomUUID(),
    title: `${source.title} (${index + 1})`,
    plan: { ...source.plan, startDate: addDays(source.plan.startDate, shift) },
    meetings,
    roster: participants.map((participant) => ({ participantId: participant.id, enrolledOn: addDays(source.plan.startDate, shift) })),
    attendance: meetings.flatMap((meeting) =>
      participants.map((participant, slot) => ({
        meetingId: meeting.id,
        participantId: participant.id,
        statusId: slot % 5 === 4 ? 'absent' : 'present',
        at,
      })),
    ),
    presence: [],
    runs: meetings.map((meeting) => ({ meetingId: meeting.id, startedAt: at, endedAt: at, fidelity: [], notes: '' })),
    followUps: [],
    audit: [],
    archivedAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Writes `size` archived workshops straight into the closed data folder, through storage's durable
 * writer, as the app stores them: one module snapshot, every workshop file naming it.
 */
async function writeArchive(dir: string, source: Workshop, size: number): Promise<void> {
  const app = await openApp(dir);
  const created = new Date(NOW.getTime() - 86_400_000).toISOString();
  const pool: Participant[] = Array.from({ length: PARTICIPANT_POOL }, (_, index) => ({
    id: randomUUID(),
    code: `A${String(index).padStart(4, '0')}`,
    createdAt: created,
  }));
  await app.store.participants.update((file) => ({ ...file, participants: [...file.participants, ...pool] }));
  await app.store.close();
  const snapshots = createModuleSnapshots({ fs: nodeFileSystem, dir, codec: plainFiles, now: () => NOW });
  const indexes = Array.from({ length: size }, (_, index) => index);
  await forEachLimited(indexes, 16, async (index) => {
    const people = Array.from({ length: PARTICIPANTS }, (_, slot) => pool[(index * PARTICIPANTS + slot) % PARTICIPANT_POOL]!);
    const copy = pastCopy(source, index, people);
    await writeJsonFile(nodeFileSystem, join(dir, ...workshopRelativePath(copy.id).split('/')), await storedWorkshop(copy, snapshots));
  });
}

/** The anchor: appending 200 bytes to a file and fsyncing it, as a journal record would cost, `count` times. */
async function timeAppends(handle: FileHandle, count: number): Promise<number[]> {
  const record = Buffer.alloc(200, 'x');
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await handle.write(record);
    await handle.sync();
    times.push(performance.now() - started);
  }
  return times;
}

interface ColdStart {
  /** Open + schedule.today, and the two parts: medians over the rounds after the first. */
  median: number;
  open: number;
  today: number;
}

/** One cold start: opening the data folder and answering schedule.today, as the app does before Today is interactive. */
async function coldStart(dir: string): Promise<{ total: number; open: number; today: number }> {
  const started = performance.now();
  const app = await openApp(dir);
  const opened = performance.now();
  await app.call('schedule.today');
  const answered = performance.now();
  await app.store.close();
  return { total: answered - started, open: opened - started, today: answered - opened };
}

/**
 * Cold starts of every folder in turns (empty, 1,000, 10,000, empty, …), so that a warming JIT or a
 * busy disk weighs on all of them alike; the first round only warms up.
 */
async function timeColdStarts(dirs: readonly string[]): Promise<ColdStart[]> {
  const rounds = dirs.map(() => [] as Array<{ total: number; open: number; today: number }>);
  for (let round = 0; round <= COLD_STARTS; round++) {
    for (const [index, dir] of dirs.entries()) {
      const time = await coldStart(dir);
      if (round > 0) rounds[index]!.push(time);
    }
  }
  return rounds.map((times) => ({
    median: median(times.map((time) => time.total)),
    open: median(times.map((time) => time.open)),
    today: median(times.map((time) => time.today)),
  }));
}

/** Flushes what the archive writing left in the page cache, so it does not slow the fsyncs measured next. */
function settleDisk(): void {
  if (process.platform !== 'win32') execFileSync('sync');
}

const MB = 1_048_576;

/** Heap and resident memory with the data folder open and Today answered, after a full collection when allowed. */
async function memoryAfterOpen(dir: string): Promise<{ heap: number; rss: number }> {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const app = await openApp(dir);
  await app.call('schedule.today');
  await app.call('workshops.list');
  collect?.();
  const { heapUsed, rss } = process.memoryUsage();
  await app.store.close();
  return { heap: heapUsed, rss };
}

interface Folder {
  size: number;
  dir: string;
  target: MarkTarget;
  /** The first open after the archive was written: it makes the index from the files and the day's backup. */
  firstOpen: number;
}

/** A data folder with a running series (marked today) and `size` archived groups. */
async function prepare(root: string, size: number): Promise<Folder> {
  const dir = join(root, `archive-${size}`);
  const app = await openApp(dir);
  const target = await plannedWorkshop(app);
  const source = await app.store.workshops.get(target.workshopId);
  if (!source) throw new Error('The workshop just created is not in the store.');
  await app.store.close();
  if (size > 0) {
    console.log(`  writing ${size.toLocaleString('en')} archived workshops…`);
    await writeArchive(dir, source, size);
  }
  const started = performance.now();
  await (await openApp(dir)).store.close();
  return { size, dir, target, firstOpen: performance.now() - started };
}

interface Marks {
  /** The anchor's times: fsync'd 200-byte appends to a file beside the data folders (the same disk). */
  appends: number[];
  /** Each folder's mark times. */
  marks: number[][];
  /** Each folder's marks, read back after closing and reopening it, are what the store held. */
  durable: boolean[];
}

/**
 * Marks in every folder and the anchor's appends in turns (a block of appends, a block of marks in
 * each folder, again), every store open at once: a busy machine or a warming JIT then weighs on
 * every figure alike, and the ratios between them hold still even when absolute times drift.
 */
async function timeMarksInTurns(root: string, folders: readonly Folder[]): Promise<Marks> {
  const apps = await Promise.all(folders.map((folder) => openApp(folder.dir)));
  const anchor = await open(join(root, 'append-anchor'), 'a');
  const appends: number[] = [];
  const marks = folders.map(() => [] as number[]);
  try {
    for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
      const kept = round >= WARM_UP_ROUNDS;
      const appended = await timeAppends(anchor, BLOCK);
      if (kept) appends.push(...appended);
      for (const [index, app] of apps.entries()) {
        const times = await timeMarks(app, folders[index]!.target, round * BLOCK, BLOCK);
        if (kept) marks[index]!.push(...times);
      }
    }
  } finally {
    await anchor.close();
  }
  const durable: boolean[] = [];
  for (const [index, app] of apps.entries()) {
    const { workshopId } = folders[index]!.target;
    const stored = await app.store.workshops.get(workshopId);
    await app.store.close();
    const reopened = await openApp(folders[index]!.dir);
    const onDisk = await reopened.store.workshops.get(workshopId);
    await reopened.store.close();
    durable.push(JSON.stringify(onDisk?.attendance) === JSON.stringify(stored?.attendance));
  }
  return { appends, marks, durable };
}

async function main() {
  shippedModules = await readModuleSources(resolve(__dirname, '../../curricula'));
  const root = await mkdtemp(join(tmpdir(), 'facilitator-bench-'));
  try {
    const folders: Folder[] = [];
    for (const size of ARCHIVE_SIZES) {
      console.log(`Data folder with ${size.toLocaleString('en')} archived workshops…`);
      folders.push(await prepare(root, size));
    }
    settleDisk();
    console.log(`Cold starts, ${COLD_STARTS} rounds over the ${folders.length} folders…`);
    const starts = await timeColdStarts(folders.map((folder) => folder.dir));
    const memory: Array<{ heap: number; rss: number }> = [];
    for (const folder of folders) memory.push(await memoryAfterOpen(folder.dir));
    console.log(`Marking attendance ${ROUNDS * BLOCK} times in each folder, in turns with as many fsync'd appends…`);
    settleDisk();
    const marks = await timeMarksInTurns(root, folders);
    const append = median(marks.appends);

    const MBs = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
    console.log('');
    console.log(`Anchor, an fsync'd 200-byte append beside the data folders: median ${ms(append)}, p95 ${ms(percentile(marks.appends, 0.95))}`);
    for (const [index, folder] of folders.entries()) {
      const start = starts[index]!;
      const times = marks.marks[index]!;
      console.log(
        `${`${folder.size.toLocaleString('en')} archived:`.padEnd(17)} mark median ${ms(median(times))}, p95 ${ms(percentile(times, 0.95))}; ` +
          `cold start ${ms(start.median)} (open ${ms(start.open)} + schedule.today ${ms(start.today)}); ` +
          `first open ${ms(folder.firstOpen)}; heap ${MBs(memory[index]!.heap)}, RSS ${MBs(memory[index]!.rss)}; ` +
          `marks read back after reopening: ${marks.durable[index] ? 'all there' : 'NOT ALL THERE'}`,
      );
    }
    console.log('');
    for (const [index, folder] of folders.entries()) {
      const toAppend = median(marks.marks[index]!) / append;
      report(
        `Ratio: mark, ${folder.size.toLocaleString('en')} archived`,
        `${toAppend.toFixed(1)}x the append`,
        `<= ${targets.markToAppend}x`,
        toAppend <= targets.markToAppend,
      );
    }
    for (const [index, folder] of folders.entries()) {
      if (index === 0) continue;
      const flat = median(marks.marks[index]!) / median(marks.marks[0]!);
      const label = folder.size.toLocaleString('en');
      report(`Ratio: mark, ${label} archived vs empty`, `${flat.toFixed(2)}x`, `<= ${targets.markFlat}x`, flat <= targets.markFlat);
    }
    for (const [index, folder] of folders.entries()) {
      if (index === 0) continue;
      const start = starts[index]!.median / starts[0]!.median;
      const label = folder.size.toLocaleString('en');
      report(`Ratio: cold start, ${label} archived vs empty`, `${start.toFixed(2)}x`, `<= ${targets.coldStartRatio}x`, start <= targets.coldStartRatio);
    }
    const collected = (globalThis as { gc?: () => void }).gc !== undefined;
    const last = memory.length - 1;
    for (const kind of ['heap', 'rss'] as const) {
      const more = (memory[last]![kind] - memory[0]![kind]) / MB;
      const note = collected ? '' : ' (run with --expose-gc for a figure after collection)';
      const label = `Memory: ${kind === 'heap' ? 'heap' : 'RSS'} after open, ${folders[last]!.size.toLocaleString('en')} archived vs empty`;
      report(label, `${more >= 0 ? '+' : ''}${more.toFixed(0)} MB${note}`, `< ${targets.memoryMb} MB more`, more < targets.memoryMb);
    }
    report('Durable: marks read back after reopening', marks.durable.every(Boolean) ? 'all there' : 'some missing', 'all there', marks.durable.every(Boolean));
    const missed = checked.filter((check) => !check.holds).map((check) => check.name);
    console.log('');
    console.log(
      `Summary (storage): ${checked.length - missed.length} of ${checked.length} targets hold` + (missed.length > 0 ? `; MISSES: ${missed.join('; ')}` : ''),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
