import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Facilitator, Settings } from '../../../core/domain/settings';
import type { Workshop } from '../../../core/domain/workshop';
import { buildWorkshop } from '../../support/workshops';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const fixturesDir = join(repoRoot, 'test/fixtures/storage');

const created: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'storage-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Noon (local time) on the given day of January 2025, so "today" never depends on the time zone. */
export function day(n: number, hour = 12): Date {
  return new Date(2025, 0, n, hour, 0, 0, 0);
}

export function clock(start: Date) {
  let current = start;
  return {
    now: () => new Date(current),
    set(date: Date) {
      current = date;
    },
  };
}

export async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

export async function listTemps(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

export function facilitator(name: string): Facilitator {
  return { id: randomUUID(), name, roles: ['lead'] };
}

export function addFacilitator(name: string) {
  return (settings: Settings): Settings => ({ ...settings, facilitators: [...settings.facilitators, facilitator(name)] });
}

export function workshop(title: string, at = day(1)): Workshop {
  const iso = at.toISOString();
  return buildWorkshop({ title, createdAt: iso, updatedAt: iso });
}
