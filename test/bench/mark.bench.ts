/**
 * Performance budgets from DESIGN.md, measured with the real services on a temp data folder:
 *
 *   - marking attendance (service call -> durable on disk): median under 5 ms, and with a
 *     1,000-workshop archive no more than 1.2x the empty-archive figure;
 *   - cold start (open the data folder, answer schedule.today): with that archive no more than
 *     1.2x the empty one.
 *
 * Run with `npm run bench` (not part of `npm test`: timings are for people, not assertions).
 * Prints the figures and whether each target holds; exits 0 either way, 1 only if it cannot run.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChannelName, InputOf, OutputOf } from '../../core/contract/contract';
import { addDays } from '../../core/domain/calendar/civil';
import type { Participant } from '../../core/domain/participants';
import type { Workshop } from '../../core/domain/workshop';
import { createDispatcher, createHandlers, readModuleSources, type Dispatch } from '../../electron/services';
import { openDataDir, type DataStore } from '../../electron/storage';
import { createFakeHost } from '../support/fakeHost';

const TIME_ZONE = 'America/Los_Angeles';
/** Thursday 2027-03-04, 10:00 in Los Angeles: the series' third meeting is today. */
const NOW = new Date('2027-03-04T18:00:00Z');
const MARKS = 200;
const WARM_UP = 20;
const ARCHIVE_SIZE = 1000;
const COLD_STARTS = 5;
const PARTICIPANTS = 12;

const targets = { medianMs: 5, markRatio: 1.2, coldStartRatio: 1.2 };

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
const verdict = (holds: boolean) => (holds ? 'holds' : 'MISSED');

/** One workshop from the shipped juvenile-hall series, with twelve participants enrolled. */
async function plannedWorkshop(app: App): Promise<{ workshopId: string; meetingId: string; participantIds: string[] }> {
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

/** Times `attendance.mark` through the dispatcher: each call answers only once the mark is on disk. */
async function timeMarks(app: App, target: { workshopId: string; meetingId: string; participantIds: string[] }): Promise<number[]> {
  const statuses = ['present', 'late'];
  const times: number[] = [];
  for (let index = 0; index < WARM_UP + MARKS; index++) {
    const input = {
      workshopId: target.workshopId,
      meetingId: target.meetingId,
      participantId: target.participantIds[index % target.participantIds.length]!,
      // Alternates per round over the roster, so every call changes the mark.
      statusId: statuses[Math.floor(index / target.participantIds.length) % statuses.length]!,
    };
    const started = performance.now();
    await app.call('attendance.mark', input);
    const took = performance.now() - started;
    if (index >= WARM_UP) times.push(took);
  }
  return times;
}

/**
 * Copies of the workshop as past groups: new ids, dates moved back 2 to 300 weeks, ten meetings,
 * twelve new participants each with a mark at every meeting; every other one archived.
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
    ...(index % 2 === 0 ? { archivedAt: at } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

async function addArchive(app: App, source: Workshop): Promise<void> {
  const created = new Date(NOW.getTime() - 86_400_000).toISOString();
  const people: Participant[][] = Array.from({ length: ARCHIVE_SIZE }, (_, index) =>
    Array.from({ length: PARTICIPANTS }, (_, slot) => ({
      id: randomUUID(),
      code: `A${String(index).padStart(4, '0')}-${String(slot + 1).padStart(2, '0')}`,
      createdAt: created,
    })),
  );
  await app.store.participants.update((file) => ({ ...file, participants: [...file.participants, ...people.flat()] }));
  for (let index = 0; index < ARCHIVE_SIZE; index++) await app.store.workshops.save(pastCopy(source, index, people[index]!));
}

interface ColdStart {
  /** The first open of a day, which also makes the day's backup. */
  first: number;
  /** Later opens: open + schedule.today, and the two parts. */
  median: number;
  open: number;
  today: number;
}

/** Opening the data folder and answering schedule.today, as the app does before Today is interactive. */
async function timeColdStart(dir: string): Promise<ColdStart> {
  const totals: number[] = [];
  const opens: number[] = [];
  const todays: number[] = [];
  for (let run = 0; run < COLD_STARTS; run++) {
    const started = performance.now();
    const app = await openApp(dir);
    const opened = performance.now();
    await app.call('schedule.today');
    const answered = performance.now();
    totals.push(answered - started);
    opens.push(opened - started);
    todays.push(answered - opened);
    await app.store.close();
  }
  return { first: totals[0]!, median: median(totals.slice(1)), open: median(opens.slice(1)), today: median(todays.slice(1)) };
}

async function main() {
  shippedModules = await readModuleSources(resolve(__dirname, '../../curricula'));
  const root = await mkdtemp(join(tmpdir(), 'facilitator-bench-'));
  try {
    const emptyDir = join(root, 'empty');
    const dir = join(root, 'data');

    console.log('Cold start, empty data folder…');
    const emptyStart = await timeColdStart(emptyDir);

    console.log(`Marking attendance ${MARKS} times, one workshop…`);
    let app = await openApp(dir);
    const target = await plannedWorkshop(app);
    const before = await timeMarks(app, target);

    console.log(`Writing ${ARCHIVE_SIZE} more workshops…`);
    const source = await app.store.workshops.get(target.workshopId);
    if (!source) throw new Error('The workshop just created is not in the store.');
    await addArchive(app, source);
    await app.store.close();

    console.log('Cold start with the archive…');
    const archiveStart = await timeColdStart(dir);

    console.log(`Marking attendance ${MARKS} times, with the archive…`);
    app = await openApp(dir);
    const after = await timeMarks(app, target);
    const stored = await app.store.workshops.get(target.workshopId);
    await app.store.close();

    const reopened = await openApp(dir);
    const onDisk = await reopened.store.workshops.get(target.workshopId);
    await reopened.store.close();
    const durable = JSON.stringify(onDisk?.attendance) === JSON.stringify(stored?.attendance);

    const medianBefore = median(before);
    const medianAfter = median(after);
    const markRatio = medianAfter / medianBefore;
    const startRatio = archiveStart.median / emptyStart.median;

    console.log('');
    console.log(`attendance.mark, one workshop:        median ${ms(medianBefore)}, p95 ${ms(percentile(before, 0.95))} (${MARKS} calls)`);
    console.log(`attendance.mark, ${ARCHIVE_SIZE + 1} workshops:     median ${ms(medianAfter)}, p95 ${ms(percentile(after, 0.95))} (${MARKS} calls)`);
    console.log(`  ratio ${markRatio.toFixed(2)}x; marks read back after reopening: ${durable ? 'all there' : 'NOT ALL THERE'}`);
    const startLine = (label: string, start: ColdStart) =>
      `cold start, ${label}: median ${ms(start.median)} (open ${ms(start.open)} + schedule.today ${ms(start.today)}); first of the day ${ms(start.first)}`;
    console.log(startLine('empty folder', emptyStart));
    console.log(startLine(`${ARCHIVE_SIZE + 1} workshops`, archiveStart));
    console.log(`  ratio ${startRatio.toFixed(2)}x`);
    console.log('');
    console.log(`Target: mark median < ${targets.medianMs} ms: ${verdict(medianBefore < targets.medianMs && medianAfter < targets.medianMs)}`);
    console.log(`Target: mark ratio <= ${targets.markRatio}: ${verdict(markRatio <= targets.markRatio)}`);
    console.log(`Target: cold-start ratio <= ${targets.coldStartRatio}: ${verdict(startRatio <= targets.coldStartRatio)}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
