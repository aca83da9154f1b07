import { expect, test } from '@playwright/test';
import { openHarness } from './harness';

test('a backup round-trips, and flipped or cut files are refused with the database unchanged', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await openHarness(page, baseURL);
  const backup = await page.evaluate(async () => {
    const harness = window.keukentafelHarness;
    await harness.setUp('backup-source');
    for (const name of ['Çelik', 'Jansen-Zoë', 'Ünal', 'Mbeki', 'de Vries']) {
      const id = await harness.saveHousehold(`Gezin ${name}`, 'Dorpsstraat 1, Cothen');
      await harness.savePerson(id, `Zoë ${name} 👨‍👩‍👧`);
    }
    return harness.backupBase64();
  });
  expect(
    await page.evaluate(
      async (data) => window.keukentafelHarness.inspectBase64(data, 'fiets boom regen lamp zee'),
      backup,
    ),
  ).toBe('ok:5');

  const outcome = await page.evaluate(async (data) => {
    const harness = window.keukentafelHarness;
    const restored = await harness.restoreBase64(
      'backup-target',
      data,
      'fiets boom regen lamp zee',
    );
    const count = await harness.countHouseholds();
    const audit = await harness.auditStatus();
    const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
    const toText = (array: Uint8Array) =>
      btoa(Array.from(array, (byte) => String.fromCharCode(byte)).join(''));
    const codes: string[] = [];
    const positions = [
      0,
      7,
      8,
      9,
      12,
      20,
      100,
      Math.floor(bytes.length / 2),
      bytes.length - 40,
      bytes.length - 1,
    ];
    for (let i = 0; i < 15; i++) positions.push(Math.floor(Math.random() * bytes.length));
    for (const position of positions) {
      const flipped = new Uint8Array(bytes);
      flipped[position] = (flipped[position] ?? 0) ^ (1 << (position % 8));
      codes.push(
        await harness.restoreBase64('backup-target', toText(flipped), 'fiets boom regen lamp zee'),
      );
    }
    for (const length of [0, 4, 13, 100, Math.floor(bytes.length / 2), bytes.length - 1]) {
      codes.push(
        await harness.restoreBase64(
          'backup-target',
          toText(bytes.subarray(0, length)),
          'fiets boom regen lamp zee',
        ),
      );
    }
    codes.push(await harness.restoreBase64('backup-target', data, 'verkeerd wachtwoord hier'));
    return {
      restored,
      count,
      audit,
      codes,
      countAfter: await harness.countHouseholds(),
      auditAfter: await harness.auditStatus(),
    };
  }, backup);
  expect(outcome.restored).toBe('ok');
  expect(outcome.count).toBe(5);
  expect(outcome.audit.chain).toBe('ok');
  for (const code of outcome.codes) {
    expect([
      'not-a-backup',
      'unsupported-backup-version',
      'damaged-backup',
      'wrong-passphrase',
    ]).toContain(code);
  }
  expect(outcome.codes.at(-1)).toBe('wrong-passphrase');
  expect(outcome.countAfter).toBe(5);
  // The failed restores wrote nothing; only the count reads were logged.
  expect(outcome.auditAfter.chain).toBe('ok');
  expect(outcome.auditAfter.entries).toBe(outcome.audit.entries + 1);
});
