import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/ipc/channels';
import { CSP_HEADER } from '../../../shared/security/csp';
import {
  EXTERNAL_URL_ALLOWLIST,
  createWindowOpenHandler,
  describeUrl,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isAppUrl,
  isNavigationAllowed,
  isRequestAllowed,
  withSecurityHeaders,
} from '../../../electron/main/security';
import { FakeSession, FakeWebContents, navigationEvent, unsafeCharacters } from './fakes';

// The guards import Electron types only; loading the real module would try to download it.
vi.mock('electron', () => {
  throw new Error('electron must not be loaded by the security guards');
});

const GENUINE = [
  'app://keukentafel',
  'app://keukentafel/',
  'app://keukentafel/index.html',
  'app://keukentafel/#/over',
  'app://keukentafel/assets/index-3f2a.js',
  'app://keukentafel/?q=1',
  'app://keukentafel#top',
];

const ADVERSARIAL = [
  '',
  'javascript:alert(1)',
  'JavaScript:alert(1)//app://keukentafel/',
  'file:///etc/passwd',
  'file://keukentafel/index.html',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'about:srcdoc',
  'blob:app://keukentafel/1234',
  'http://keukentafel/',
  'https://keukentafel/',
  'ws://keukentafel/',
  'app://keukentafel.evil.com/',
  'app://keukentafel.evil/',
  'app://keukentafel./',
  'app://keukentafel-evil/',
  'app://evil/keukentafel',
  'app://evil.com/app://keukentafel/',
  'app://keukentafel@evil/',
  'app://evil@keukentafel/',
  'app://user:pass@keukentafel/',
  'app://:@keukentafel/',
  'app://keukentafel:80/',
  'app://keukentafel:/',
  'app://keukentafel\\@evil/',
  'app://evil\\@keukentafel/',
  'app:\\\\keukentafel\\',
  'app:keukentafel/',
  'app:/keukentafel/',
  'app:///keukentafel/',
  'APP://keukentafel/',
  'App://keukentafel/',
  'app://KEUKENTAFEL/',
  'app://Keukentafel/',
  'app://keukentafeĺ/',
  'app://keukentaf\u0435l/', // Cyrillic e
  'app://xn--keukentafl-r7a/',
  'app://keuken%74afel/',
  'app://keukentafel%2eevil/',
  ' app://keukentafel/',
  'app://keukentafel/ ',
  '\tapp://keukentafel/',
  'app://keuken\ntafel/',
  'app://keukentafel/\u0000',
  'app://keukentafel\u0000.evil/',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'keukentafel',
  '//keukentafel/',
  '/index.html',
];

/**
 * An oracle independent of isAppUrl: the URL must mean app://keukentafel to Node's parser (app: as
 * a non-special scheme) and to a special-scheme parser (how Chromium treats a standard scheme),
 * with no credentials or port in either reading.
 */
function bothParsersAgreeOnAppOrigin(url: string): boolean {
  if (!url.startsWith('app:')) return false;
  try {
    const asIs = new URL(url);
    const asStandard = new URL(`https:${url.slice('app:'.length)}`);
    return (
      asIs.protocol === 'app:' &&
      asIs.host === 'keukentafel' &&
      asIs.username === '' &&
      asIs.password === '' &&
      asStandard.host === 'keukentafel' &&
      asStandard.username === '' &&
      asStandard.password === ''
    );
  } catch {
    return false;
  }
}

const urlPart = fc.constantFrom(
  '',
  'app',
  'APP',
  'App',
  'http',
  'https',
  'file',
  'javascript',
  'data',
  'about',
  'blob:app',
  ':',
  '://',
  ':/',
  ':///',
  ':\\\\',
  'keukentafel',
  'KEUKENTAFEL',
  'Keukentafel',
  'keukentafel.evil.com',
  'evil',
  'keukentafel.',
  'xn--keukentafl-r7a',
  'keukentaf\u0435l',
  '%6beukentafel',
  '@',
  'user:pw@',
  ':80',
  ':',
  '/',
  '\\',
  '.',
  '..',
  '%2e',
  '%2f',
  '%5c',
  '%00',
  '\u0000',
  ' ',
  '\t',
  '\n',
  '?',
  '#',
  'index.html',
);

const adversarialUrl = fc.oneof(
  fc.array(urlPart, { maxLength: 8 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom(...ADVERSARIAL, ...GENUINE), fc.string({ maxLength: 12 }))
    .map(([base, tail]) => base + tail),
  fc.string({ maxLength: 40 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

const safePathSegment = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}(\.[a-z]{1,5})?$/);
const genuineUrl = fc
  .tuple(
    fc.array(safePathSegment, { maxLength: 5 }),
    fc.option(fc.stringMatching(/^[A-Za-z0-9=&]{0,20}$/)),
    fc.option(fc.stringMatching(/^\/?[A-Za-z0-9/]{0,20}$/)),
  )
  .map(
    ([segments, query, hash]) =>
      `${APP_ORIGIN}/${segments.join('/')}${query === null ? '' : `?${query}`}${hash === null ? '' : `#${hash}`}`,
  );

describe('isAppUrl', () => {
  it.each(GENUINE)('accepts the app origin: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(ADVERSARIAL)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts only URLs that both a non-special and a standard-scheme parser read as the app origin', () => {
    fc.assert(
      fc.property(adversarialUrl, (url) => {
        if (isAppUrl(url)) expect(bothParsersAgreeOnAppOrigin(url)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts only the canonical lower-case spelling of the origin', () => {
    fc.assert(
      fc.property(adversarialUrl, (url) => {
        if (isAppUrl(url)) {
          expect(url.startsWith(APP_ORIGIN)).toBe(true);
          expect(unsafeCharacters(url, ' \\')).toEqual([]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts every genuine app URL', () => {
    fc.assert(
      fc.property(genuineUrl, (url) => {
        expect(isAppUrl(url)).toBe(true);
      }),
    );
  });
});

describe('navigation guard', () => {
  it('allows the app origin in the main frame only', () => {
    expect(isNavigationAllowed(`${APP_ORIGIN}/`, true)).toBe(true);
    expect(isNavigationAllowed(`${APP_ORIGIN}/`, false)).toBe(false);
  });

  it('denies every adversarial URL in will-navigate, will-frame-navigate and will-redirect', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), () => Promise.resolve());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const eventName of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.listenerCount(eventName), eventName).toBe(1);
      for (const url of ADVERSARIAL) {
        const event = navigationEvent(url);
        contents.emit(eventName, event);
        expect(event.prevented, `${eventName} ${JSON.stringify(url)}`).toBe(true);
      }
      const ownPage = navigationEvent(`${APP_ORIGIN}/#/over`);
      contents.emit(eventName, ownPage);
      expect(ownPage.prevented, eventName).toBe(false);
    }
    warn.mockRestore();
  });

  it('denies sub-frame navigation even to the app origin', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), () => Promise.resolve());
    const event = navigationEvent(`${APP_ORIGIN}/`, false);
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined);
    contents.emit('will-frame-navigate', event);
    expect(event.prevented).toBe(true);
  });

  it('property: a navigation goes through only in the main frame and only to the app origin', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), () => Promise.resolve());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fc.assert(
      fc.property(fc.oneof(adversarialUrl, genuineUrl), fc.boolean(), (url, isMainFrame) => {
        const event = navigationEvent(url, isMainFrame);
        contents.emit('will-frame-navigate', event);
        if (!event.prevented) {
          expect(isMainFrame).toBe(true);
          expect(bothParsersAgreeOnAppOrigin(url)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(genuineUrl, (url) => {
        const event = navigationEvent(url, true);
        contents.emit('will-navigate', event);
        expect(event.prevented).toBe(false);
      }),
    );
    warn.mockRestore();
  });

  it('refuses to attach any <webview>', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), () => Promise.resolve());
    const event = navigationEvent('about:blank');
    contents.emit('will-attach-webview', event, {}, { src: `${APP_ORIGIN}/` });
    expect(event.prevented).toBe(true);
  });

  it('cancels Bluetooth device selection', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), () => Promise.resolve());
    const event = navigationEvent('about:blank');
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'x' }], callback);
    expect(event.prevented).toBe(true);
    expect(callback).toHaveBeenCalledWith('');
  });
});

describe('window open and the external allowlist', () => {
  it('starts with an empty allowlist', () => {
    expect(EXTERNAL_URL_ALLOWLIST).toEqual([]);
  });

  it('always denies a new window and opens nothing while the allowlist is empty', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(contents.asWebContents(), openExternal);
    const handler = contents.windowOpenHandler;
    expect(handler).toBeDefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fc.assert(
      fc.property(fc.oneof(adversarialUrl, genuineUrl, fc.constantFrom(...ADVERSARIAL)), (url) => {
        expect(handler?.({ url })).toEqual({ action: 'deny' });
      }),
      { numRuns: 2000 },
    );
    expect(handler?.({ url: 'https://www.rijksoverheid.nl/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('hands an allowlisted https URL to the OS browser and still denies the window', () => {
    const allowlist = ['https://www.positievegezondheid.nl/'];
    const openExternal = vi.fn(() => Promise.resolve());
    const handler = createWindowOpenHandler(openExternal, allowlist);
    expect(handler({ url: 'https://www.positievegezondheid.nl/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.positievegezondheid.nl/');
  });

  it.each([
    'http://www.positievegezondheid.nl/',
    'mailto:info@positievegezondheid.nl',
    'https://www.positievegezondheid.nl/other',
    'https://www.positievegezondheid.nl.evil.com/',
    'https://user@www.positievegezondheid.nl/',
    'https://WWW.positievegezondheid.nl/',
    'https://www.positievegezondheid.nl',
    ' https://www.positievegezondheid.nl/',
    'javascript:alert(1)',
  ])('does not treat %j as allowlisted', (url) => {
    expect(isAllowedExternalUrl(url, ['https://www.positievegezondheid.nl/'])).toBe(false);
  });

  it('never opens a URL that is not on the allowlist', () => {
    const allowlist = ['https://www.positievegezondheid.nl/'];
    fc.assert(
      fc.property(fc.oneof(adversarialUrl, fc.webUrl()), (url) => {
        if (isAllowedExternalUrl(url, allowlist)) expect(allowlist).toContain(url);
      }),
    );
  });
});

describe('network guard', () => {
  const production = { allowDevtools: false };
  const development = { allowDevtools: true };

  it.each([
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}/assets/index.js`,
    'data:image/png;base64,iVBORw0KGgo=',
    `blob:${APP_ORIGIN}/0b6f3c2e-8d1b-4f55-9d0e-2a3c9b7e1f00`,
  ])('allows %s', (url) => {
    expect(isRequestAllowed(url, production)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/',
    'file:///etc/passwd',
    'chrome://gpu',
    'chrome-extension://abc/',
    'blob:https://example.com/123',
    'blob:null/123',
    'app://evil/',
    'app://keukentafel.evil.com/',
    'devtools://devtools/bundled/inspector.html',
  ])('blocks %s', (url) => {
    expect(isRequestAllowed(url, production)).toBe(false);
  });

  it('allows the DevTools front end in development only', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(isRequestAllowed(url, development)).toBe(true);
    expect(isRequestAllowed(url, production)).toBe(false);
    expect(isRequestAllowed('https://example.com/', development)).toBe(false);
  });

  it('property: no http(s), ws(s) or file request is ever allowed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), adversarialUrl), fc.boolean(), (url, allowDevtools) => {
        if (/^(?:https?|wss?|file|ftp):/i.test(url)) {
          expect(isRequestAllowed(url, { allowDevtools })).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('security headers', () => {
  it('adds the CSP and nosniff to a response without them', () => {
    expect(withSecurityHeaders({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CSP_HEADER],
      'X-Content-Type-Options': ['nosniff'],
    });
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([CSP_HEADER]);
  });

  it('keeps a different existing policy next to ours and drops duplicates of ours', () => {
    const headers = withSecurityHeaders({
      'content-security-policy': ["script-src 'none'", CSP_HEADER],
      'x-content-type-options': ['sniff-please'],
    });
    expect(headers['Content-Security-Policy']).toEqual([CSP_HEADER, "script-src 'none'"]);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(
      Object.keys(headers).filter((name) => /content-security-policy/i.test(name)),
    ).toHaveLength(1);
  });
});

describe('session hardening', () => {
  function hardened(allowDevtools = false) {
    const session = new FakeSession();
    hardenSession(session.asSession(), { allowDevtools });
    return session;
  }

  it('denies every permission request and check', () => {
    const session = hardened();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
      'unknown',
    ]) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler?.({}, permission, APP_ORIGIN, {}), permission).toBe(
        false,
      );
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(
      false,
    );
  });

  it('refuses screen capture and device pickers', () => {
    const session = hardened();
    const capture = vi.fn();
    session.displayMediaRequestHandler?.({}, capture);
    expect(capture).toHaveBeenCalledExactlyOnceWith(null);

    for (const [eventName, args, expected] of [
      ['select-hid-device', [{ deviceList: [] }], []],
      ['select-serial-port', [[], {}], ['']],
      ['select-usb-device', [{ deviceList: [] }], []],
    ] as const) {
      const event = navigationEvent('about:blank');
      const callback = vi.fn();
      session.emit(eventName, event, ...args, callback);
      expect(event.prevented, eventName).toBe(true);
      expect(callback, eventName).toHaveBeenCalledExactlyOnceWith(...expected);
    }
  });

  it('hardens a session once, however often it is announced', () => {
    const session = new FakeSession();
    hardenSession(session.asSession(), { allowDevtools: false });
    hardenSession(session.asSession(), { allowDevtools: true });
    expect(session.listenerCount('select-hid-device')).toBe(1);
    const callback = vi.fn();
    vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined);
    session.beforeRequest?.({ url: 'devtools://devtools/bundled/inspector.html' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: true });
  });

  it('cancels downloads and turns the spellchecker off', () => {
    const session = hardened();
    const event = navigationEvent('about:blank');
    session.emit('will-download', event, {}, {});
    expect(event.prevented).toBe(true);
    expect(session.spellCheckerEnabled).toBe(false);
  });

  it('cancels every request that leaves the app', () => {
    const session = hardened();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const decide = (url: string) => {
      const callback = vi.fn();
      session.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean } | undefined;
    };
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: true });
    expect(decide(`${APP_ORIGIN}/assets/index.js`)).toEqual({ cancel: false });
    warn.mockRestore();
  });

  it('lets the DevTools front end load in development', () => {
    const session = hardened(true);
    const callback = vi.fn();
    session.beforeRequest?.({ url: 'devtools://devtools/bundled/inspector.html' }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ cancel: false });
  });

  it('adds the CSP header to every response', () => {
    const session = hardened();
    const callback = vi.fn();
    session.headersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CSP_HEADER],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
});

describe('describeUrl', () => {
  it('keeps scheme and host only, so logs never hold paths or queries', () => {
    expect(describeUrl('https://example.com/dossier/Jansen?bsn=123')).toBe('https://example.com');
    expect(describeUrl('mailto:a@b.nl')).toBe('mailto:');
    expect(describeUrl('not a url')).toBe('unparseable URL');
  });
});
