import { expect, test } from '@playwright/test';
import { openHarness } from './harness';

test('a flipped byte or a swapped ciphertext fails loudly, never silently', async ({
  page,
  baseURL,
}) => {
  await openHarness(page, baseURL);
  const result = await page.evaluate(async () => {
    const harness = window.keukentafelHarness;
    await harness.setUp('tamper');
    const a = await harness.saveHousehold('Gezin A');
    const b = await harness.saveHousehold('Gezin B');
    const c = await harness.saveHousehold('Gezin C');
    const before = { a: await harness.readHousehold(a), b: await harness.readHousehold(b) };
    await harness.tamper('households', 'flip', c);
    const flipped = await harness.readHousehold(c);
    await harness.tamper('households', 'swap', a, b);
    const swapped = { a: await harness.readHousehold(a), b: await harness.readHousehold(b) };
    let listed = 'ok';
    try {
      await harness.countHouseholds();
    } catch (error) {
      listed = error instanceof Error ? error.message : String(error);
    }
    return { before, flipped, swapped, listed };
  });
  expect(result.before).toEqual({ a: 'ok', b: 'ok' });
  expect(result.flipped).toBe('tampered');
  expect(result.swapped).toEqual({ a: 'tampered', b: 'tampered' });
  expect(result.listed).toBe('tampered');
});

test('a large scan (decrypted by the scan workers) reads every record and still refuses a flipped byte', async ({
  page,
  baseURL,
}) => {
  await openHarness(page, baseURL);
  const result = await page.evaluate(async () => {
    const harness = window.keukentafelHarness;
    await harness.setUp('tamper-scan');
    const ids = await harness.bulkHouseholds(9_000);
    const count = await harness.countHouseholds();
    const victim = ids[6_543] ?? '';
    await harness.tamper('households', 'flip', victim);
    let listed = 'ok';
    try {
      await harness.countHouseholds();
    } catch (error) {
      listed = error instanceof Error ? error.message : String(error);
    }
    const workerLoaded = performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.includes('open-worker'));
    return { count, listed, workerLoaded };
  });
  expect(result.workerLoaded).toBe(true);
  expect(result.count).toBe(9_000);
  expect(result.listed).toBe('tampered');
});
