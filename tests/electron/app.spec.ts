import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, DESKTOP_API_KEYS } from '../../shared/ipc/channels';
import { CSP_HEADER } from '../../shared/security/csp';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();

let app: ElectronApplication | undefined;
let page: Page;

test.beforeEach(async () => {
  if (binary === null) {
    test.skip(true, 'skipped: no Electron binary');
    return;
  }
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  // `.` starts package.json's main (dist/electron/main.cjs) exactly as `npm start` does.
  app = await electron.launch({ executablePath: binary, args: ['.'], cwd: repoRoot, env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

function runningApp(): ElectronApplication {
  if (!app) throw new Error('the app did not start');
  return app;
}

test('opens one window titled Keukentafel on the app origin', async () => {
  const titles = await runningApp().evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((browserWindow) => browserWindow.getTitle()),
  );
  expect(titles).toHaveLength(1);
  expect(titles[0]).toContain('Keukentafel');
  // The hash router may add `#/`; the page itself must be the app origin's root.
  expect(page.url().split('#')[0]).toBe(`${APP_ORIGIN}/`);
});

test('renders the first screen', async () => {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welkom bij Keukentafel' }),
  ).toBeVisible();
});

test('runs the page without Node.js: sandboxed and context-isolated', async () => {
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return ['require', 'process', 'module', 'Buffer', 'global', '__dirname', 'electron'].map(
      (name) => [name, typeof scope[name]],
    );
  });
  expect(Object.fromEntries(globals)).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    global: 'undefined',
    __dirname: 'undefined',
    electron: 'undefined',
  });
});

test('has no <webview> tag (webviewTag: false)', async () => {
  const isUnknownElement = await page.evaluate(
    () => document.createElement('webview') instanceof HTMLUnknownElement,
  );
  expect(isUnknownElement).toBe(true);
});

test('exposes exactly the DesktopApi on window.keukentafel, frozen', async () => {
  const exposed = await page.evaluate(() => {
    const api = (globalThis as Record<string, unknown>).keukentafel as Record<string, unknown>;
    return {
      keys: Object.keys(api),
      types: Object.values(api).map((value) => typeof value),
      frozen: Object.isFrozen(api),
      hasIpc: 'ipcRenderer' in globalThis || 'ipcRenderer' in api,
    };
  });
  expect(exposed.keys).toEqual([...DESKTOP_API_KEYS]);
  expect(new Set(exposed.types)).toEqual(new Set(['function']));
  expect(exposed.frozen).toBe(true);
  expect(exposed.hasIpc).toBe(false);
});

test('answers appInfo over IPC as the desktop host', async () => {
  const info = await page.evaluate(() =>
    (
      globalThis as unknown as {
        keukentafel: { appInfo(): Promise<{ host: string; name: string }> };
      }
    ).keukentafel.appInfo(),
  );
  expect(info).toMatchObject({ host: 'desktop', name: 'Keukentafel' });
});

test('blocks navigation to an external URL and opens no new window', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);

  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  await page.waitForTimeout(200);
  expect(runningApp().windows()).toHaveLength(1);
});

test('lets no request leave the app, even one the CSP would allow', async () => {
  // The CSP alone would stop a page fetch; asking the session directly proves the network guard.
  const outcome = await runningApp().evaluate(async ({ session }) => {
    try {
      await session.defaultSession.fetch('https://example.com/');
      return 'reached the network';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
});

test('serves the page with the CSP header and nothing from outside the renderer folder', async () => {
  const results = await page.evaluate(
    async (paths) => {
      const answers = [];
      for (const target of paths) {
        const response = await fetch(target);
        answers.push({
          target,
          status: response.status,
          csp: response.headers.get('content-security-policy'),
          body: await response.text(),
        });
      }
      return answers;
    },
    [
      '/',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/electron/main.cjs',
    ],
  );
  expect(results[0]?.status).toBe(200);
  for (const result of results) {
    expect(result.csp, result.target).toBe(CSP_HEADER);
    expect(result.body, result.target).not.toContain('"name": "keukentafel"');
  }
  for (const result of results.slice(1))
    expect(result.status, result.target).toBeGreaterThanOrEqual(400);
});
