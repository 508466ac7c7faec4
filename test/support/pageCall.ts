import type { Page } from 'playwright-core';

/**
 * Calls the app as the page itself would, through its window.facilitator: `call('settings.saveSite', input)`
 * resolves with the value, or throws with the failure. For scripts that set up data before screenshots.
 */
export function callThroughPage(page: Page) {
  return (channel: string, input?: unknown) =>
    page.evaluate(
      async ([name, value]) => {
        const [namespace, method] = (name as string).split('.') as [string, string];
        const api = (window as unknown as { facilitator: Record<string, Record<string, (input: unknown) => Promise<{ ok: boolean; value: unknown }>>> })
          .facilitator;
        const result = await api[namespace]![method]!(value);
        if (!result.ok) throw new Error(`${name as string}: ${JSON.stringify(result)}`);
        return result.value as never;
      },
      [channel, input] as const,
    );
}
