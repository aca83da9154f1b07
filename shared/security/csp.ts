// One source for the Content Security Policy: main sends it as a header, the build writes it
// into index.html as a meta tag, and `vite preview` sends it too, so every host enforces the same.

const sharedDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "worker-src 'self'",
  "child-src 'none'",
  "frame-src 'none'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Full policy for HTTP-style response headers (app:// protocol, vite preview). */
export const CSP_HEADER = [...sharedDirectives, "frame-ancestors 'none'"].join('; ');

/** Meta-tag policy: browsers ignore (and warn about) frame-ancestors in a meta tag. */
export const CSP_META = sharedDirectives.join('; ');
