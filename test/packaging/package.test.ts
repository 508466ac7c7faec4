/**
 * Packages the app the way a release does (electron-builder with electron-builder.yml), but as an
 * unpacked directory and against a stub Electron, so packaging mistakes show up here, offline,
 * rather than on the machine that builds the installers.
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile, getRawHeader, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { buildAndPackageForLinux } from './packageApp';
import { writeStubElectron, type FuseByte } from './stubElectron';

const projectDir = resolve(__dirname, '../..');

/** DESIGN.md, "Electron security baseline": the state each fuse must have in a packaged app. */
const REQUIRED_FUSES: Record<FuseV1Options, boolean> = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
const FUSE_ORDER = Object.keys(REQUIRED_FUSES)
  .map(Number)
  .sort((a, b) => a - b) as FuseV1Options[];

/** Every fuse of the stub starts in the opposite state, so each one must be flipped to pass. */
const STUB_FUSES: FuseByte[] = FUSE_ORDER.map((fuse) => (REQUIRED_FUSES[fuse] ? '0' : '1'));

const fuseNames = (states: Record<number, string>) => Object.fromEntries(FUSE_ORDER.map((fuse) => [FuseV1Options[fuse], states[fuse]]));

let workDir: string;
let appOutDir: string;
let asarPath: string;
let entries: string[];

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'facilitator-packaging-'));
  const electronVersion = (JSON.parse(await readFile(join(projectDir, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const electronDist = await writeStubElectron(join(workDir, 'electron-dist'), electronVersion, STUB_FUSES);
  ({ appOutDir } = await buildAndPackageForLinux({ projectDir, electronDist, electronVersion, outputDir: join(workDir, 'dist') }));
  asarPath = join(appOutDir, 'resources', 'app.asar');
  entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
}, 180_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

interface AsarDirectory {
  files: Record<string, AsarDirectory | { integrity?: { algorithm: string; hash: string } }>;
}

const packagedText = (path: string) => extractFile(asarPath, path).toString('utf8');

describe('the packaged app', () => {
  it('starts the main script that package.json names, with its preload and renderer beside it', () => {
    const manifest = JSON.parse(packagedText('package.json')) as { main: string };
    expect(manifest.main).toBe('out/main/index.js');
    expect(entries).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']));
  });

  it('holds every script and stylesheet the renderer page loads', () => {
    const page = packagedText('out/renderer/index.html');
    const assets = [...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => `out/renderer/${match[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((asset) => !entries.includes(asset))).toEqual([]);
  });

  it('ships every curriculum module of curricula/, word for word, inside the main script', async () => {
    const mainScript = packagedText('out/main/index.js');
    const moduleFiles = (await readdir(join(projectDir, 'curricula'))).filter((name) => name.endsWith('.yaml'));
    expect(moduleFiles.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const name of moduleFiles) {
      const text = await readFile(join(projectDir, 'curricula', name), 'utf8');
      if (!mainScript.includes(JSON.stringify(text))) missing.push(name);
    }
    expect(missing).toEqual([]);
  });

  it('leaves out sources, tests, source maps, environment files and node_modules', () => {
    const unwanted = entries.filter(
      (entry) =>
        /\.(ts|tsx|map)$/.test(entry) ||
        /(^|\/)\.env/.test(entry) ||
        /(^|\/)(node_modules|test|electron|curricula)(\/|$)/.test(entry) ||
        !(entry === 'package.json' || entry === 'out' || entry.startsWith('out/')),
    );
    expect(unwanted).toEqual([]);
  });

  it('keeps the app only in app.asar, with nothing unpacked beside it', async () => {
    // onlyLoadAppFromAsar refuses a resources/app folder; an app.asar.unpacked would escape integrity checks.
    expect(await readdir(join(appOutDir, 'resources'))).toEqual(['app.asar']);
  });

  it('records a SHA-256 integrity hash for every file in app.asar', () => {
    // What EnableEmbeddedAsarIntegrityValidation checks on Windows and macOS, against the header hash
    // electron-builder writes into the .exe or Info.plist. Electron has no such check on Linux, so
    // a Linux package carries no header hash to look for.
    const withoutHash: string[] = [];
    const walk = (directory: AsarDirectory, prefix: string) => {
      for (const [name, entry] of Object.entries(directory.files)) {
        const path = `${prefix}${name}`;
        if ('files' in entry) walk(entry, `${path}/`);
        else if (entry.integrity?.algorithm !== 'SHA256' || !entry.integrity.hash) withoutHash.push(path);
      }
    };
    walk(getRawHeader(asarPath).header as AsarDirectory, '');
    expect(withoutHash).toEqual([]);
  });

  it('flips every fuse DESIGN.md asks for in the app executable', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'facilitator'));
    const byteOf = (state: number | undefined) => (state === undefined ? 'missing' : String.fromCharCode(state));
    const actual = fuseNames(Object.fromEntries(FUSE_ORDER.map((fuse) => [fuse, byteOf(wire[fuse])])));
    const required = fuseNames(Object.fromEntries(FUSE_ORDER.map((fuse) => [fuse, REQUIRED_FUSES[fuse] ? '1' : '0'])));
    expect(actual).toEqual(required);
  });
});
