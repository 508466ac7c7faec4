import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  emptyProgramLists,
  liveRecords,
  mergeProgramLists,
  programListsOf,
  readProgramLists,
  settingsWithProgramLists,
  type ProgramLists,
  type SharedRecords,
} from '../../../core/domain/hub/programLists';
import { defaultSettings, type Facilitator, type Resource, type Site } from '../../../core/domain/settings';

const T1 = '2027-03-01T10:00:00.000Z';
const T2 = '2027-03-02T10:00:00.000Z';
const T3 = '2027-03-03T10:00:00.000Z';

const site = (name: string, id = randomUUID()): Site => ({ id, name, kind: 'detention' });
const facilitator = (name: string, id = randomUUID()): Facilitator => ({ id, name, roles: ['lead'] });
const resource = (name: string): Resource => ({ id: randomUUID(), name, contact: '1-888-373-7888', hours: '24/7', notes: '' });
const noRecords: SharedRecords = { sites: [], facilitators: [], resources: [] };

/** This laptop's lists as they would travel, from its records and what the program last had. */
function listsOf(records: Partial<SharedRecords>, last = emptyProgramLists(), now = T1): ProgramLists {
  return programListsOf({ records: { ...noRecords, ...records }, modules: [], last, keptHere: [], now });
}

describe('the program’s shared lists: merging leaves', () => {
  const hall = site('Eastlake Juvenile Hall');
  const ana = facilitator('Ana Reyes');
  const a = listsOf({ sites: [hall], facilitators: [ana] }, emptyProgramLists(), T1);
  const b = listsOf({ resources: [resource('Trafficking hotline')] }, emptyProgramLists(), T2);
  const c = {
    ...listsOf({ sites: [hall], facilitators: [{ ...ana, name: 'Ana Reyes-Lopez' }] }, a, T3),
    modules: [{ id: 'my-life-my-choice', version: 2, title: 'My Life My Choice' }],
  };

  it('gives the same body whatever the order of the leaves', () => {
    const orders = [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [b, c, a],
    ];
    const merged = orders.map((leaves) => JSON.stringify(mergeProgramLists(leaves)));
    expect(new Set(merged).size).toBe(1);
    expect(mergeProgramLists([a, b])).toEqual(mergeProgramLists([b, a]));
  });

  it('keeps every entry added on either side, and the later change of an entry changed on both', () => {
    const merged = mergeProgramLists([a, b, c]);
    expect(liveRecords(merged.sites)).toEqual([hall]);
    expect(liveRecords(merged.resources).map((entry) => entry.name)).toEqual(['Trafficking hotline']);
    expect(liveRecords(merged.facilitators)).toEqual([{ ...ana, name: 'Ana Reyes-Lopez' }]);
    expect(merged.modules).toEqual([{ id: 'my-life-my-choice', version: 2, title: 'My Life My Choice' }]);
  });

  it('a removal travels as a tombstone: merged with a leaf that still has the entry, it stays removed', () => {
    const removed = listsOf({ facilitators: [ana] }, a, T2);
    expect(removed.sites).toEqual([{ id: hall.id, changedAt: T2, removed: true }]);
    expect(liveRecords(mergeProgramLists([a, removed]).sites)).toEqual([]);
    // Changed again after the removal, elsewhere: the later change wins, it comes back.
    const edited = listsOf({ sites: [{ ...hall, name: 'Eastlake Hall, Unit B' }], facilitators: [ana] }, a, T3);
    expect(liveRecords(mergeProgramLists([removed, edited]).sites)).toEqual([{ ...hall, name: 'Eastlake Hall, Unit B' }]);
  });

  it('dates only what changed here: an entry as the program last had it keeps its time', () => {
    const next = listsOf({ sites: [hall], facilitators: [ana], resources: [resource('Clinic')] }, a, T3);
    expect(next.sites).toEqual(a.sites);
    expect(next.resources.every((entry) => entry.changedAt === T3)).toBe(true);
  });
});

describe('the program’s shared lists: dating a change made here', () => {
  it('a change or removal made with a clock behind the version it replaces is dated just after that version, so it wins', () => {
    const hall = site('Eastlake Juvenile Hall');
    const last = listsOf({ sites: [hall] }, emptyProgramLists(), T3);
    const renamed = listsOf({ sites: [{ ...hall, name: 'Eastlake Hall' }] }, last, T1);
    expect(renamed.sites).toEqual([{ ...hall, name: 'Eastlake Hall', changedAt: '2027-03-03T10:00:00.001Z' }]);
    expect(liveRecords(mergeProgramLists([last, renamed]).sites)).toEqual([{ ...hall, name: 'Eastlake Hall' }]);
    const removed = listsOf({}, last, T1);
    expect(liveRecords(mergeProgramLists([last, removed]).sites)).toEqual([]);
  });
});

describe('the program’s shared lists: into Settings', () => {
  it('adds and changes entries, removes what the program removed, but keeps one a workshop here names', () => {
    const kept = site('Eastlake Juvenile Hall');
    const gone = site('Old community center');
    const renamed = facilitator('Ben');
    const settings = { ...defaultSettings(), sites: [kept, gone], facilitators: [renamed] };
    const program: ProgramLists = {
      ...emptyProgramLists(),
      sites: [
        { id: kept.id, changedAt: T2, removed: true },
        { id: gone.id, changedAt: T2, removed: true },
      ],
      facilitators: [{ ...renamed, name: 'Ben Ortiz', changedAt: T2 }],
      resources: [{ ...resource('Crisis text line'), changedAt: T1 }],
    };
    const applied = settingsWithProgramLists(settings, program, new Set([kept.id]));
    expect(applied.settings.sites).toEqual([kept]);
    expect(applied.keptHere).toEqual([kept.id]);
    expect(applied.settings.facilitators).toEqual([{ ...renamed, name: 'Ben Ortiz' }]);
    expect(applied.settings.resources.map((entry) => entry.name)).toEqual(['Crisis text line']);
    // The kept entry stays removed on the program: this laptop does not bring it back.
    const again = programListsOf({ records: applied.settings, modules: [], last: program, keptHere: applied.keptHere, now: T3 });
    expect(again.sites.find((entry) => entry.id === kept.id)).toEqual({ id: kept.id, changedAt: T2, removed: true });
  });
});

describe('the program’s shared lists: reading a body', () => {
  it('refuses what is not lists, a newer version, or a bad entry, saying where', () => {
    expect(readProgramLists({ format: 'facilitator-workshop-bundle' })).toEqual({ ok: false, problems: [{ code: 'hub-lists-not-lists' }] });
    expect(readProgramLists({ ...emptyProgramLists(), version: 9 })).toEqual({ ok: false, problems: [{ code: 'hub-lists-version', params: { found: '9' } }] });
    const bad = { ...emptyProgramLists(), sites: [{ id: randomUUID(), name: '', kind: 'detention', changedAt: T1 }] };
    const read = readProgramLists(bad);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ code: 'hub-lists-field', params: { path: 'sites[0].name' } });
    expect(readProgramLists(listsOf({ sites: [site('Hall')] }))).toMatchObject({ ok: true });
  });
});
