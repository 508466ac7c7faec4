/**
 * Screenshots of the program hub's screens at 1366x768 and 1920x1080: Settings › Program hub (off,
 * and a coordinator's with members and the leave question), the decisions list with the sidebar's
 * "needs you", and the workshop page's Share switch with the sidebar offline. Main's hub channels are
 * not wired in this branch, so the page's hub.* calls are answered by a stand-in injected into the
 * page; everything else is the real app on a temp data folder. Axe runs on each screen too. Run after a build:
 * `npx tsx test/support/hubShots.ts <folder>`.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HubDecision, HubSettingsView, HubStatus } from '../../core/contract/hub';
import type { Workshop } from '../../core/domain/workshop';
import { ENTRY_URL, launchBridgedRenderer } from './bridgedRenderer';
import { callThroughPage } from './pageCall';

const NOW = new Date('2027-03-16T23:00:00.000Z');

interface HubScene {
  status: HubStatus;
  settings: HubSettingsView | null;
  decisions: HubDecision[];
  /** The workshop was withdrawn from the program by another laptop on this day (not shared). */
  withdrawnOn?: string;
}

const off: HubScene = { status: { sync: { kind: 'off' }, pendingDecisions: 0 }, settings: null, decisions: [] };

const coordinator = (sync: HubStatus['sync'], pendingDecisions = 0): HubStatus => ({
  sync,
  pendingDecisions,
  program: { name: 'Harbor Youth Services – juvenile halls', role: 'coordinator', epoch: 2, sharedWorkshops: 3 },
  members: [
    { userName: 'maria.coordinator', role: 'coordinator', state: 'joined', you: true },
    { userName: 'ana.reyes', role: 'facilitator', state: 'joined', you: false },
    { userName: 'ben.okafor', role: 'facilitator', state: 'joined', you: false },
    { userName: 'dani.lopez', role: 'facilitator', state: 'invited', you: false },
  ],
});

const connection: HubSettingsView = { address: 'https://hub.harboryouth.org:6984', database: 'harbor-youth', userName: 'maria.coordinator', passwordSet: true };

function decisions(workshopId: string): HubDecision[] {
  const meeting = { code: 'merge-meeting', params: { date: '2027-03-16', time: '15:30' } } as const;
  const side = (revision: string, text: string) => ({ revision, value: { code: 'value-text', params: { text } } }) as const;
  const about = (code: string) => ({ code: 'change-mark', params: { code, meeting } }) as const;
  const common = { workshopId, workshopTitle: 'Knowing Your Worth – Unit B' };
  return [
    { ...common, id: 'd1', label: about('JH-26-004'), kept: side('4-a', 'Present'), other: side('4-b', 'Absent (court date)'), newer: '4-b', here: 'kept' },
    { ...common, id: 'd2', label: about('JH-26-009'), kept: side('4-a', 'Late'), other: side('4-b', 'Present'), newer: '4-a', here: 'kept' },
  ];
}

/**
 * A script that replaces window.facilitator.hub with answers from `scene`; runs in the page, before
 * the app. Written as text: tsx would add helpers to a function's source that the page does not have.
 */
function standInHub(scene: HubScene): string {
  return `(() => {
    const scene = ${JSON.stringify(scene)};
    const ok = (value) => Promise.resolve({ ok: true, value });
    const hub = {
      status: () => ok(scene.status),
      settings: () => ok(scene.settings),
      sharing: (input) => ok(scene.withdrawnOn ? { workshopId: input.workshopId, shared: false, withdrawnOn: scene.withdrawnOn } : { workshopId: input.workshopId, shared: true }),
      share: (input) => ok(input),
      decisions: () => ok(scene.decisions),
      syncNow: () => ok(scene.status),
    };
    window.facilitator = Object.freeze({ ...window.facilitator, hub: Object.freeze(hub) });
  })();`;
}

async function main(folder: string) {
  await mkdir(folder, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'hub-shots-'));
  const app = await launchBridgedRenderer({ dir, now: () => NOW, clock: { now: () => NOW, timeZone: 'America/Los_Angeles' } });
  const { page, context } = app;
  await page.waitForFunction(() => 'facilitator' in window);
  const call = callThroughPage(page);
  await call('settings.setOrganisation', { name: 'Harbor Youth Services' });
  const { sites } = await call('settings.saveSite', { name: 'Hillcrest Juvenile Hall', kind: 'detention' });
  const created = (await call('workshops.create', {
    title: 'Knowing Your Worth – Unit B',
    audience: 'Girls 14–17, Unit B',
    facilitators: [],
    timeZone: 'America/Los_Angeles',
    moduleId: 'juvenile-hall-five-week-series',
    plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
    participantIds: [],
    siteId: (sites as { id: string }[])[0]!.id,
  })) as { workshop: Workshop };
  const workshopId = created.workshop.id;

  const shoot = async (name: string, scene: HubScene, path: string, ready: () => Promise<void>) => {
    // Init scripts run in the order they were added: this one, added last, answers hub.* on every load.
    await context.addInitScript({ content: standInHub(scene) });
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${ENTRY_URL}#${path}`);
      await page.reload();
      await ready().catch(async (error: unknown) => {
        await page.screenshot({ path: join(folder, `${name}-${width}-failed.png`) });
        throw error;
      });
      await page.screenshot({ path: join(folder, `${name}-${width}.png`) });
    }
    // As the end-to-end tests do: nothing serious for axe on each screen.
    const results = await new AxeBuilder({ page }).analyze();
    for (const violation of results.violations.filter((each) => each.impact === 'serious' || each.impact === 'critical')) {
      process.exitCode = 1;
      console.error(`${name}: ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  };

  await shoot('hub-settings-off', off, '/settings/hub', async () => {
    await page.getByRole('form', { name: 'Connection to the hub' }).waitFor();
  });
  const inProgram = { status: coordinator({ kind: 'up-to-date' }), settings: connection, decisions: [] };
  await shoot('hub-settings-coordinator', inProgram, '/settings/hub', async () => {
    await page.getByRole('region', { name: 'Members' }).waitFor();
  });
  await shoot('hub-settings-leave', inProgram, '/settings/hub', async () => {
    await page.getByRole('button', { name: 'Leave the program…' }).click();
    await page.getByRole('group', { name: /^Leave Harbor/ }).scrollIntoViewIfNeeded();
  });
  await shoot(
    'hub-decisions',
    { status: coordinator({ kind: 'needs-you', why: 'decisions' }, 2), settings: connection, decisions: decisions(workshopId) },
    '/program/decisions',
    async () => {
      await page.getByRole('button', { name: 'Save these 2 decisions' }).waitFor();
    },
  );
  await shoot(
    'hub-workshop-share',
    {
      status: coordinator({ kind: 'offline', since: '2027-03-16T22:40:00.000Z', sinceOn: '2027-03-16', sinceAt: '15:40', sinceToday: true }),
      settings: connection,
      decisions: [],
    },
    `/workshops/${workshopId}`,
    async () => {
      await page.getByRole('switch', { name: 'Share with the program' }).waitFor();
    },
  );
  const withdrawn = { ...inProgram, withdrawnOn: '2027-03-15' };
  await shoot('hub-workshop-withdrawn', withdrawn, `/workshops/${workshopId}`, async () => {
    await page.getByRole('note').filter({ hasText: 'Withdrawn from the program' }).waitFor();
  });
  // The same screens in Spanish, whose sentences run longer.
  await call('settings.setPreferences', { language: 'es' });
  await shoot('hub-workshop-withdrawn-es', withdrawn, `/workshops/${workshopId}`, async () => {
    await page.getByRole('note').filter({ hasText: 'retiró este taller' }).waitFor();
  });
  await shoot('hub-settings-coordinator-es', inProgram, '/settings/hub', async () => {
    await page.getByRole('region', { name: 'Integrantes' }).waitFor();
  });
  await shoot('hub-settings-leave-es', inProgram, '/settings/hub', async () => {
    await page.getByRole('button', { name: 'Salir del programa…' }).click();
    await page.getByRole('group', { name: /^¿Salir de Harbor/ }).scrollIntoViewIfNeeded();
  });
  await app.close();
}

void main(process.argv[2] ?? 'test/artifacts/screens/hub');
