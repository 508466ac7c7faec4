import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fixturesDir, repoRoot } from './helpers';

/** Runs a fixture under tsx, the way the crash and lock tests need a real second process. */
export function runFixture(name: string, dataDir: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(fixturesDir, name), dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('close', () => resolve()));
}

/** Resolves with the first stdout line matching `pattern`; rejects if the child ends first. */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => finish(new Error(`no line matching ${pattern} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
    const onOut = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) finish(undefined, line);
    };
    const onErr = (chunk: Buffer) => {
      err += chunk.toString();
    };
    const onClose = () => finish(new Error(`child ended (code ${child.exitCode}) before printing ${pattern}; stderr: ${err}`));
    function finish(error: Error | undefined, line?: string) {
      clearTimeout(timer);
      child.stdout?.off('data', onOut);
      child.stderr?.off('data', onErr);
      child.off('close', onClose);
      if (error) reject(error);
      else resolve(line as string);
    }
    child.stdout?.on('data', onOut);
    child.stderr?.on('data', onErr);
    child.once('close', onClose);
  });
}

/** The pid of a process that has certainly ended. */
export function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', '']);
  if (result.pid === undefined) throw new Error('could not start node');
  return result.pid;
}
