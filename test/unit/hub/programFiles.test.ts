import { describe, expect, it } from 'vitest';
import { hubSettingsSchema, isAllowedHubAddress } from '../../../core/domain/hub/hubSettings';
import { joinFileName, joinFileText, readJoinFile, readJoinPayload, type JoinPayload } from '../../../core/domain/hub/joinFile';
import { issuesOf } from '../../../core/domain/issues';
import { couchClient, HubRequestError } from '../../../electron/services/hub/couchClient';
import { openJoinFile, sealJoinFile } from '../../../electron/services/hub/joinFiles';
import { newMemberKeyPair, ProgramKeyUnwrapError, unwrapProgramKey, wrapProgramKey } from '../../../electron/services/hub/memberKeys';

const bytes = (text: string) => new TextEncoder().encode(text);
const MADE_AT = '2026-03-02T15:40:00.000Z';

describe('hub settings', () => {
  it.each(['https://hub.example.org', 'https://hub.example.org:6984/', 'http://127.0.0.1:5984', 'http://localhost:5984', 'http://[::1]:5984'])(
    'allows %s',
    (address) => {
      expect(isAllowedHubAddress(address)).toBe(true);
    },
  );

  it('refuses plain http anywhere but loopback, and says why for each address field problem', () => {
    const problems = (address: string) =>
      issuesOf(hubSettingsSchema.safeParse({ address, database: 'program-a', userName: 'ana' }).error!).map((issue) => [issue.path, issue.rule]);
    expect(problems('http://hub.example.org')).toEqual([['address', 'hub-not-https']]);
    expect(problems('http://192.168.1.20:5984')).toEqual([['address', 'hub-not-https']]);
    expect(problems('https://admin:secret@hub.example.org')).toEqual([['address', 'hub-address-credentials']]);
    expect(problems('https://hub.example.org/program-a')).toEqual([['address', 'hub-address-path']]);
    expect(problems('https://hub.example.org/?db=x')).toEqual([['address', 'hub-address-path']]);
    expect(problems('ftp://hub.example.org')).toEqual([['address', 'hub-not-an-address']]);
    expect(problems('hub.example.org')).toEqual([['address', 'hub-not-an-address']]);
    expect(problems('')).toEqual([['address', 'required']]);
  });

  it('keeps the origin of an allowed address and checks the database and user names by CouchDB’s rules', () => {
    expect(hubSettingsSchema.parse({ address: ' https://Hub.Example.org:6984/ ', database: 'program-a', userName: 'ana.r' }).address).toBe(
      'https://hub.example.org:6984',
    );
    const rules = (database: string, userName: string) =>
      issuesOf(hubSettingsSchema.safeParse({ address: 'https://hub.example.org', database, userName }).error!).map((issue) => [issue.path, issue.rule]);
    expect(rules('Program', 'ana')).toEqual([['database', 'hub-database-name']]);
    expect(rules('1program', '_admin')).toEqual([
      ['database', 'hub-database-name'],
      ['userName', 'hub-user-name'],
    ]);
    expect(rules('program-a', 'ana:x')).toEqual([['userName', 'hub-user-name']]);
    expect(rules('program-a', '')).toEqual([['userName', 'required']]);
  });
});

describe('join files', () => {
  const file = joinFileText({ madeAt: MADE_AT, sealed: Buffer.from('sealed bytes of a join file').toString('base64') });

  it('is offered under a file name made from the user name', () => {
    expect(joinFileName('ana.r')).toBe('ana.r.facilitator-join');
    expect(joinFileName('../ana/b')).toBe('-ana-b.facilitator-join');
  });

  it('reads its own file', () => {
    const read = readJoinFile(bytes(file));
    expect(read.ok && read.envelope.madeAt).toBe(MADE_AT);
  });

  it('says what is wrong: not a join file, newer, cut short, changed', () => {
    const problem = (text: string | Uint8Array) => {
      const read = readJoinFile(typeof text === 'string' ? bytes(text) : text);
      return read.ok ? 'read' : read.problem;
    };
    expect(problem('{"format":"facilitator-workshop-bundle","version":3}')).toEqual({ code: 'join-file-not-a-join-file' });
    expect(problem(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ code: 'join-file-not-a-join-file' });
    expect(problem(file.replace('"version": 1', '"version": 2'))).toEqual({ code: 'join-file-newer', params: { found: 2, known: 1 } });
    expect(problem(file.slice(0, file.length - 20))).toEqual({ code: 'join-file-cut-short' });
    // The sealed bytes shortened but the JSON still whole: still cut short, never passed off as a wrong passphrase.
    const envelope = JSON.parse(file) as { sealed: string };
    expect(problem(file.replace(envelope.sealed, envelope.sealed.slice(8)))).toEqual({ code: 'join-file-cut-short' });
    expect(problem(file.replace(MADE_AT, 'yesterday'))).toEqual({ code: 'join-file-damaged' });
  });

  it('refuses a sealed payload whole when any part is off (an http hub address, a short key)', () => {
    const payload = {
      hub: { address: 'https://hub.example.org', database: 'program-a' },
      userName: 'ana',
      oneTimePassword: 'one-time',
      program: { id: '0b6f6a4e-8f0c-4d8e-9a51-3f1e7c2d9b10', name: 'Eastside groups', keys: [{ epoch: 1, key: Buffer.alloc(32, 7).toString('base64') }] },
    };
    expect(readJoinPayload(bytes(JSON.stringify(payload))).ok).toBe(true);
    expect(readJoinPayload(bytes(JSON.stringify({ ...payload, hub: { ...payload.hub, address: 'http://hub.example.org' } })))).toEqual({
      ok: false,
      problem: { code: 'join-file-damaged' },
    });
    expect(readJoinPayload(bytes(JSON.stringify({ ...payload, program: { ...payload.program, keys: [{ epoch: 1, key: 'c2hvcnQ=' }] } }))).ok).toBe(false);
  });
});

describe('program keys wrapped for one member', () => {
  const programKey = Buffer.alloc(32, 42);
  const context = { programId: '0b6f6a4e-8f0c-4d8e-9a51-3f1e7c2d9b10', epoch: 2, memberName: 'ana' };

  it('open for that member only, and only as the program, epoch and member they were wrapped for', () => {
    const ana = newMemberKeyPair();
    const ben = newMemberKeyPair();
    const wrapped = wrapProgramKey(programKey, ana.publicKey, context);
    expect(unwrapProgramKey(wrapped, ana, context).equals(programKey)).toBe(true);
    expect(() => unwrapProgramKey(wrapped, ben, context)).toThrow(ProgramKeyUnwrapError);
    expect(() => unwrapProgramKey(wrapped, ana, { ...context, epoch: 3 })).toThrow(ProgramKeyUnwrapError);
    expect(() => unwrapProgramKey(wrapped, ana, { ...context, memberName: 'ben' })).toThrow(ProgramKeyUnwrapError);
    expect(() => unwrapProgramKey(wrapped, ana, { ...context, programId: '1b6f6a4e-8f0c-4d8e-9a51-3f1e7c2d9b10' })).toThrow(ProgramKeyUnwrapError);
    expect(() => unwrapProgramKey(wrapped.slice(0, -8), ana, context)).toThrow(ProgramKeyUnwrapError);
  });

  it('never carry the key in the clear', () => {
    const wrapped = Buffer.from(wrapProgramKey(programKey, newMemberKeyPair().publicKey, context), 'base64');
    expect(wrapped.includes(programKey)).toBe(false);
  });
});

describe('the hub client used for membership', () => {
  const user = { name: 'ana', password: 'the-password' };

  it('sends nothing to any origin but the hub’s, asks never to follow a redirect, and names no password in an error', async () => {
    const sent: { url: string; redirect?: RequestRedirect }[] = [];
    const client = couchClient({
      origin: 'https://hub.example.org',
      user,
      fetch: async (url, init) => {
        sent.push({ url, ...(init.redirect ? { redirect: init.redirect } : {}) });
        return new Response('{"error":"unauthorized"}', { status: 401 });
      },
    });
    await expect(client.request('GET', '//elsewhere.example.org/steal')).rejects.toBeInstanceOf(HubRequestError);
    await expect(client.request('GET', 'https://elsewhere.example.org/')).rejects.toBeInstanceOf(HubRequestError);
    expect(sent).toEqual([]);
    const refused = await client.json('GET', '/program-a').catch((error: unknown) => error);
    expect(sent).toEqual([{ url: 'https://hub.example.org/program-a', redirect: 'error' }]);
    expect(refused).toMatchObject({ problem: 'refused', status: 401 });
    expect(String(refused)).not.toContain(user.password);
  });

  it('calls a hub that does not answer unreachable', async () => {
    const client = couchClient({
      origin: 'https://hub.example.org',
      user,
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(client.request('GET', '/')).rejects.toMatchObject({ problem: 'unreachable' });
  });
});

describe('sealed join files', () => {
  const payload: JoinPayload = {
    hub: { address: 'https://hub.example.org', database: 'program-a' },
    userName: 'ana',
    oneTimePassword: 'one-time-password',
    program: { id: '0b6f6a4e-8f0c-4d8e-9a51-3f1e7c2d9b10', name: 'Eastside groups', keys: [{ epoch: 1, key: Buffer.alloc(32, 7).toString('base64') }] },
  };
  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: { reason?: unknown }) => error.reason,
    );

  it('open with their passphrase only, and show nothing of what is sealed on the outside', async () => {
    const file = await sealJoinFile(payload, 'blue heron at dawn', { cost: 10, madeAt: new Date(MADE_AT) });
    expect(file.toString('utf8')).not.toContain('one-time-password');
    expect(file.toString('utf8')).not.toContain('hub.example.org');
    expect(await openJoinFile(file, 'blue heron at dawn')).toEqual(payload);
    expect(await reason(openJoinFile(file, 'grey heron at dusk'))).toEqual({ code: 'join-file-wrong-passphrase' });
  });

  it('refuse sealed bytes this app did not make, and a cost it never uses, before deriving anything', async () => {
    const notSealed = joinFileText({ madeAt: MADE_AT, sealed: Buffer.alloc(64, 1).toString('base64') });
    expect(await reason(openJoinFile(bytes(notSealed), 'blue heron at dawn'))).toEqual({ code: 'join-file-damaged' });
    const sealed = Buffer.from(
      (JSON.parse((await sealJoinFile(payload, 'blue heron at dawn', { cost: 10, madeAt: new Date(MADE_AT) })).toString('utf8')) as { sealed: string }).sealed,
      'base64',
    );
    sealed[4] = 22;
    const costly = joinFileText({ madeAt: MADE_AT, sealed: sealed.toString('base64') });
    expect(await reason(openJoinFile(bytes(costly), 'blue heron at dawn'))).toEqual({ code: 'join-file-seal-cost', params: { cost: 22 } });
  });
});
