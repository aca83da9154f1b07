import { CSP_HEADER, CSP_META } from '../../shared/security/csp';
import { expect, staysInApp, test } from './fixtures';

test.describe('content security policy and network guard', () => {
  test('the page is served with the strict CSP header and meta tag', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      CSP_META,
    );
    expect(CSP_HEADER).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  test('the CSP blocks an injected inline script', async ({ page, guards }) => {
    guards.allowConsoleError(/Content Security Policy/);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.violatedDirective);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { injected: Reflect.get(window, '__injected') === true, violations };
    });
    expect(outcome.injected).toBe(false);
    expect(outcome.violations).toContain('script-src-elem');
  });

  test('the CSP blocks eval and inline event handlers', async ({ page, guards }) => {
    guards.allowConsoleError(/Content Security Policy/);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // DevTools evaluation is exempt from the CSP, so eval runs later from a real click instead.
    await page.evaluate(() => {
      document.addEventListener('click', () => {
        try {
          eval('1 + 1');
          Reflect.set(window, '__evalOutcome', 'ran');
        } catch (error) {
          Reflect.set(window, '__evalOutcome', error instanceof EvalError ? 'blocked' : 'other');
        }
      });
      const image = document.createElement('img');
      image.alt = '';
      image.setAttribute('onerror', 'window.__handler = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
    });
    await page.getByRole('heading', { level: 1 }).click();
    await expect
      .poll(() => page.evaluate(() => Reflect.get(window, '__evalOutcome') as unknown))
      .toBe('blocked');
    expect(await page.evaluate(() => Reflect.get(window, '__handler') as unknown)).toBeUndefined();
  });

  test('the CSP stops the page itself from reaching another origin', async ({ page, guards }) => {
    guards.allowConsoleError(/Content Security Policy|Failed to fetch/);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const result = await page.evaluate(async () => {
      try {
        await fetch('https://example.invalid/track');
        return 'sent';
      } catch {
        return 'blocked';
      }
    });
    expect(result).toBe('blocked');
    expect(guards.externalRequests).toEqual([]);
  });

  test('the network guard catches a request that leaves the app origin', async ({
    page,
    guards,
  }) => {
    // about:blank has no CSP, so the request reaches the guard; it is aborted, never sent.
    guards.allowConsoleError(/ERR_BLOCKED_BY_CLIENT/);
    await page.goto('about:blank');
    await page.setContent('<img alt="" src="http://tracker.example.invalid/pixel.png">');
    await expect.poll(() => guards.externalRequests.length).toBe(1);
    expect(guards.externalRequests[0]).toBe('http://tracker.example.invalid/pixel.png');
    guards.externalRequests.length = 0;
  });

  test('staysInApp accepts only the app origin and local schemes', () => {
    const origin = 'http://127.0.0.1:4173';
    expect(staysInApp('http://127.0.0.1:4173/assets/x.js', origin)).toBe(true);
    expect(staysInApp('data:image/png;base64,AA==', origin)).toBe(true);
    expect(staysInApp('http://127.0.0.1:4174/', origin)).toBe(false);
    expect(staysInApp('http://127.0.0.1.evil.test:4173/', origin)).toBe(false);
    expect(staysInApp('https://127.0.0.1:4173/', origin)).toBe(false);
  });
});
