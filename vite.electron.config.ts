import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Main and preload are built one at a time (`--mode main|preload`): the sandboxed preload must be
// a single CommonJS file that requires nothing but 'electron'.
const entries = {
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
} as const;

export default defineConfig(({ mode }) => {
  if (mode !== 'main' && mode !== 'preload') {
    throw new Error(`Unknown build mode "${mode}": use --mode main or --mode preload`);
  }
  return {
    publicDir: false,
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry: entries[mode], formats: ['cjs'], fileName: () => `${mode}.cjs` },
      rolldownOptions: {
        external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
        output: { codeSplitting: false },
      },
    },
  };
});
