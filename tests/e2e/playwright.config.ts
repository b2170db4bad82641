import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const browser = findChromium();
console.log(`Browser tests use ${browser.how}.`);
const PORT = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  outputDir: `../../test-results/e2e-output${process.env.E2E_PORT ? `-${process.env.E2E_PORT}` : ''}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/scored/`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } } },
  ],
  webServer: {
    // The built game, served from a sub-folder as a school or museum host might.
    command: `node tests/e2e/serve.mjs ${PORT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/scored/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
