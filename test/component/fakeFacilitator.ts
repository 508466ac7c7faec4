/**
 * A fake `window.facilitator` for component tests: the real bridge shape (built by `buildBridge`
 * from the real channel list), inputs checked against the real contract schemas, and Settings and
 * notices kept in memory.
 *
 *   const fake = installFakeFacilitator({ settings: sampleSettings() });
 *   fake.failNext('settings.saveFacilitator', { code: 'storage', message: 'The disk is full.' });
 *   expect(fake.callsTo('settings.saveFacilitator')).toHaveLength(1);
 *
 * Reuse it for new channels: add a handler to `handlers` below. The planning channels (workshops,
 * meetings, roster, participants, schedule) answer only what a test gives in `planning`:
 *
 *   installFakeFacilitator({ planning: { 'workshops.list': () => [summary] } });
 */
import type { AppInfo, Notice } from '../../core/contract/appInfo';
import { buildBridge, type FacilitatorApi } from '../../core/contract/bridge';
import { channelNames, contract, type ChannelName, type OutputOf, type ParsedInputOf } from '../../core/contract/contract';
import type { SavedFile } from '../../core/contract/files';
import { AppFailure, issuesOf, type AppError, type Result } from '../../core/contract/result';
import type { ImportPreview } from '../../core/domain/curriculum/importing';
import { summarise, summariseLibrary, type LibraryModule } from '../../core/domain/curriculum/library';
import { translationFamily } from '../../core/domain/curriculum/translation';
import type { CurriculumModule } from '../../core/domain/curriculum/schema';
import { defaultSettings, removeRecord, upsertRecord, type Settings } from '../../core/domain/settings';

export interface RecordedCall {
  channel: ChannelName;
  input: unknown;
}

interface Held {
  channel: ChannelName;
  gate: Promise<void>;
}

export interface FakeFacilitator {
  /** What the renderer sees as `window.facilitator`. */
  api: FacilitatorApi;
  /** The saved state; change it freely before rendering. */
  settings: Settings;
  info: AppInfo;
  /** The curriculum library, shipped and imported. */
  library: LibraryModule[];
  /** What the next "Import a module…" finds in the chosen file; `module` is added when confirmed. */
  nextImport: { preview: ImportPreview; module?: CurriculumModule };
  /** What the next "Save as PDF…" does. */
  nextSave: SavedFile;
  /** Every call, in order, with the input as sent. */
  calls: RecordedCall[];
  callsTo(channel: ChannelName): unknown[];
  /** The next call to `channel` fails with `error` (queue several by calling again). */
  failNext(channel: ChannelName, error: AppError): void;
  /** Every call to `channel` fails with `error` until `succeed(channel)`. */
  failAlways(channel: ChannelName, error: AppError): void;
  succeed(channel: ChannelName): void;
  /** Calls to `channel` wait until the returned function is called (to see "Saving…"). */
  hold(channel: ChannelName): () => void;
}

export const ids = {
  ana: '3f6c1a52-8d5e-4c1b-9a3e-1b2c3d4e5f60',
  ben: '7a2d4c10-1e3f-4a5b-8c6d-2e3f4a5b6c70',
  northHigh: 'c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5',
  helpline: 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9',
  notice: 'notice-1',
} as const;

/** Settings with one of each record (staff and places only; no participant data). */
export function sampleSettings(): Settings {
  return {
    ...defaultSettings(),
    organisation: { name: 'Riverside Youth Services' },
    facilitators: [
      { id: ids.ana, name: 'Ana Reyes', roles: ['lead'] },
      { id: ids.ben, name: 'Ben Okafor', roles: ['co-facilitator', 'survivor-mentor'] },
    ],
    sites: [{ id: ids.northHigh, name: 'North High School', kind: 'school' }],
    resources: [{ id: ids.helpline, name: 'Youth Crisis Line', contact: 'Text 555-0100', hours: '24 hours', notes: 'Free and confidential.' }],
  };
}

export function sampleNotice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: ids.notice,
    code: 'recovered-from-backup',
    file: 'settings.json',
    movedTo: 'damaged/settings.2025-03-01T10-00-00.json',
    restoredFrom: 'backups/settings.3.json',
    at: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

type Handler<C extends ChannelName> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type PlanningChannel = Extract<
  ChannelName,
  `${'workshops' | 'meetings' | 'roster' | 'participants' | 'schedule' | 'attendance' | 'run' | 'followUps' | 'progress' | 'presenter' | 'exports' | 'bundles' | 'records' | 'reports' | 'protection' | 'backups' | 'retention' | 'surveys' | 'hub'}.${string}`
>;
export type PlanningHandlers = { [C in PlanningChannel]?: Handler<C> };

const planningChannels = channelNames.filter((name): name is PlanningChannel =>
  /^(workshops|meetings|roster|participants|schedule|attendance|run|followUps|progress|presenter|exports|bundles|records|reports|protection|backups|retention|surveys|hub)\./.test(
    name,
  ),
);

function notSetUp(channel: ChannelName) {
  return () => {
    throw new AppFailure('internal', { code: 'unknown-action', params: { action: `${channel} (no answer in this component test)` } });
  };
}

/** A failure to save, as storage reports it; worded: "Could not save settings.json: the disk is full. Nothing was changed." */
export const DISK_FULL: AppError = { code: 'storage', reason: { code: 'save-failed', params: { file: 'settings.json', drive: 'disk-full' } } };
export const DISK_FULL_TEXT = 'Could not save settings.json: the disk is full. Nothing was changed.';
/** A failure to read; worded: "Could not read settings.json: the data folder is missing or was moved." */
export const UNREADABLE: AppError = { code: 'storage', reason: { code: 'read-failed', params: { file: 'settings.json', drive: 'missing' } } };
export const UNREADABLE_TEXT = 'Could not read settings.json: the data folder is missing or was moved.';

export function createFakeFacilitator(
  options: { settings?: Settings; notices?: Notice[]; version?: string; library?: LibraryModule[]; planning?: PlanningHandlers } = {},
): FakeFacilitator {
  const calls: RecordedCall[] = [];
  const failures = new Map<ChannelName, { queue: AppError[]; always?: AppError }>();
  const held: Held[] = [];

  // One object, changed in place, so tests always read the current state.
  const fake: FakeFacilitator = {
    api: undefined as unknown as FacilitatorApi, // set below
    settings: structuredClone(options.settings ?? defaultSettings()),
    info: { version: options.version ?? '0.1.0', dataDir: '/home/facilitator/.config/Facilitator', notices: options.notices ?? [] },
    library: structuredClone(options.library ?? []),
    nextImport: { preview: { status: 'cancelled' } },
    nextSave: { status: 'cancelled' },
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
    failNext(channel, error) {
      const entry = failures.get(channel) ?? { queue: [] };
      entry.queue.push(error);
      failures.set(channel, entry);
    },
    failAlways(channel, error) {
      const entry = failures.get(channel) ?? { queue: [] };
      entry.always = error;
      failures.set(channel, entry);
    },
    succeed(channel) {
      failures.delete(channel);
    },
    hold(channel) {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const entry: Held = { channel, gate };
      held.push(entry);
      return () => {
        held.splice(held.indexOf(entry), 1);
        release();
      };
    },
  };

  const handlers: { [C in ChannelName]: Handler<C> } = {
    ...(Object.fromEntries(planningChannels.map((name) => [name, options.planning?.[name] ?? notSetUp(name)])) as {
      [C in PlanningChannel]: Handler<C>;
    }),
    // Unprotected data unless a test says otherwise, so the app opens straight onto its screens.
    'protection.status':
      options.planning?.['protection.status'] ??
      (() => ({ state: 'unprotected', keychain: { usable: false, problem: 'unavailable', inUse: false, unlocksNow: false } })),
    // No program hub unless a test says otherwise, so the shell shows no sync state.
    'hub.status': options.planning?.['hub.status'] ?? (() => ({ sync: { kind: 'off' }, pendingDecisions: 0 })),
    'app.info': () => fake.info,
    'app.dismissNotice': ({ id }) => {
      fake.info = { ...fake.info, notices: fake.info.notices.filter((n) => n.id !== id) };
      return fake.info;
    },
    'settings.get': () => fake.settings,
    'settings.setOrganisation': (organisation) => save({ organisation: { ...fake.settings.organisation, ...organisation } }),
    'settings.setPreferences': (preferences) => save({ preferences: { ...fake.settings.preferences, ...preferences } }),
    'settings.saveFacilitator': (input) => save({ facilitators: upsertRecord(fake.settings.facilitators, input) }),
    'settings.removeFacilitator': ({ id }) => save({ facilitators: removeRecord(fake.settings.facilitators, id) }),
    'settings.saveSite': (input) => save({ sites: upsertRecord(fake.settings.sites, input) }),
    'settings.removeSite': ({ id }) => save({ sites: removeRecord(fake.settings.sites, id) }),
    'settings.saveResource': (input) => save({ resources: upsertRecord(fake.settings.resources, input) }),
    'settings.removeResource': ({ id }) => save({ resources: removeRecord(fake.settings.resources, id) }),
    'settings.setAttendance': (attendance) => save(attendance),
    'settings.setLock': (lock) => save({ lock }),
    'settings.forgetExportFolder': () => {
      const { exportFolder: _forgotten, ...rest } = fake.settings;
      fake.settings = rest;
      return fake.settings;
    },
    'settings.setRetention': (retention) => save({ retention }),
    'curricula.list': () => summariseLibrary(fake.library),
    'curricula.get': ({ id }) => {
      const entry = fake.library.find((candidate) => candidate.module.id === id);
      if (!entry) throw new AppFailure('not-found', { code: 'module-missing' });
      return entry;
    },
    'curricula.chooseImport': () => fake.nextImport.preview,
    'curricula.confirmImport': ({ token }) => {
      const { preview, module } = fake.nextImport;
      if (!module || !('token' in preview) || preview.token !== token) throw new AppFailure('not-found', { code: 'module-import-expired' });
      fake.library = [...fake.library.filter((entry) => entry.module.id !== module.id), { module, origin: 'imported' }];
      return summarise({ module, origin: 'imported' });
    },
    'curricula.remove': ({ id }) => {
      fake.library = fake.library.filter((entry) => entry.module.id !== id || entry.origin === 'shipped');
      return summariseLibrary(fake.library);
    },
    'curricula.translations': (ref) => translationFamily(fake.library, ref, (entry) => entry.module),
    'print.savePdf': () => fake.nextSave,
  };

  function save(change: Partial<Settings>): Settings {
    fake.settings = { ...fake.settings, ...change };
    return fake.settings;
  }

  async function invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    const name = channel as ChannelName;
    calls.push({ channel: name, input: structuredClone(input) });
    const entry = held.find((h) => h.channel === name);
    if (entry) await entry.gate;
    await Promise.resolve(); // like IPC: never answers synchronously

    const failure = failures.get(name);
    const error = failure?.queue.shift() ?? failure?.always;
    if (error) return { ok: false, error };

    const parsed = contract[name].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', reason: { code: 'input-invalid' }, issues: issuesOf(parsed.error) } };
    }
    const handler = handlers[name] as (input: unknown) => unknown;
    try {
      // A copy, as IPC would give: the renderer can never change the fake's state by accident.
      return { ok: true, value: structuredClone(await handler(parsed.data)) };
    } catch (thrown) {
      if (thrown instanceof AppFailure) return { ok: false, error: thrown.toAppError() };
      throw thrown;
    }
  }

  fake.api = buildBridge(channelNames, invoke);
  return fake;
}

/** Creates a fake and installs it as `window.facilitator`. */
export function installFakeFacilitator(options?: Parameters<typeof createFakeFacilitator>[0]): FakeFacilitator {
  const fake = createFakeFacilitator(options);
  Object.defineProperty(window, 'facilitator', { value: fake.api, configurable: true, writable: true });
  return fake;
}
