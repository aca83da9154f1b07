import type { Plugin } from 'vite';
import { CSP_META } from '../shared/security/csp';

/**
 * Writes the CSP meta tag into index.html of a production build. Only builds carry it: the dev
 * server injects inline scripts for hot reload. The app and the storage harness share it.
 */
export function cspMetaTag(): Plugin {
  return {
    name: 'keukentafel-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
