import { defineConfig } from 'vite';
import { CSP_HEADER } from './shared/security/csp';
import { cspMetaTag } from './scripts/vite-csp-meta';

// The storage harness page (bench/): built like the app (same CSP, same target) but into
// dist/bench, never into the app bundle. `npm run bench` and the storage e2e suite serve it.
export default defineConfig({
  root: 'bench',
  base: '/',
  publicDir: false,
  plugins: [cspMetaTag()],
  build: {
    outDir: '../dist/bench',
    emptyOutDir: true,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: {
    port: 4180,
    strictPort: true,
    headers: {
      'Content-Security-Policy': CSP_HEADER,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
});
