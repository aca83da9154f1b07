import { chromium, expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumExecutable, quietChromiumArgs } from '../support/chromium';
import { openHarness } from './harness';

// Chromium is started by hand (not by Playwright) so the test owns its process and can kill it
// with SIGKILL in the middle of a save, like a laptop losing power.
function launch(profile: string): Promise<{ child: ChildProcess; endpoint: string }> {
  const executable = chromiumExecutable() ?? chromium.executablePath();
  const child = spawn(
    executable,
    [
      '--headless=new',
      '--no-sandbox',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...quietChromiumArgs,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`Chromium did not start: ${output}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, endpoint: match[1] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited early (${String(code)}): ${output}`));
    });
  });
}

/** SIGKILL to the whole process group we started: browser, renderer, storage service. */
function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  });
}

test('a browser killed during a loop of saves keeps every committed save, and no half save', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'keukentafel-crash-'));
  const baseURL = `http://127.0.0.1:${process.env.STORAGE_E2E_PORT ?? '4180'}`;
  try {
    const first = await launch(profile);
    const browser = await chromium.connectOverCDP(first.endpoint);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    await openHarness(page, baseURL);
    const householdId = await page.evaluate(async () => {
      await window.keukentafelHarness.setUp('crash');
      return window.keukentafelHarness.saveHousehold('Gezin Lus 0');
    });
    let committed = 0;
    const enough = new Promise<void>((resolve) => {
      page.on('console', (message) => {
        const match = /^committed (\d+)/.exec(message.text());
        if (match?.[1]) committed = Math.max(committed, Number(match[1]));
        if (committed >= 40) resolve();
      });
    });
    // Runs until the browser dies under it.
    const loop = page
      .evaluate(async (id) => window.keukentafelHarness.saveLoop(id, 1_000_000), householdId)
      .catch(() => 'killed');
    await enough;
    const lastSeen = committed;
    await killHard(first.child);
    expect(await loop).toBe('killed');

    const second = await launch(profile);
    const again = await chromium.connectOverCDP(second.endpoint);
    const page2 =
      again.contexts()[0]?.pages()[0] ??
      (await (again.contexts()[0] ?? (await again.newContext())).newPage());
    await openHarness(page2, baseURL);
    const state = await page2.evaluate(async (id) => {
      const unlocked = await window.keukentafelHarness.unlock('crash');
      if (unlocked !== 'ok') return { unlocked, label: '', rev: 0, auditWrites: 0, chain: '' };
      return { unlocked, ...(await window.keukentafelHarness.integrity(id)) };
    }, householdId);
    expect(state.unlocked).toBe('ok');
    // Every save the page saw committed is there (rev = 1 + number of updates) ...
    expect(state.rev).toBeGreaterThanOrEqual(lastSeen + 1);
    // ... and the record and its audit entries moved together: no update without its entry.
    expect(state.label).toBe(`Gezin Lus ${String(state.rev - 1)}`);
    expect(state.auditWrites).toBe(state.rev);
    expect(state.chain).toBe('ok');
    await again.close();
    await killHard(second.child);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
