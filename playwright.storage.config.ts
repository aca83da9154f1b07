import { defineConfig } from '@playwright/test';
import { chromiumExecutable, quietChromiumArgs } from './tests/support/chromium';

const port = Number(process.env.STORAGE_E2E_PORT ?? 4180);
const executablePath = chromiumExecutable();

// The storage core in real Chromium, through the harness page (bench/, built into dist/bench):
// what is really on disk, tampering, a killed browser, a full quota, damaged backups.
export default defineConfig({
  testDir: 'tests/storage-e2e',
  outputDir: 'test-results/storage-e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${String(port)}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: quietChromiumArgs,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite build --config vite.bench.config.ts && npx vite preview --config vite.bench.config.ts --port ${String(port)} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${String(port)}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
