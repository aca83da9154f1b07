import { expect, test } from '@playwright/test';
import { openHarness } from './harness';

test('a full quota gives "storage-full", keeps the database consistent, and the same save works later', async ({
  page,
  baseURL,
}) => {
  await openHarness(page, baseURL);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4180').origin;
  // Chromium applies a quota override to databases opened after it: set it first.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 400 * 1024 });
  const householdId = await page.evaluate(async () => {
    const harness = window.keukentafelHarness;
    await harness.setUp('quota');
    return harness.saveHousehold('Gezin Quota');
  });
  const before = await page.evaluate(async () => ({
    audit: await window.keukentafelHarness.auditStatus(),
    households: await window.keukentafelHarness.countHouseholds(),
  }));

  const full = await page.evaluate(
    async (id) => window.keukentafelHarness.saveLarge(id, 4 * 1024 * 1024),
    householdId,
  );
  expect(full).toBe('storage-full');
  const address = 'Kerkstraat 1, '.repeat(20);
  const fullHousehold = await page.evaluate(
    async (text) => {
      // Many small saves until the quota bites: each must be all or nothing.
      const outcomes: string[] = [];
      for (let i = 0; i < 2000; i++) {
        outcomes.push(
          await window.keukentafelHarness.saveLargeHousehold(`Gezin Vol ${String(i)}`, text),
        );
        if (outcomes.at(-1) === 'storage-full') break;
      }
      return outcomes;
    },
    address.slice(0, 280),
  );
  expect(fullHousehold.at(-1)).toBe('storage-full');
  const saved = fullHousehold.filter((outcome) => outcome.startsWith('ok:')).length;

  const after = await page.evaluate(async () => ({
    audit: await window.keukentafelHarness.auditStatus(),
    households: await window.keukentafelHarness.countHouseholds(),
  }));
  expect(after.households).toBe(before.households + saved);
  expect(after.audit.chain).toBe('ok');
  // One create per saved household, one 'read' per count; nothing from the failed saves.
  expect(after.audit.entries).toBe(before.audit.entries + saved + 1);

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  const retried = await page.evaluate(
    async (id) => window.keukentafelHarness.saveLarge(id, 4 * 1024 * 1024),
    householdId,
  );
  expect(retried).toBe('ok');
  expect((await page.evaluate(async () => window.keukentafelHarness.auditStatus())).chain).toBe(
    'ok',
  );
});
