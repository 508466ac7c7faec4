import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { juvenileHallDraft, planningHarness } from './harness';

describe('Today, the calendar and the workshops list with an archive', () => {
  it('answer from the index without reading archived workshop files, and an archived workshop opens when asked', async () => {
    let app = await planningHarness();
    const running = await app.call('workshops.create', juvenileHallDraft());
    const older = [];
    for (const title of ['Autumn group', 'Winter group']) {
      const view = await app.call('workshops.create', juvenileHallDraft({ title, plan: { ...juvenileHallDraft().plan, startDate: '2026-10-06' } }));
      older.push((await app.call('workshops.archive', { workshopId: view.workshop.id })).workshop);
    }
    const { dir } = app;
    await app.store.close();
    // Made unreadable in place (the folder stays as the index recorded it): a read of them would fail.
    await writeFile(join(dir, 'workshops', `${older[1]!.id}.json`), 'unreadable');

    app = await planningHarness({ dir });
    const today = await app.call('schedule.today');
    expect(today.meetings.map((occurrence) => occurrence.workshopTitle)).toEqual([running.workshop.title]);
    const list = await app.call('workshops.list');
    expect(list.map((summary) => [summary.title, summary.status]).sort()).toEqual([
      ['Autumn group', 'archived'],
      [running.workshop.title, 'running'],
      ['Winter group', 'archived'],
    ]);
    expect(list.find((summary) => summary.title === 'Autumn group')).toMatchObject({ meetingCount: 10, pastMeetingCount: 10, firstDate: '2026-10-06' });
    expect((await app.call('workshops.get', { workshopId: older[0]!.id })).workshop).toEqual(older[0]);
    expect(await app.fail('workshops.get', { workshopId: older[1]!.id })).toMatchObject({ code: expect.any(String) });
  });
});
