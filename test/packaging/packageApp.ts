/**
 * Builds the app and packages it with electron-builder's `--dir` target against a given Electron
 * distribution, offline: electronDist replaces the download, and every download route is pointed at
 * a closed local port, so an attempt fails at once instead of quietly reaching the internet.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Builds in one checkout must not overlap: they all rewrite out/. */
const BUILD_LOCK = '/tmp/build.lock';
/** A closed port: anything sent here is refused at once, and the log says so. */
const NOWHERE = 'http://127.0.0.1:9/';

export interface PackageOptions {
  projectDir: string;
  electronDist: string;
  electronVersion: string;
  outputDir: string;
}

export interface PackageResult {
  /** `<outputDir>/linux-unpacked` */
  appOutDir: string;
  /** Everything the build and electron-builder printed. */
  log: string;
}

export async function buildAndPackageForLinux(options: PackageOptions): Promise<PackageResult> {
  const { projectDir, electronDist, electronVersion, outputDir } = options;
  const bin = (name: string) => join(projectDir, 'node_modules', '.bin', name);
  const builderArgs = [
    '--dir',
    '--linux',
    '--x64',
    `--config.electronDist=${electronDist}`,
    `--config.electronVersion=${electronVersion}`,
    `--config.directories.output=${outputDir}`,
  ];
  // Build and package under one lock (where flock exists), so nobody rewrites out/ while
  // electron-builder copies it.
  const buildThenPackage = 'vite="$1"; builder="$2"; shift 2; "$vite" build && exec "$builder" "$@"';
  const shell = ['sh', '-c', buildThenPackage, 'package', bin('electron-vite'), bin('electron-builder'), ...builderArgs];
  const commandLine = hasFlock() ? ['flock', BUILD_LOCK, ...shell] : shell;
  const [command = 'sh', ...args] = commandLine;
  const { code, log } = await run(command, args, projectDir, offlineEnvironment(join(dirname(outputDir), 'empty-download-cache')));
  if (/\bdownloading\b|127\.0\.0\.1:9\b/i.test(log)) {
    throw new Error(`electron-builder tried to download something, but packaging must work offline (is electronDist set?).\n${tail(log)}`);
  }
  if (code !== 0) throw new Error(`Building or packaging failed (exit code ${code}).\n${tail(log)}`);
  return { appOutDir: join(outputDir, 'linux-unpacked'), log };
}

function hasFlock(): boolean {
  return existsSync('/usr/bin/flock') || existsSync('/bin/flock');
}

function offlineEnvironment(cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HTTP_PROXY: NOWHERE,
    HTTPS_PROXY: NOWHERE,
    http_proxy: NOWHERE,
    https_proxy: NOWHERE,
    ELECTRON_MIRROR: NOWHERE,
    ELECTRON_BUILDER_BINARIES_MIRROR: NOWHERE,
    // A fresh, empty cache: nothing downloaded earlier can stand in for a download now.
    ELECTRON_BUILDER_CACHE: cacheDir,
    ELECTRON_CACHE: cacheDir,
    // electron-builder's CLI otherwise asks the npm registry whether it is outdated.
    NO_UPDATE_NOTIFIER: '1',
    NO_COLOR: '1',
  };
  // A proxy exception would let a download past the closed port.
  for (const name of ['NO_PROXY', 'no_proxy', 'FORCE_COLOR']) delete env[name];
  return env;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** The end of the log, without colour codes (some tools colour their output regardless). */
function tail(log: string, lines = 40): string {
  return log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .join('\n');
}
