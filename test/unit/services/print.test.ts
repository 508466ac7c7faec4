import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrintService } from '../../../electron/services/printService';
import { safeFileName } from '../../../electron/services/savedFiles';
import { createFakeHost } from '../../support/fakeHost';
import { tempDir } from '../storage/helpers';

describe('saving a page as PDF', () => {
  it('writes what Chromium printed to the place the user chose, and reports it saved', async () => {
    const dir = await tempDir('pdf-');
    const host = createFakeHost(async () => new TextEncoder().encode('%PDF-1.7 printed'));
    host.nextSaveTarget = join(dir, 'plan.pdf');
    const saved = await createPrintService(host).savePdf('Knowing Your Worth - Session 1: Starting Together');
    expect(saved).toEqual({ status: 'saved', path: join(dir, 'plan.pdf') });
    expect(await readFile(join(dir, 'plan.pdf'), 'utf8')).toBe('%PDF-1.7 printed');
    expect((await stat(join(dir, 'plan.pdf'))).mode & 0o777).toBe(0o600);
    expect(host.suggestedNames).toEqual(['Knowing Your Worth - Session 1 Starting Together.pdf']);
  });

  it.each([
    ['a sign-in sheet', 'app://facilitator/index.html#/print/workshops/w1/sign-in?meeting=m1'],
    ['the certificates', 'app://facilitator/index.html#/print/workshops/w1/certificate'],
    ['the funder report', 'app://facilitator/index.html#/print/funder'],
    ['a workshop', 'app://facilitator/index.html#/workshops/w1'],
    ['the participants', 'app://facilitator/index.html#/participants'],
    ['a meeting being run', 'app://facilitator/index.html#/workshops/w1/meetings/m1'],
  ])('refuses to print %s (records go through their own audited channel), before any dialog', async (_label, pageUrl) => {
    const dir = await tempDir('pdf-');
    const host = createFakeHost();
    host.pageUrl = pageUrl;
    host.nextSaveTarget = join(dir, 'records.pdf');
    await expect(createPrintService(host).savePdf('Anything')).rejects.toMatchObject({
      code: 'forbidden',
      reason: { code: 'page-saved-by-its-button' },
    });
    expect(host.dialogs).toEqual([]);
    expect(existsSync(join(dir, 'records.pdf'))).toBe(false);
  });

  it.each([
    ['a session plan', 'app://facilitator/index.html#/curricula/juvenile-hall-five-week-series/sessions/session-1'],
    ['a module handout', 'app://facilitator/index.html#/print/curricula/juvenile-hall-five-week-series/handouts/safety-plan?session=session-9'],
    ['the resources handout', 'app://facilitator/index.html#/print/resources'],
  ])('prints %s, which holds no one’s record', async (_label, pageUrl) => {
    const dir = await tempDir('pdf-');
    const host = createFakeHost(async () => new TextEncoder().encode('%PDF-1.7 printed'));
    host.pageUrl = pageUrl;
    host.nextSaveTarget = join(dir, 'page.pdf');
    expect(await createPrintService(host).savePdf('Page')).toEqual({ status: 'saved', path: join(dir, 'page.pdf') });
  });

  it('refuses when the window moved on to a records page while the dialog was open', async () => {
    const dir = await tempDir('pdf-');
    const host = createFakeHost();
    host.pageUrl = 'app://facilitator/index.html#/print/resources';
    host.chooseSaveTarget = async () => {
      host.pageUrl = 'app://facilitator/index.html#/participants';
      return join(dir, 'handout.pdf');
    };
    await expect(createPrintService(host).savePdf('Local resources')).rejects.toMatchObject({ code: 'forbidden' });
    expect(existsSync(join(dir, 'handout.pdf'))).toBe(false);
  });

  it('does nothing when the user cancels', async () => {
    const host = createFakeHost(async () => {
      throw new Error('should not print');
    });
    expect(await createPrintService(host).savePdf('Plan')).toEqual({ status: 'cancelled' });
  });

  it('says in plain words when the folder cannot be written', async () => {
    const host = createFakeHost();
    host.nextSaveTarget = '/nonexistent-folder/plan.pdf';
    await expect(createPrintService(host).savePdf('Plan')).rejects.toMatchObject({
      reason: { code: 'save-failed', params: { file: '/nonexistent-folder/plan.pdf', drive: 'missing' } },
    });
  });

  it('makes file names every system accepts', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(safeFileName('..hidden')).toBe('hidden');
    expect(safeFileName('   ')).toBe('Facilitator');
  });
});
