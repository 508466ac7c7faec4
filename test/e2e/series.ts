/** The five-week series the running tests plan through the bridge. */
import type { Page } from '@playwright/test';

export const TITLE = 'Knowing Your Worth – Unit B';
export const CODES = Array.from({ length: 12 }, (_, index) => `JH-26-${String(index + 1).padStart(3, '0')}`);

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>>>;

/** The five-week series planned for twelve young people, meeting today (Tuesday 2 March 2027) at 15:30. */
export async function planSeries(page: Page): Promise<string> {
  const workshopId = await page.evaluate(
    async ({ codes, title }) => {
      const api = (window as unknown as { facilitator: Bridge }).facilitator;
      const must = async (result: Promise<{ ok: boolean; value?: unknown; error?: { reason: unknown } }>) => {
        const settled = await result;
        if (!settled.ok) throw new Error(JSON.stringify(settled.error?.reason));
        return settled.value as Record<string, unknown>;
      };
      await must(api.settings!.saveResource!({ name: 'Youth Crisis Line', contact: 'Text 555-0100', hours: '24 hours', notes: '' }));
      const ids: string[] = [];
      for (const code of codes) ids.push(((await must(api.participants!.save!({ code }))).participant as { id: string }).id);
      const view = await must(
        api.workshops!.create!({
          title,
          audience: 'Girls 14–17, Unit B',
          facilitators: [],
          timeZone: 'America/Los_Angeles',
          moduleId: 'juvenile-hall-five-week-series',
          plan: { startDate: '2027-03-02', weekdays: [2, 4], startTime: '15:30', minutes: 60, everyWeeks: 1, coverage: 'one', skipDates: [] },
          participantIds: ids,
        }),
      );
      return (view.workshop as { id: string }).id;
    },
    { codes: CODES, title: TITLE },
  );
  await page.reload();
  return workshopId;
}
