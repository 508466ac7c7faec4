import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanSources, triage, type Finding, type ReviewedFinding } from './scanner';

const ELECTRON_VERSION = '45.5.0';

let sourceDir: string;

beforeEach(async () => {
  sourceDir = await mkdtemp(join(tmpdir(), 'facilitator-electronegativity-'));
});

afterEach(async () => {
  await rm(sourceDir, { recursive: true, force: true });
});

const finding = (check: string, file: string, severity: Finding['severity'] = 'HIGH'): Finding => ({
  check,
  file,
  line: 1,
  column: 1,
  severity,
  confidence: 'FIRM',
  description: '',
  manualReview: false,
});

describe('the Electronegativity gate', () => {
  it('reports a window that turns context isolation off as a HIGH finding in TypeScript source', async () => {
    await writeFile(
      join(sourceDir, 'window.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const open = (preload: string): BrowserWindow =>',
        '  new BrowserWindow({ webPreferences: { preload, contextIsolation: false } } satisfies object);',
      ].join('\n'),
    );
    const findings = await scanSources(sourceDir, ELECTRON_VERSION);
    expect(findings).toContainEqual(expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', line: 3 }));
  });

  it('refuses to pass a file it could not parse, since none of its checks ran on it', async () => {
    await writeFile(join(sourceDir, 'broken.ts'), 'export const = ;\n');
    await expect(scanSources(sourceDir, ELECTRON_VERSION)).rejects.toThrow(/could not parse[\s\S]*broken\.ts/);
  });

  it('lets a review cover the same check in the same file, and nothing else', () => {
    const reviewed: ReviewedFinding[] = [{ check: 'AUXCLICK_JS_CHECK', file: 'electron/main/window.ts', reason: 'denied elsewhere' }];
    const findings = [
      finding('AUXCLICK_JS_CHECK', 'electron/main/window.ts', 'MEDIUM'),
      finding('AUXCLICK_JS_CHECK', 'electron/main/presenter.ts', 'MEDIUM'),
      finding('CONTEXT_ISOLATION_JS_CHECK', 'electron/main/window.ts'),
    ];
    const { open, stale } = triage(findings, reviewed);
    expect(open.map((item) => `${item.check} ${item.file}`)).toEqual([
      'AUXCLICK_JS_CHECK electron/main/presenter.ts',
      'CONTEXT_ISOLATION_JS_CHECK electron/main/window.ts',
    ]);
    expect(stale).toEqual([]);
  });

  it('names reviews that match no finding any more', () => {
    const reviewed: ReviewedFinding[] = [{ check: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', reason: 'contract only' }];
    expect(triage([], reviewed).stale).toEqual(reviewed);
  });
});
