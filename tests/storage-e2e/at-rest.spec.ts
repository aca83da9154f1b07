import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumExecutable, quietChromiumArgs } from '../support/chromium';
import { filesContaining, filesUnder, openHarness } from './harness';

// Unique per run, with diacritics, so a hit can only come from this test.
const SENTINEL = `Zoë Sentinelli-Çakır ${String(Date.now())}`;
const SENTINEL_ADDRESS = `Sentinelstraat ${String(Date.now() % 1000)}`;

test('a saved name is absent from a bare IndexedDB read of every store', async ({
  page,
  baseURL,
}) => {
  await openHarness(page, baseURL);
  const result = await page.evaluate(
    async ([name, address]) => {
      const harness = window.keukentafelHarness;
      await harness.setUp('at-rest');
      const householdId = await harness.saveHousehold(`Gezin ${name}`, address);
      await harness.savePerson(householdId, name);
      await harness.saveConversation(householdId, `Vraag van ${name}`);
      return {
        read: await harness.readHousehold(householdId),
        raw: await harness.rawContains('at-rest', name),
        rawAddress: await harness.rawContains('at-rest', address),
        rawControl: await harness.rawContains('at-rest', householdId),
      };
    },
    [SENTINEL, SENTINEL_ADDRESS] as const,
  );
  expect(result.read).toBe('ok');
  expect(result.raw.rows).toBeGreaterThan(3);
  expect(result.raw.found).toEqual([]);
  expect(result.rawAddress.found).toEqual([]);
  // The search itself works: the opaque id is stored in plain text and is found.
  expect(result.rawControl.found.length).toBeGreaterThan(0);
});

test('a saved name is absent from every file of the Chromium profile on disk', async () => {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'keukentafel-profile-'));
  const executablePath = chromiumExecutable();
  const baseURL = `http://127.0.0.1:${process.env.STORAGE_E2E_PORT ?? '4180'}`;
  const control = `KONTROLE-${String(Date.now())}-onversleuteld`;
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...(executablePath ? { executablePath } : {}),
      args: quietChromiumArgs,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await openHarness(page, baseURL);
    await page.evaluate(
      async ([name, address, plain]) => {
        const harness = window.keukentafelHarness;
        await harness.setUp('on-disk');
        const householdId = await harness.saveHousehold(`Gezin ${name}`, address);
        await harness.savePerson(householdId, name);
        await harness.saveConversation(householdId, `Vraag van ${name}`);
        // Positive control: a plain value written with bare IndexedDB must be found on disk.
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('control', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('plain', { keyPath: 'id' });
          };
          open.onsuccess = () => {
            const tx = open.result.transaction('plain', 'readwrite', { durability: 'strict' });
            tx.objectStore('plain').put({ id: 1, text: plain });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => {
              reject(tx.error ?? new Error('control write failed'));
            };
          };
        });
        harness.close();
      },
      [SENTINEL, SENTINEL_ADDRESS, control] as const,
    );
    await context.close();
    expect(filesUnder(profile).length).toBeGreaterThan(10);
    expect(filesContaining(profile, control).length).toBeGreaterThan(0);
    expect(filesContaining(profile, SENTINEL)).toEqual([]);
    expect(filesContaining(profile, 'Sentinelli')).toEqual([]);
    expect(filesContaining(profile, SENTINEL_ADDRESS)).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
