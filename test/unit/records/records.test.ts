import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrintableRequest } from '../../../core/contract/records';
import { juvenileHallDraft } from '../planning/harness';
import { AFTER_SERIES, AUDIENCE, heldSeriesHarness as harness, TITLE } from './heldSeries';
import { tempDir } from '../storage/helpers';
import { recordPageUrl } from '../../support/fakeHost';

describe('printable records', () => {
  it('lays out a sign-in sheet with everyone expected that day, in code order, and spare lines', async () => {
    const { app, workshopId, meetings } = await harness();
    const first = await app.call('records.view', { kind: 'sign-in', workshopId, meetingId: meetings[0]!, identification: 'codes' });
    expect(first).toMatchObject({
      kind: 'sign-in',
      date: '2027-03-02',
      startTime: '15:30',
      endTime: '16:30',
      people: ['JH-26-001', 'JH-26-002', 'JH-26-003', 'JH-26-004'],
      spareLines: 4,
      sessions: [{ number: 1 }],
      heading: {
        organisation: 'Harbor Youth Services',
        workshopTitle: TITLE,
        site: 'Hillcrest Juvenile Hall',
        facilitators: ['Ana Reyes'],
        madeOn: '2027-04-10',
      },
    });
    // The facilitator's role says something personal; the sheet names them only.
    expect(JSON.stringify(first)).not.toMatch(/survivor/i);

    const fifth = await app.call('records.view', { kind: 'sign-in', workshopId, meetingId: meetings[4]!, identification: 'initials' });
    if (fifth.kind !== 'sign-in') throw new Error('expected a sign-in sheet');
    expect(fifth.people).toEqual(['AB', 'CD', 'JH-26-003 (code)', 'JH-26-004 (code)', 'JH-26-005 (code)']);
    const byName = await app.call('records.view', { kind: 'sign-in', workshopId, meetingId: meetings[4]!, identification: 'names' });
    expect(byName.kind === 'sign-in' && byName.people[0]).toBe('Ana Bell');
  });

  it('refuses names while Settings have them turned off, and says how to change it', async () => {
    const { app, workshopId, meetings } = await harness();
    await app.call('settings.setPreferences', { allowFullNames: false });
    const error = await app.fail('records.view', { kind: 'sign-in', workshopId, meetingId: meetings[0]!, identification: 'names' });
    expect(error.code).toBe('invalid-input');
    expect(error.reason).toEqual({ code: 'names-export-off' });
  });

  it('summarises the marks, totals and completion of each participant', async () => {
    const { app, workshopId } = await harness();
    const view = await app.call('records.view', { kind: 'attendance-summary', workshopId, identification: 'codes' });
    if (view.kind !== 'attendance-summary') throw new Error('expected a summary');
    expect(view.meetings).toHaveLength(10);
    expect(view.meetings.every((meeting) => meeting.state === 'held')).toBe(true);
    expect(view.completion).toEqual({ needed: 7, of: 10, required: [1] });
    expect(view.legend).toEqual([
      { code: 'P', label: 'Present' },
      { code: 'A', label: 'Absence' },
    ]);
    const row = (code: string) => view.rows.find((entry) => entry.participant === code)!;
    expect(row('JH-26-001')).toMatchObject({ attended: 10, heldWhileEnrolled: 10, share: 1, completion: 'complete' });
    expect(row('JH-26-002')).toMatchObject({ attended: 7, completion: 'complete' });
    expect(row('JH-26-003')).toMatchObject({ attended: 6, completion: 'not-complete' });
    expect(row('JH-26-004')).toMatchObject({ attended: 9, completion: 'not-complete' });
    expect(row('JH-26-004').cells.slice(0, 2)).toEqual(['A', 'P']);
    expect(row('JH-26-005')).toMatchObject({ attended: 6, heldWhileEnrolled: 6 });
    expect(row('JH-26-005').cells.slice(0, 5)).toEqual(['—', '—', '—', '—', 'P']);
  });

  it('writes attendance letters in neutral words: dates and counts, never the workshop, module or audience', async () => {
    const { app, workshopId, ids } = await harness();
    const view = await app.call('records.view', { kind: 'attendance-letter', workshopId, identification: 'codes' });
    if (view.kind !== 'attendance-letter') throw new Error('expected letters');
    expect(view.letters.map((letter) => letter.participant)).toEqual(['JH-26-001', 'JH-26-002', 'JH-26-003', 'JH-26-004', 'JH-26-005']);
    const late = view.letters.find((letter) => letter.participantId === ids.p5)!;
    // The series is an open group: joining at the fifth meeting, they are asked for 70% of the six sessions left (5),
    // and not complete only because required session 1 was held before they joined.
    expect(late).toMatchObject({ from: '2027-03-16', to: '2027-04-01', held: 6, attended: 6, completed: false, sessionsAttended: 6, sessionsNeeded: 5 });
    expect(late.meetings).toHaveLength(6);
    const text = JSON.stringify(view);
    const module = (await app.store.workshops.get(workshopId))!.module;
    for (const revealing of [TITLE, AUDIENCE, module.title, 'survivor', 'Hillcrest']) expect(text).not.toContain(revealing);

    expect(view.heading.contact).toEqual({});

    await app.call('settings.setOrganisation', { name: 'Harbor Youth Services', phone: '555-0100', email: '', address: '12 Main St' });
    const one = await app.call('records.view', { kind: 'attendance-letter', workshopId, participantId: ids.p3, identification: 'codes' });
    expect(one.kind === 'attendance-letter' && one.letters.map((letter) => letter.participant)).toEqual(['JH-26-003']);
    // The contact Settings give, without the fields left empty.
    expect(one.kind === 'attendance-letter' && one.heading.contact).toEqual({ phone: '555-0100', address: '12 Main St' });
  });

  it('makes certificates only for those who completed, and says how far someone else is', async () => {
    const { app, workshopId, ids } = await harness();
    const view = await app.call('records.view', { kind: 'certificate', workshopId, identification: 'initials' });
    if (view.kind !== 'certificate') throw new Error('expected certificates');
    expect(view.certificates).toEqual([
      { participantId: ids.p1, participant: 'AB', completedOn: '2027-04-01', sessionsAttended: 10 },
      { participantId: ids.p2, participant: 'CD', completedOn: '2027-03-23', sessionsAttended: 7 },
    ]);
    const refused = await app.fail('records.view', { kind: 'certificate', workshopId, participantId: ids.p3, identification: 'codes' });
    expect(refused.reason).toEqual({ code: 'not-completed', params: { participant: 'JH-26-003', attended: 6, needed: 7 } });
    const missingRequired = await app.fail('records.view', { kind: 'certificate', workshopId, participantId: ids.p4, identification: 'codes' });
    expect(missingRequired.reason).toEqual({ code: 'not-completed-required', params: { participant: 'JH-26-004', attended: 9, needed: 7 } });
  });

  it('saves the page as a PDF where the user chooses, and notes what, when and how identified in the log', async () => {
    const { app, workshopId, meetings } = await harness();
    const target = join(await tempDir('records-'), 'sheet.pdf');
    app.host.nextSaveTarget = target;
    const document: PrintableRequest = { kind: 'sign-in', workshopId, meetingId: meetings[0]!, identification: 'initials' };
    app.host.pageUrl = recordPageUrl(document);
    const saved = await app.call('records.savePdf', { document, paper: 'a4' });
    expect(saved).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.4 fake');
    expect(app.host.suggestedNames.at(-1)).toBe(`Sign-in sheet ${TITLE} 2027-03-02.pdf`);
    const audit = (await app.store.workshops.get(workshopId))!.audit.filter((entry) => entry.kind === 'exported');
    expect(audit).toEqual([{ at: AFTER_SERIES, kind: 'exported', what: 'sign-in sheet for 2027-03-02, PDF (A4)', identification: 'initials' }]);
  });

  it('keeps the workshop out of the file names of letters and certificates, and logs how many', async () => {
    const { app, workshopId } = await harness();
    app.host.nextSaveTarget = join(await tempDir('records-'), 'certificates.pdf');
    app.host.pageUrl = recordPageUrl({ kind: 'certificate', workshopId, identification: 'codes' });
    await app.call('records.savePdf', { document: { kind: 'certificate', workshopId, identification: 'codes' }, paper: 'letter' });
    expect(app.host.suggestedNames.at(-1)).toBe('Certificates of completion 2027-04-10.pdf');
    const audit = (await app.store.workshops.get(workshopId))!.audit.at(-1);
    expect(audit).toMatchObject({ what: 'certificates of completion (2), PDF (Letter)', identification: 'codes' });
  });

  it.each([
    ['another page', (workshopId: string) => `app://facilitator/index.html#/workshops/${workshopId}`],
    [
      'the record with names where codes were asked for',
      (workshopId: string) => recordPageUrl({ kind: 'attendance-summary', workshopId, identification: 'initials' }),
    ],
    ['another kind of record', (workshopId: string) => recordPageUrl({ kind: 'certificate', workshopId, identification: 'codes' })],
    ['another workshop’s record', () => recordPageUrl({ kind: 'attendance-summary', workshopId: 'another-workshop', identification: 'codes' })],
  ])('refuses to print when the window shows %s, writing no file and no audit entry', async (_label, shown) => {
    const { app, workshopId } = await harness();
    const target = join(await tempDir('records-'), 'summary.pdf');
    app.host.nextSaveTarget = target;
    app.host.pageUrl = shown(workshopId);
    const refused = await app.fail('records.savePdf', { document: { kind: 'attendance-summary', workshopId, identification: 'codes' }, paper: 'letter' });
    expect(refused).toEqual({ code: 'forbidden', reason: { code: 'record-not-shown' } });
    expect(existsSync(target)).toBe(false);
    expect((await app.store.workshops.get(workshopId))!.audit.filter((entry) => entry.kind === 'exported')).toEqual([]);
  });

  it('refuses when the window moved to another page while the save dialog was open', async () => {
    const { app, workshopId } = await harness();
    const target = join(await tempDir('records-'), 'summary.pdf');
    const document: PrintableRequest = { kind: 'attendance-summary', workshopId, identification: 'codes' };
    app.host.pageUrl = recordPageUrl(document);
    app.host.chooseSaveTarget = async () => {
      app.host.pageUrl = recordPageUrl({ ...document, identification: 'initials' });
      return target;
    };
    expect((await app.fail('records.savePdf', { document, paper: 'letter' })).code).toBe('forbidden');
    expect(existsSync(target)).toBe(false);
  });

  it('logs nothing when the user cancels the save dialog, and refuses an empty record', async () => {
    const { app, workshopId } = await harness();
    app.host.nextSaveTarget = undefined;
    app.host.pageUrl = recordPageUrl({ kind: 'attendance-summary', workshopId, identification: 'codes' });
    expect(await app.call('records.savePdf', { document: { kind: 'attendance-summary', workshopId, identification: 'codes' }, paper: 'letter' })).toEqual({
      status: 'cancelled',
    });
    expect((await app.store.workshops.get(workshopId))!.audit.filter((entry) => entry.kind === 'exported')).toEqual([]);

    const empty = await app.call('workshops.create', juvenileHallDraft({ title: 'Nobody yet' }));
    const error = await app.fail('records.savePdf', {
      document: { kind: 'certificate', workshopId: empty.workshop.id, identification: 'codes' },
      paper: 'letter',
    });
    expect(error.reason).toEqual({ code: 'record-nothing-to-print' });
  });

  it('says so when the workshop or the meeting does not exist', async () => {
    const { app, workshopId } = await harness();
    const gone = await app.fail('records.view', { kind: 'attendance-summary', workshopId: crypto.randomUUID(), identification: 'codes' });
    expect(gone.code).toBe('not-found');
    const noMeeting = await app.fail('records.view', { kind: 'sign-in', workshopId, meetingId: crypto.randomUUID(), identification: 'codes' });
    expect(noMeeting.code).toBe('not-found');
  });
});
