import { defineConfig } from '@playwright/test';
import { chromiumExecutable, quietChromiumArgs } from './tests/support/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
// A separate build folder lets several builds be tested side by side (relative to renderer/, as
// vite resolves it; default: the normal build).
const outDir = process.env.E2E_OUT_DIR ?? '../dist/renderer';
const executablePath = chromiumExecutable();

// The built renderer (`vite preview`) with the web host, in Chromium. `npm test` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: quietChromiumArgs,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
