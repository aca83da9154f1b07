import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSP_HEADER } from '../../../shared/security/csp';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  isInsideRoot,
  resolveAppRequest,
  type AppFileSystem,
} from '../../../electron/main/app-protocol';
import { unsafeCharacters } from './fakes';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by the app:// protocol');
});

const ROOT = path.resolve('/srv/keukentafel/dist/renderer');

function resolvedPath(url: string): string | number {
  const resolution = resolveAppRequest(ROOT, url);
  return resolution.kind === 'file' ? path.relative(ROOT, resolution.filePath) : resolution.status;
}

describe('app:// scheme registration', () => {
  it('is standard, secure and fetchable, never CSP-bypassing or CORS-open', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
  });
});

describe('resolveAppRequest', () => {
  it.each([
    ['app://keukentafel', 'index.html'],
    ['app://keukentafel/', 'index.html'],
    ['app://keukentafel/index.html', 'index.html'],
    ['app://keukentafel/#/over', 'index.html'],
    ['app://keukentafel/over', 'index.html'],
    ['app://keukentafel/huishoudens/123/plan/', 'index.html'],
    ['app://keukentafel/assets/index-3f2a.js', path.join('assets', 'index-3f2a.js')],
    ['app://keukentafel/assets/index-3f2a.js?v=1#x', path.join('assets', 'index-3f2a.js')],
    ['app://keukentafel/fonts/Inter%20Var.woff2', path.join('fonts', 'Inter Var.woff2')],
    // The URL parser folds dot segments before we see them; the result stays inside the root.
    ['app://keukentafel/assets/../index.html', 'index.html'],
    ['app://keukentafel/../../../etc/passwd', 'index.html'],
    ['app://keukentafel/%2e%2e/%2e%2e/secret.txt', 'secret.txt'],
  ])('%s -> %s', (url, expected) => {
    expect(resolvedPath(url)).toBe(expected);
  });

  it.each([
    ['app://keukentafel/..%2f..%2fetc%2fpasswd', 403],
    ['app://keukentafel/assets%2f..%2f..%2fsecret.txt', 403],
    ['app://keukentafel/%2e%2e%2fsecret.txt', 403],
    ['app://keukentafel/%2e%2e%5csecret.txt', 403],
    ['app://keukentafel/..%5c..%5cwindows%5cwin.ini', 403],
    ['app://keukentafel/%5c%5cserver%5cshare%5cx.txt', 403],
    ['app://keukentafel/%2fetc%2fpasswd', 403],
    ['app://keukentafel/C:%5cWindows%5cwin.ini', 403],
    ['app://keukentafel/C%3a%5cWindows%5cwin.ini', 403],
    ['app://keukentafel/index.html%00.png', 403],
    ['app://keukentafel/index.html%00', 403],
    ['app://keukentafel/%252e%252e/secret.txt', 'percent-literal'],
    ['app://keukentafel/.env', 403],
    ['app://keukentafel/.git/config', 403],
    ['app://keukentafel/assets/.hidden.js', 403],
    ['app://keukentafel/index.html.', 403],
    ['app://keukentafel/index.html%20', 403],
    ['app://keukentafel/NUL', 403],
    ['app://keukentafel/assets/con.js', 403],
    ['app://keukentafel/COM1.txt', 403],
    ['app://keukentafel/lpt9', 403],
    ['app://keukentafel/assets//index.js', 403],
    ['app://keukentafel/%E0%A4%A', 400],
    ['app://keukentafel/%ff', 400],
    ['app://keukentafel/x%0ay.js', 403],
    ['app://keukentafel.evil/index.html', 403],
    ['app://evil/index.html', 403],
    ['app://keukentafel@evil/index.html', 403],
    ['app://keukentafel\\..\\..\\secret.txt', 403],
    ['file:///etc/passwd', 403],
    ['https://keukentafel/index.html', 403],
  ])('%s is refused (%s)', (url, expected) => {
    if (expected === 'percent-literal') {
      // Decoded once only: "%2e%2e" becomes a literal folder name inside the root, never "..".
      expect(resolvedPath(url)).toBe(path.join('%2e%2e', 'secret.txt'));
    } else {
      expect(resolvedPath(url)).toBe(expected);
    }
  });

  const segment = fc.oneof(
    fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%2e%2e',
      '.%2e',
      '%2e.',
      '%2f',
      '%2F',
      '%5c',
      '%5C',
      '\\',
      '%00',
      '\u0000',
      '..%2f',
      '..%5c',
      '%c0%ae%c0%ae',
      '%252e%252e',
      'C:',
      'c%3a',
      '',
      'assets',
      'index.html',
      'secret.txt',
      'a.js',
      'con',
      '~',
    ),
    fc.stringMatching(/^[a-z.%0-9\\]{1,6}$/),
  );

  it('property: whatever the segments, a resolved file lies inside the root', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.boolean(), (segments, trailing) => {
        const url = `app://keukentafel/${segments.join('/')}${trailing ? '/' : ''}`;
        const resolution = resolveAppRequest(ROOT, url);
        if (resolution.kind === 'rejected') {
          expect([400, 403]).toContain(resolution.status);
          return;
        }
        const relative = path.relative(ROOT, resolution.filePath);
        expect(isInsideRoot(ROOT, resolution.filePath)).toBe(true);
        expect(relative.split(path.sep)).not.toContain('..');
        expect(path.isAbsolute(relative)).toBe(false);
        expect(unsafeCharacters(resolution.filePath)).toEqual([]);
        expect(resolution.filePath.startsWith(ROOT + path.sep)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isInsideRoot', () => {
  it.each([
    [ROOT, true],
    [path.join(ROOT, 'index.html'), true],
    [path.join(ROOT, '..notes', 'a.txt'), true],
    [path.dirname(ROOT), false],
    [path.join(path.dirname(ROOT), 'renderer-old', 'index.html'), false],
    [`${ROOT}x`, false],
    [path.resolve('/etc/passwd'), false],
  ])('%s -> %s', (candidate, inside) => {
    expect(isInsideRoot(ROOT, candidate)).toBe(inside);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['A.CSS', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['blob.bin', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler on a real folder', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'keukentafel-protocol-'));
    root = path.join(base, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Keukentafel</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("app");');
    writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
    symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'escape.txt'));
    symlinkSync(base, path.join(root, 'outside'), 'dir');
    symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'inside.js'));
  });

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') =>
    createAppProtocolHandler(root)(new Request(url, { method }));

  it('serves the page and assets with the right type, the CSP and nosniff', async () => {
    const page = await get('app://keukentafel/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Keukentafel</title>');

    const script = await get('app://keukentafel/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app");');

    for (const response of [page, script]) {
      expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('falls back to index.html for client-side routes but not for missing files', async () => {
    const route = await get('app://keukentafel/huishoudens/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Keukentafel');
    expect((await get('app://keukentafel/assets/missing.js')).status).toBe(404);
    expect((await get('app://keukentafel/assets')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://keukentafel/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://keukentafel/index.html', 'POST');
    expect(post.status).toBe(405);
  });

  it('never follows a symlink out of the root', async () => {
    expect((await get('app://keukentafel/escape.txt')).status).toBe(403);
    expect((await get('app://keukentafel/outside/secret.txt')).status).toBe(403);
    const inside = await get('app://keukentafel/inside.js');
    expect(inside.status).toBe(200);
  });

  it('puts the CSP and nosniff on error responses too', async () => {
    for (const url of [
      'app://keukentafel/escape.txt',
      'app://keukentafel/nope.js',
      'app://keukentafel/%2e%2e%2fsecret.txt',
      'app://keukentafel/%ff',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-security-policy'), url).toBe(CSP_HEADER);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await response.text(), url).not.toContain('SECRET');
    }
  });

  it('property: no request ever returns the file outside the root', async () => {
    const handler = createAppProtocolHandler(root);
    const part = fc.constantFrom(
      '..',
      '%2e%2e',
      '.%2e',
      '%2f',
      '%5c',
      '%00',
      'secret.txt',
      'escape.txt',
      'outside',
      'renderer',
      'assets',
      '',
      '%2e%2e%2fsecret.txt',
      '..%5csecret.txt',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 6 }), async (segments) => {
        const response = await handler(new Request(`app://keukentafel/${segments.join('/')}`));
        expect(await response.text()).not.toContain('SECRET');
      }),
      { numRuns: 300 },
    );
  });

  it('checks the real path against the real root (a file swapped for a link is refused)', async () => {
    const calls: string[] = [];
    const fileSystem: AppFileSystem = {
      realpath: (file) => {
        calls.push(`realpath ${path.basename(file)}`);
        return Promise.resolve(file.endsWith('app.js') ? '/etc/passwd' : file);
      },
      stat: () => Promise.resolve({ isFile: () => true }),
      readFile: () => Promise.reject(new Error('must not read')),
    };
    const response = await createAppProtocolHandler(
      '/srv/root',
      fileSystem,
    )(new Request('app://keukentafel/assets/app.js'));
    expect(response.status).toBe(403);
    expect(calls).toContain('realpath app.js');
  });
});
