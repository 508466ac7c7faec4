import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';
import type { ChannelName, InputOf, OutputOf } from '../../../core/contract/contract';
import type { AppError } from '../../../core/contract/result';
import { createAppSession, readModuleSources, type AppSession, type Keychain } from '../../../electron/services';
import { createFakeHost } from '../../support/fakeHost';
import { CURRICULA_DIR } from '../curricula/helpers';
import { juvenileHallDraft } from '../planning/harness';

const shippedModules = await readModuleSources(CURRICULA_DIR);
export const PASSPHRASE = 'river stones at dawn';
export const CODE = 'JH-26-014';
export const NOTE = 'The group built its agreements together';

/** A keychain that seals for real: usable, or Linux's plain-text store. */
export function fakeKeychain(usable = true): Keychain {
  return {
    availability: async () => (usable ? { usable: true, backend: 'gnome_libsecret' } : { usable: false, problem: 'basic-text' }),
    seal: async (key) => Buffer.from(key).reverse(),
    open: async (sealed) => Buffer.from(sealed).reverse(),
  };
}

const sessions: AppSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** A start of the app on `day` of March 2027 (a new day makes a new backup generation), or at the times `now` gives. */
export async function startSession(dir: string, keychain = fakeKeychain(), day = 4, now = () => new Date(`2027-03-${String(day).padStart(2, '0')}T18:00:00Z`)) {
  const host = createFakeHost();
  const session = await createAppSession({
    dir,
    environment: { version: '1.0.0', shippedModules, host, clock: { now, timeZone: 'America/Los_Angeles' } },
    keychain,
    now,
    passphraseCost: 10,
  });
  sessions.push(session);
  const call = async <C extends ChannelName>(channel: C, ...input: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]): Promise<OutputOf<C>> => {
    const result = await session.dispatch(channel, input[0]);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<C>;
  };
  const fail = async <C extends ChannelName>(channel: C, input?: InputOf<C>): Promise<AppError> => {
    const result = await session.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error;
  };
  return { session, call, fail, host };
}

export type Started = Awaited<ReturnType<typeof startSession>>;

/** A participant, a workshop with them on it, and session notes: the things that must never be readable on disk. */
export async function recordSomething({ call }: Started): Promise<string> {
  const participant = (await call('participants.save', { code: CODE })).participant;
  const created = await call('workshops.create', juvenileHallDraft({ participantIds: [participant.id] }));
  const meeting = created.workshop.meetings[0]!;
  await call('run.start', { workshopId: created.workshop.id, meetingId: meeting.id, moveToToday: true });
  await call('run.notes', { workshopId: created.workshop.id, meetingId: meeting.id, notes: NOTE });
  return created.workshop.id;
}

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** Every file under `dir` that holds `text` as bytes (UTF-8), named relative to it. */
export async function filesHolding(dir: string, text: string): Promise<string[]> {
  const holding: string[] = [];
  for (const path of await filesUnder(dir)) {
    if ((await readFile(path)).includes(Buffer.from(text, 'utf8'))) holding.push(relative(dir, path));
  }
  return holding;
}

export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of await filesUnder(dir)) {
    if (path.endsWith(`${'/'}lock`)) continue;
    files.set(relative(dir, path), `${(await readFile(path)).toString('base64')}@${(await stat(path)).mtimeMs}`);
  }
  return files;
}
