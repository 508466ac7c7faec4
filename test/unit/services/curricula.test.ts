import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../core/contract/result';
import type { ImportPreview } from '../../../core/domain/curriculum/importing';
import type { ModuleSummary } from '../../../core/domain/curriculum/library';
import type { ModuleProblem } from '../../../core/domain/curriculum/parse';
import { createDispatcher, createHandlers, readModuleSources, type Dispatch, type ModuleSource } from '../../../electron/services';
import { openDataDir, type DataStore } from '../../../electron/storage';
import { createFakeHost, type FakeHost } from '../../support/fakeHost';
import { moduleFileName } from '../../../electron/storage/layout';
import { aliasBomb, CURRICULA_DIR, edited, surveyModuleText, validText } from '../curricula/helpers';
import { day, tempDir } from '../storage/helpers';

const shipped = await readModuleSources(CURRICULA_DIR);
const TEST_ID = 'test-friendship-basics';

interface Harness {
  dir: string;
  store: DataStore;
  host: FakeHost;
  call<T>(channel: string, input?: unknown): Promise<T>;
  fail(channel: string, input?: unknown): Promise<AppError>;
  /** Writes `text` to a file outside the data folder and previews importing it, as the file dialog would. */
  preview(text: string | Uint8Array, name?: string): Promise<ImportPreview>;
  moduleFiles(): Promise<string[]>;
}

const open: DataStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

async function harness(options: { dir?: string; shippedModules?: ModuleSource[]; now?: () => Date } = {}): Promise<Harness> {
  const dir = options.dir ?? (await tempDir('curricula-'));
  const outside = await tempDir('import-source-');
  const store = await openDataDir({ dir, now: options.now ?? (() => day(10)) });
  open.push(store);
  const host = createFakeHost();
  const dispatch: Dispatch = createDispatcher(createHandlers(store, { version: '1.0.0', shippedModules: options.shippedModules ?? shipped, host }));
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  let count = 0;
  return {
    dir,
    store,
    host,
    call,
    fail: async (channel, input) => {
      const result = await dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    },
    async preview(text, name = 'module.yaml') {
      count += 1;
      const path = join(outside, `${count}-${name}`);
      await writeFile(path, text);
      host.nextOpenFile = path;
      return call<ImportPreview>('curricula.chooseImport');
    },
    moduleFiles: async () => (await readdir(join(dir, 'curricula'))).sort(),
  };
}

async function importText(app: Harness, text: string): Promise<ModuleSummary> {
  const preview = await app.preview(text);
  if (!('token' in preview)) throw new Error(`expected an importable module, got ${preview.status}`);
  return app.call<ModuleSummary>('curricula.confirmImport', { token: preview.token });
}

describe('the curriculum library, on real files', () => {
  it('lists the six shipped modules (five originals and the Spanish juvenile-hall series) with their audiences and lengths', async () => {
    const app = await harness();
    const library = await app.call<ModuleSummary[]>('curricula.list');
    expect(library).toHaveLength(6);
    expect(library.filter((module) => module.translationOf !== undefined).map((module) => [module.id, module.language, module.translationOf])).toEqual([
      ['juvenile-hall-five-week-series-es', 'es', 'juvenile-hall-five-week-series@1'],
    ]);
    expect(library.find((module) => module.id === 'girls-group-ten-sessions')).toMatchObject({
      origin: 'shipped',
      ages: { min: 12, max: 18 },
      genderFocuses: ['girls'],
      sessionCount: 10,
      minutes: { min: 90, max: 90 },
      sessionsPerWeek: { min: 1, max: 1 },
    });
    expect(await app.moduleFiles()).toEqual([]);
  });

  it('imports a module written in format 1 with notices of what was assumed, and reads it migrated after a restart', async () => {
    const app = await harness();
    const v1Text = await readFile(join(__dirname, '../../fixtures/curricula/v1-module.yaml'), 'utf8');
    const preview = await app.preview(v1Text);
    if (preview.status !== 'new') throw new Error(`expected new, got ${preview.status}`);
    expect(preview.notices).toEqual([
      { line: 3, column: 1, path: '', message: { code: 'module-format-1', params: { version: 2 } } },
      {
        line: 20,
        column: expect.any(Number),
        path: 'audiences[0].settings[1]',
        message: { code: 'module-setting-renamed', params: { from: 'juvenile-hall', to: 'detention' } },
      },
      { line: 22, column: expect.any(Number), path: 'delivery.sessionsPerWeek', message: { code: 'module-sessions-per-week-read', params: { value: 1 } } },
      {
        line: 24,
        column: expect.any(Number),
        path: 'delivery.closedGroup',
        message: { code: 'module-closed-group-read', params: { closed: 'false', rule: 'open' } },
      },
    ]);
    await app.call('curricula.confirmImport', { token: preview.token });
    // The file is kept as it was written; it is migrated each time it is read.
    expect(await readFile(join(app.dir, 'curricula', moduleFileName(TEST_ID, 1)), 'utf8')).toBe(v1Text);
    await app.store.close();
    const reopened = await harness({ dir: app.dir });
    const module = await reopened.call<{ module: { delivery: unknown; audiences: { settings: string[] }[] } }>('curricula.get', { id: TEST_ID });
    expect(module.module.delivery).toMatchObject({ sessionsPerWeek: { min: 1, max: 1 }, joining: { rule: 'open' } });
    expect(module.module.audiences[0]?.settings).toEqual(['school', 'detention']);
    expect(await reopened.preview(validText())).toMatchObject({ status: 'refused' });
  });

  it('imports a module only when confirmed, stores the exact file, and keeps it across a restart', async () => {
    const app = await harness();
    const preview = await app.preview(validText());
    expect(preview).toMatchObject({ status: 'new', module: { id: TEST_ID, title: 'Friendship Basics (test module)' }, notices: [] });
    expect(await app.moduleFiles()).toEqual([]);

    if (preview.status !== 'new') throw new Error('expected new');
    await app.call('curricula.confirmImport', { token: preview.token });
    expect(await app.moduleFiles()).toEqual([moduleFileName(TEST_ID, 1)]);
    expect(await readFile(join(app.dir, 'curricula', moduleFileName(TEST_ID, 1)), 'utf8')).toBe(validText());

    await app.store.close();
    const reopened = await harness({ dir: app.dir });
    const library = await reopened.call<ModuleSummary[]>('curricula.list');
    expect(library.find((module) => module.id === TEST_ID)).toMatchObject({ origin: 'imported', version: 1 });
    expect((await reopened.call<{ module: { sessions: unknown[] } }>('curricula.get', { id: TEST_ID })).module.sessions).toHaveLength(2);
  });

  it('offers a newer version as an upgrade, replaces the old file, and refuses older or conflicting versions', async () => {
    const app = await harness();
    await importText(app, validText());

    const v2 = edited('version: 1', 'version: 2', edited('title: Friendship Basics (test module)', 'title: Friendship Basics, revised'));
    const upgrade = await app.preview(v2);
    expect(upgrade).toMatchObject({ status: 'upgrade', fromVersion: 1, fromOrigin: 'imported', module: { version: 2 } });
    if (upgrade.status !== 'upgrade') throw new Error('expected upgrade');
    await app.call('curricula.confirmImport', { token: upgrade.token });
    expect(await app.moduleFiles()).toEqual([moduleFileName(TEST_ID, 2)]);

    const older = await app.preview(validText());
    expect(older).toMatchObject({ status: 'refused', reason: { code: 'module-newer-in-library', params: { version: '2', candidate: '1' } } });

    const sameVersionOtherContent = await app.preview(edited('summary: A two-session', 'summary: A changed two-session', v2));
    expect(sameVersionOtherContent).toMatchObject({ status: 'refused', reason: { code: 'module-changed-same-version', params: { next: '3' } } });

    // Same content with other comments and key order is the same module.
    const reordered = `# a comment\n${v2.replace('version: 2\n', '')}version: 2\n`;
    expect(await app.preview(reordered)).toMatchObject({ status: 'unchanged' });
    expect(await app.moduleFiles()).toEqual([moduleFileName(TEST_ID, 2)]);
  });

  it('lets an imported newer version of a shipped module replace it, and brings the shipped one back when removed', async () => {
    const app = await harness();
    const shippedText = shipped.find((source) => source.name === 'young-men-ending-demand.yaml')?.text ?? '';
    const upgraded = edited(/^version: 1$/m, 'version: 2', shippedText);
    const summary = await importText(app, upgraded);
    expect(summary).toMatchObject({ id: 'young-men-ending-demand', version: 2, origin: 'imported' });
    expect((await app.call<ModuleSummary[]>('curricula.list')).filter((module) => module.id === 'young-men-ending-demand')).toEqual([
      expect.objectContaining({ version: 2, origin: 'imported' }),
    ]);
    await app.call('curricula.remove', { id: 'young-men-ending-demand' });
    expect((await app.call<ModuleSummary[]>('curricula.list')).find((module) => module.id === 'young-men-ending-demand')).toMatchObject({
      version: 1,
      origin: 'shipped',
    });
  });

  it('refuses to remove a shipped module, and removes an imported one from disk', async () => {
    const app = await harness();
    expect(await app.fail('curricula.remove', { id: 'girls-group-ten-sessions' })).toMatchObject({
      code: 'forbidden',
      reason: { code: 'module-built-in' },
    });
    await importText(app, validText());
    const library = await app.call<ModuleSummary[]>('curricula.remove', { id: TEST_ID });
    expect(library.map((module) => module.id)).not.toContain(TEST_ID);
    expect(await app.moduleFiles()).toEqual([]);
  });

  it('confirms only the import that was previewed last', async () => {
    const app = await harness();
    const first = await app.preview(validText());
    await app.preview(edited('version: 1', 'version: 5'));
    if (!('token' in first)) throw new Error('expected a token');
    expect(await app.fail('curricula.confirmImport', { token: first.token })).toMatchObject({ code: 'not-found' });
    expect(await app.moduleFiles()).toEqual([]);
  });

  it('does nothing when the user cancels the file dialog', async () => {
    const app = await harness();
    app.host.nextOpenFile = undefined;
    expect(await app.call('curricula.chooseImport')).toEqual({ status: 'cancelled' });
  });

  describe('bad files: a clear message each, and the library unchanged', () => {
    const cases: Array<[string, () => string | Uint8Array, string]> = [
      ['malformed YAML', () => edited('title: Friendship Basics (test module)', 'title: "Friendship'), 'module-yaml-error'],
      ['a wrong type', () => edited('    minutes: 45\n', '    minutes: forty-five\n'), 'should-be-number'],
      ['a missing required field', () => edited(/\ntitle: [^\n]*/, ''), 'required'],
      ['activities longer than their session', () => edited('        minutes: 25', '        minutes: 40'), 'activities-longer'],
      ['a duplicate session id', () => edited('  - id: when-it-feels-wrong', '  - id: what-friends-do'), 'id-repeated-session'],
      ['a duplicate activity id', () => edited('      - id: scenarios', '      - id: closing'), 'id-repeated-activity'],
      ['an unknown field', () => edited('summary: A', 'summery: Typo\nsummary: A'), 'not-a-module-field'],
      ['a 20 MB file', () => new Uint8Array(20 * 1024 * 1024).fill(0x20), 'chosen-file-too-large'],
      ['an alias bomb', aliasBomb, 'module-yaml-aliases'],
      ['__proto__ and constructor keys', () => edited('id: test', '__proto__: { admin: true }\nconstructor: { name: x }\nid: test'), 'not-a-module-field'],
      ['a binary file', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'module-file-binary'],
      ['a file that is not UTF-8', () => Buffer.from('id: café\n', 'latin1'), 'module-file-not-utf8'],
      [
        'a survey answer key that does not match its items',
        () => edited('      who-to-tell: trusted-adult', '      who-to-tell: counsellor', surveyModuleText()),
        'key-not-an-option',
      ],
      ['a survey follow-up without weeksAfter', () => edited('        weeksAfter: 6\n', '', surveyModuleText()), 'needs-weeks-after'],
    ];

    /** What a problem says, as data: the field rule broken, or the message's code. */
    const whatOf = (problem: ModuleProblem) => ('rule' in problem ? problem.rule : problem.message.code);

    it.each(cases)('%s', async (_name, makeFile, what) => {
      const app = await harness();
      const before = await app.call<ModuleSummary[]>('curricula.list');
      const preview = await app.preview(makeFile());
      expect(preview.status).toBe('invalid');
      if (preview.status !== 'invalid') return;
      expect(preview.problems.map(whatOf)).toContain(what);
      expect(await app.call<ModuleSummary[]>('curricula.list')).toEqual(before);
      expect(await app.moduleFiles()).toEqual([]);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
    });
  });

  it('sets aside a damaged imported module at start-up and restores it from the day’s backup', async () => {
    const app = await harness({ now: () => day(10) });
    await importText(app, validText());
    await app.store.close();
    // The next day's start-up backs up the imported module before anything goes wrong.
    const nextDay = await harness({ dir: app.dir, now: () => day(11) });
    await nextDay.store.close();
    await writeFile(join(app.dir, 'curricula', moduleFileName(TEST_ID, 1)), 'id: [broken');

    const reopened = await harness({ dir: app.dir, now: () => day(12) });
    expect(reopened.store.notices()).toEqual([expect.objectContaining({ code: 'recovered-from-backup', file: `curricula/${moduleFileName(TEST_ID, 1)}` })]);
    expect(await readFile(join(app.dir, 'curricula', moduleFileName(TEST_ID, 1)), 'utf8')).toBe(validText());
    expect((await reopened.moduleFiles()).some((name) => name.includes('.corrupt-'))).toBe(true);
    expect((await reopened.call<ModuleSummary[]>('curricula.list')).map((module) => module.id)).toContain(TEST_ID);
  });

  it('tells the user when a damaged imported module has no backup', async () => {
    const dir = await tempDir('curricula-');
    const first = await harness({ dir, now: () => day(10) });
    await first.store.close();
    await writeFile(join(dir, 'curricula', `${TEST_ID}@1.yaml`), Buffer.from([0, 1, 2]));
    const app = await harness({ dir, now: () => day(10, 15) });
    expect(app.store.notices()).toEqual([expect.objectContaining({ code: 'module-set-aside', file: `curricula/${TEST_ID}@1.yaml` })]);
    expect((await app.call<ModuleSummary[]>('curricula.list')).map((module) => module.id)).not.toContain(TEST_ID);
  });
});
