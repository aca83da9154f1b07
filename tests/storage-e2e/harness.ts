import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Harness } from '../../bench/main';

export type { Harness };

/** Opens the harness page and waits until its functions are there. */
export async function openHarness(page: Page, baseURL = ''): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseURL}/`);
  await page.waitForFunction(() => 'keukentafelHarness' in window);
  expect(errors).toEqual([]);
}

/** Every file under `dir`, recursively (the Chromium profile). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** The byte forms a string can take on disk: UTF-8, UTF-16 LE/BE, and Latin-1 where it fits. */
export function encodings(text: string): Buffer[] {
  const forms = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  forms.push(Buffer.from(Buffer.from(text, 'utf16le')).swap16());
  if (Array.from(text).every((char) => (char.codePointAt(0) ?? 0) < 256)) {
    forms.push(Buffer.from(text, 'latin1'));
  }
  return forms;
}

/** Files in `dir` that contain `text` in any of its byte forms. */
export function filesContaining(dir: string, text: string): string[] {
  const needles = encodings(text);
  return filesUnder(dir).filter((file) => {
    if (statSync(file).size === 0) return false;
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}
