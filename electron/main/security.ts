import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/ipc/channels';
import { CSP_HEADER } from '../../shared/security/csp';

// Chromium hands main canonical URLs only (scheme and standard-scheme host in lower case), so any
// other spelling of our origin cannot come from a genuine app page and is refused.
const APP_URL_PREFIX = `${APP_SCHEME}://${APP_HOST}`;
const AFTER_AUTHORITY = new Set(['/', '?', '#']);

/** Control characters, spaces and backslashes, which Node and Chromium normalise differently. */
export function hasAmbiguousCharacters(text: string): boolean {
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f || character === '\\') return true;
  }
  return false;
}

/**
 * True only for URLs on the app's own origin, `app://keukentafel`, in canonical form: no user
 * info, no port, no look-alike host, no other scheme.
 */
export function isAppUrl(url: string): boolean {
  if (!url.startsWith(APP_URL_PREFIX) || hasAmbiguousCharacters(url)) return false;
  const next = url.charAt(APP_URL_PREFIX.length);
  if (next !== '' && !AFTER_AUTHORITY.has(next)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * External pages the app may hand to the operating system's browser, as exact https URLs.
 * Deliberately empty: the app is offline and links nowhere. Add an entry only after review.
 */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [];

/** True when `url` is https, carries no credentials and is on `allowlist` exactly. */
export function isAllowedExternalUrl(
  url: string,
  allowlist: readonly string[] = EXTERNAL_URL_ALLOWLIST,
): boolean {
  if (hasAmbiguousCharacters(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') {
    return false;
  }
  return allowlist.includes(url) && parsed.href === url;
}

/** Navigation is allowed only for the main frame and only within the app's own origin. */
export function isNavigationAllowed(url: string, isMainFrame: boolean): boolean {
  return isMainFrame && isAppUrl(url);
}

export interface RequestPolicy {
  /** DevTools load their own front end over devtools://; only unpackaged builds open them. */
  readonly allowDevtools: boolean;
}

/**
 * The network guard: no request may leave the app. Allowed are the app's own origin, data: URLs,
 * blob: URLs minted by the app page, and (in development only) the DevTools front end.
 */
export function isRequestAllowed(url: string, policy: RequestPolicy): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return policy.allowDevtools && url.startsWith('devtools://');
}

export type ResponseHeaders = Record<string, string[]>;

/**
 * Adds the app's CSP and nosniff to a response's headers. A policy already present is kept next
 * to ours: several policies are all enforced, so keeping one can only make the result stricter.
 */
export function withSecurityHeaders(headers: ResponseHeaders | undefined): ResponseHeaders {
  const result: ResponseHeaders = {};
  const otherPolicies: string[] = [];
  for (const [name, values] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy') {
      otherPolicies.push(...values.filter((value) => value !== CSP_HEADER));
    } else if (lower !== 'x-content-type-options') {
      result[name] = values;
    }
  }
  result['Content-Security-Policy'] = [CSP_HEADER, ...otherPolicies];
  result['X-Content-Type-Options'] = ['nosniff'];
  return result;
}

/** Hands an allowlisted URL to the OS browser; never called with anything else. */
export type OpenExternal = (url: string) => Promise<void>;

/** The window-open handler: no window ever opens; allowlisted https links go to the OS browser. */
export function createWindowOpenHandler(
  openExternal: OpenExternal,
  allowlist: readonly string[] = EXTERNAL_URL_ALLOWLIST,
): (details: { url: string }) => { action: 'deny' } {
  return ({ url }) => {
    if (isAllowedExternalUrl(url, allowlist)) {
      openExternal(url).catch(() => {
        console.warn('[security] could not hand an allowlisted link to the browser');
      });
    } else {
      console.warn(`[security] blocked a new window (${describeUrl(url)})`);
    }
    return { action: 'deny' };
  };
}

/** Only the scheme and host of a blocked URL are logged: paths and queries may hold personal data. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? parsed.protocol : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'unparseable URL';
  }
}

/** Applies the navigation, window, webview and device guards to one webContents. */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url, true)) {
      event.preventDefault();
      console.warn(`[security] blocked navigation (${describeUrl(event.url)})`);
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) {
      event.preventDefault();
      console.warn(`[security] blocked frame navigation (${describeUrl(event.url)})`);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) {
      event.preventDefault();
      console.warn(`[security] blocked redirect (${describeUrl(event.url)})`);
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
}

const hardenedSessions = new WeakSet<Session>();

/**
 * Denies every permission, device, screen capture and download, turns off the spellchecker
 * (it downloads dictionaries) and installs the network guard and the CSP header. Idempotent: the
 * default session is hardened at ready and may also be announced by 'session-created'.
 */
export function hardenSession(session: Session, policy: RequestPolicy): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    callback(null);
  });
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // Files leave the app only through the file-save channel, which writes atomically.
  session.on('will-download', (event) => {
    event.preventDefault();
  });
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, policy);
    if (!allowed) console.warn(`[security] blocked a request (${describeUrl(details.url)})`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
}
