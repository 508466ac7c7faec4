import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const HOW_TO_GET_A_BROWSER =
  'No Chromium found for the end-to-end tests: set CHROMIUM_PATH to a Chromium or Chrome binary, install one (Debian: apt-get install chromium), or run `npx playwright install chromium` where the internet is reachable.';

/** CHROMIUM_PATH, then a system Chromium or Chrome, then Playwright's own managed Chromium. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, ...systemBrowsers, safeManagedPath()];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
  if (!found) throw new Error(HOW_TO_GET_A_BROWSER);
  return found;
}

function safeManagedPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep Chromium from reaching out to Google's services. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];
