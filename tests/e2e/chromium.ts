/**
 * Finds a Chromium for the browser tests, in this order: $CHROMIUM_PATH, the system's chromium,
 * then Playwright's own download. Says which it uses, or exactly what to install.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function findChromium(): { path: string | undefined; how: string } {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROMIUM_PATH is set to ${env}, but there is no file there.`);
    return { path: env, how: `CHROMIUM_PATH (${env})` };
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { path: system, how: `the system's Chromium (${system})` };
  let bundled: string;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { path: undefined, how: `Playwright's own Chromium (${bundled})` };
  throw new Error(
    [
      'No Chromium found for the browser tests. Any one of these fixes it:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - point CHROMIUM_PATH at a Chrome or Chromium executable',
      "  - where the network allows it: npx playwright install chromium",
    ].join('\n'),
  );
}
