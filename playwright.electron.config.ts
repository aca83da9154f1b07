import { defineConfig } from '@playwright/test';

// The real desktop app through Playwright's `_electron`, started from the repository root with the
// built dist/ (run `npm run build` first). Where the Electron binary is missing, every test is
// skipped with "skipped: no Electron binary"; nothing is ever counted as passed then.
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  globalSetup: './tests/electron/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
