import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../storage/helpers';
import { planningHarness } from '../planning/harness';
import { seriesWithSurvey } from './surveyHarness';

const formsPage = (workshopId: string, query: string) => `app://facilitator/index.html#/print/workshops/${workshopId}/surveys?${query}`;

async function started() {
  const app = await planningHarness();
  const series = await seriesWithSurvey(app.call, app.store);
  const target = join(await tempDir('survey-forms-'), 'forms.pdf');
  app.host.nextSaveTarget = target;
  return { app, target, ...series };
}

describe('saving printed survey forms as a PDF', () => {
  it('saves the forms with codes the window shows and notes it in the workshop’s log (never who)', async () => {
    const { app, target, workshopId } = await started();
    app.host.pageUrl = formsPage(workshopId, 'instrument=signs&occasion=pre&lang=es');
    const saved = await app.call('surveys.saveFormsPdf', {
      workshopId,
      instrumentId: 'signs',
      occasion: 'pre',
      forms: 'codes',
      paper: 'a4',
      fileName: 'Encuesta',
    });
    expect(saved).toEqual({ status: 'saved', path: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.4 fake');
    expect(app.host.suggestedNames.at(-1)).toBe('Encuesta.pdf');
    const audit = (await app.store.workshops.get(workshopId))!.audit.at(-1);
    expect(audit).toMatchObject({ kind: 'exported', what: 'survey forms (signs, pre), PDF (A4)', identification: 'codes' });
  });

  it('notes numbered forms as naming no one', async () => {
    const { app, workshopId } = await started();
    app.host.pageUrl = formsPage(workshopId, 'instrument=signs&occasion=post&forms=numbered&count=5');
    await app.call('surveys.saveFormsPdf', { workshopId, instrumentId: 'signs', occasion: 'post', forms: 'numbered', paper: 'letter', fileName: 'Forms' });
    expect((await app.store.workshops.get(workshopId))!.audit.at(-1)).toMatchObject({
      what: 'survey forms (signs, post), PDF (Letter)',
      identification: 'none',
    });
  });

  it.each([
    ['forms with codes while numbered ones are asked for', 'instrument=signs&occasion=pre', 'numbered'],
    ['another occasion', 'instrument=signs&occasion=post', 'codes'],
    ['another survey', 'instrument=other&occasion=pre', 'codes'],
  ] as const)('refuses when the window shows %s, writing no file and no log entry', async (_label, query, forms) => {
    const { app, target, workshopId } = await started();
    app.host.pageUrl = formsPage(workshopId, query);
    const refused = await app.fail('surveys.saveFormsPdf', { workshopId, instrumentId: 'signs', occasion: 'pre', forms, paper: 'letter', fileName: 'Forms' });
    expect(refused).toEqual({ code: 'forbidden', reason: { code: 'record-not-shown' } });
    expect(existsSync(target)).toBe(false);
    expect((await app.store.workshops.get(workshopId))!.audit.filter((entry) => entry.kind === 'exported')).toEqual([]);
  });
});
