import { defineConfig } from 'vitest/config';

// Packaging checks run electron-builder for real, so they stay out of the unit suite. The timeouts
// leave room for a slow CI disk; files run one at a time so electron-builder gets the CPU.
export default defineConfig({
  test: {
    name: 'packaging',
    environment: 'node',
    include: ['tests/packaging/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
