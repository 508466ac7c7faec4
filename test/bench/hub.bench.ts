/**
 * The program hub: a coordinator's first sync of 5,000 shared workshops over loopback (issue 20).
 * The hub (pouchdb-server in memory on 127.0.0.1) is seeded with 5,000 sealed workshop documents;
 * a laptop with an empty data folder starts the engine and takes every one in: downloaded, opened
 * with the program key, handed over, and written to the mirror durably. The anchor, measured in the
 * same run: downloading the same documents with `_all_docs?include_docs=true`, in pages, and
 * nothing else (the network floor). Then the same laptop starts again from its mirror and catches up
 * with nothing new (what every later start costs).
 *
 * Run with `npm run bench`. Prints the times, the ratio and whether the target holds; exits 0 either way.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildBundle } from '../../core/domain/bundles/format';
import { parseModuleText } from '../../core/domain/curriculum/parse';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import type { Participant } from '../../core/domain/participants';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../../core/domain/workshop';
import { workshopDocId } from '../../core/domain/hub/documents';
import { sealBody, startHubEngine } from '../../electron/services/hub/engine';
import { openHubMirror } from '../../electron/storage';
import { startHubServer, type HubServer } from '../support/hubServer';
import { programKey } from '../support/hubLaptops';

const WORKSHOPS = 5000;
const SEED_BATCH = 250;
const PAGE = 500;
/** The first sync may cost this many times the bare download of the same documents. */
const targets = { firstSyncRatio: 4 };

const keys = [programKey(1)];
const coordinator = { name: 'coordinator', password: 'pw-coordinator' };
const database = 'program-bench';

const PARTICIPANTS = 10;

/** A five-week series on the shipped module with ten participants, each marked at every meeting. */
function groupOf(module: CurriculumModule, index: number): { workshop: Workshop; registry: Participant[] } {
  const at = '2027-01-01T00:00:00.000Z';
  const registry: Participant[] = Array.from({ length: PARTICIPANTS }, (_, slot) => ({
    id: randomUUID(),
    code: `JH-${String(index).padStart(4, '0')}-${String(slot + 1).padStart(2, '0')}`,
    createdAt: at,
  }));
  const meetings = module.sessions.map((session, slot) => ({
    id: randomUUID(),
    date: `2027-03-${String(slot + 1).padStart(2, '0')}`,
    startTime: '15:30',
    minutes: 60,
    sessionIds: [session.id],
    kind: 'planned' as const,
    sequence: 0,
  }));
  const workshop: Workshop = {
    schemaVersion: WORKSHOP_SCHEMA_VERSION,
    id: randomUUID(),
    title: `Group ${index}`,
    audience: 'Ages 13–17',
    facilitators: [],
    timeZone: 'America/Los_Angeles',
    module,
    plan: { startDate: '2027-03-01', weekdays: [1], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
    meetings,
    roster: registry.map((participant) => ({ participantId: participant.id, enrolledOn: '2027-03-01' })),
    agreements: [],
    attendance: meetings.flatMap((meeting) =>
      registry.map((participant) => ({ meetingId: meeting.id, participantId: participant.id, statusId: 'present', at })),
    ),
    presence: [],
    runs: [],
    followUps: [],
    audit: [],
    createdAt: at,
    updatedAt: at,
  };
  return { workshop, registry };
}

async function seed(hub: HubServer): Promise<number> {
  const parsed = parseModuleText(await readFile(resolve(__dirname, '../../curricula/juvenile-hall-five-week-series.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error('The shipped juvenile-hall module does not validate.');
  let bytes = 0;
  for (let start = 0; start < WORKSHOPS; start += SEED_BATCH) {
    const docs = Array.from({ length: Math.min(SEED_BATCH, WORKSHOPS - start) }, (_, offset) => {
      const { workshop, registry } = groupOf(parsed.module, start + offset);
      const bundle = buildBundle({
        workshop,
        registry,
        allowFullNames: false,
        exportedAt: '2027-03-03T00:00:00.000Z',
        include: { followUps: true, notes: true },
      });
      const doc = sealBody(workshopDocId(workshop.id), bundle, keys[0]!);
      bytes += doc.sealed.length;
      return doc;
    });
    await hub.admin('POST', `/${database}/_bulk_docs`, { docs });
  }
  return bytes;
}

async function downloadAll(hub: HubServer): Promise<number> {
  let startKey: string | undefined;
  let count = 0;
  for (;;) {
    const query = `include_docs=true&limit=${PAGE + 1}${startKey === undefined ? '' : `&startkey=${encodeURIComponent(JSON.stringify(startKey))}`}`;
    const page = (await hub.as(coordinator, 'GET', `/${database}/_all_docs?${query}`)).body as { rows: { id: string }[] };
    const rows = page.rows.slice(0, PAGE);
    count += rows.length;
    if (page.rows.length <= PAGE) return count;
    startKey = page.rows[PAGE]!.id;
  }
}

async function firstSync(hub: HubServer, dir: string): Promise<{ ms: number; taken: number; restartMs: number }> {
  let taken = 0;
  const options = {
    connection: { address: hub.origin, database, userName: coordinator.name, password: coordinator.password },
    keys,
    mirror: openHubMirror(dir),
    onIncoming: async () => void (taken += 1),
  };
  const started = performance.now();
  const engine = await startHubEngine(options);
  await engine.syncNow();
  const ms = performance.now() - started;
  await engine.stop();

  const restarted = performance.now();
  const again = await startHubEngine({ ...options, onIncoming: async () => void (taken += 1) });
  await again.syncNow();
  const restartMs = performance.now() - restarted;
  await again.stop();
  return { ms, taken, restartMs };
}

async function main(): Promise<void> {
  const hub = await startHubServer();
  const dir = await mkdtemp(join(tmpdir(), 'facilitator-hub-bench-'));
  try {
    await hub.createUser(coordinator.name, coordinator.password);
    await hub.createDatabase(database, { admins: [coordinator.name] });
    const bytes = await seed(hub);
    console.log(`hub seeded: ${WORKSHOPS} sealed workshops, ${(bytes / 1024 / 1024).toFixed(1)} MB sealed`);

    const anchorStarted = performance.now();
    const downloaded = await downloadAll(hub);
    const anchorMs = performance.now() - anchorStarted;
    console.log(`anchor: downloading ${downloaded} documents with _all_docs: ${anchorMs.toFixed(0)} ms`);

    const { ms, taken, restartMs } = await firstSync(hub, dir);
    const ratio = ms / anchorMs;
    console.log(`first sync: ${taken} workshops taken in, mirrored durably: ${ms.toFixed(0)} ms (${(ms / WORKSHOPS).toFixed(2)} ms each)`);
    console.log(
      `  ratio to the anchor: ${ratio.toFixed(1)}x (target <= ${targets.firstSyncRatio}x): ${ratio <= targets.firstSyncRatio && taken === WORKSHOPS ? 'HOLDS' : 'MISSES'}`,
    );
    console.log(`start again from the mirror and catch up with nothing new: ${restartMs.toFixed(0)} ms`);
  } finally {
    await hub.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
