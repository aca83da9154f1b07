import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

// Three projects mirror the three tsconfigs: pure shared logic, the renderer in jsdom, and main-process
// code with `electron` mocked (the binary is never loaded in unit tests).
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          environment: 'node',
          include: ['tests/unit/shared/**/*.test.ts', 'tests/unit/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // Screen tests type and click through whole forms; on a busy 2-core machine the 5 s
          // default is too tight (a timeout here says nothing about the app's speed).
          testTimeout: 20_000,
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/unit/electron/**/*.test.ts'],
        },
      },
    ],
  },
});
