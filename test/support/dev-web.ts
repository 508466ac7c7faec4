/**
 * `npm run dev:web`: the built renderer in a local Chromium window, bridged to the real services.
 * Data goes to $FACILITATOR_DATA_DIR or ./dev-data. Pass --headless to only print where it ran.
 */
import { resolve } from 'node:path';
import { launchBridgedRenderer } from './bridgedRenderer';

async function main(): Promise<void> {
  const dir = resolve(process.env.FACILITATOR_DATA_DIR ?? 'dev-data');
  const headless = process.argv.includes('--headless');
  const app = await launchBridgedRenderer({ dir, headless });
  console.log(`Facilitator (web build, bridged) is open. Data folder: ${dir}. Close the browser window to stop.`);
  const stop = async () => {
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  app.browser.on('disconnected', () => void stop());
  process.on('SIGINT', () => void stop());
  if (headless) {
    const shot = resolve('test/artifacts/dev-web.png');
    await app.page.screenshot({ path: shot, fullPage: true });
    console.log(`Headless: screenshot saved to ${shot}`);
    await stop();
  }
}

void main();
