import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  STORAGE_ERROR_CODES,
  storageMessageKey,
  formatRecoveryCode,
} from '../../../../renderer/src/db';
import { fromBase64, toBase64 } from '../../../../renderer/src/db/sealing/bytes';
import {
  newRecoveryCode,
  normalizeRecoveryCode,
  parseRecoveryCode,
} from '../../../../renderer/src/db/sealing/recovery-code';
import { associatedData, open, seal } from '../../../../renderer/src/db/sealing/seal';
import { nl } from '../../../../shared/messages/nl';

async function testKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const context = {
  table: 'households',
  id: '6f1c2a8e-1b2c-4d5e-8f90-123456789abc',
  rev: 3,
  schemaVersion: 1,
};

describe('sealing', () => {
  it('opens only under the same table, id, rev and schema version', async () => {
    const key = await testKey();
    const box = await seal(key, context, { label: 'Gezin Çelik' });
    expect(await open(key, context, box)).toEqual({ ok: true, value: { label: 'Gezin Çelik' } });
    for (const other of [
      { ...context, table: 'persons' },
      { ...context, id: '6f1c2a8e-1b2c-4d5e-8f90-123456789abd' },
      { ...context, rev: 2 },
      { ...context, schemaVersion: 2 },
    ]) {
      expect(await open(key, other, box)).toEqual({ ok: false, error: 'unreadable' });
    }
    expect(await open(await testKey(), context, box)).toEqual({ ok: false, error: 'unreadable' });
  });

  it('puts a fresh 96-bit IV in front of every box', async () => {
    const key = await testKey();
    const boxes = await Promise.all(
      Array.from({ length: 500 }, () => seal(key, context, 'zelfde')),
    );
    const ivs = new Set(boxes.map((box) => toBase64(box.subarray(0, 12))));
    expect(ivs.size).toBe(500);
    expect(boxes[0]?.byteLength).toBe(12 + JSON.stringify('zelfde').length + 16);
  });

  it('refuses any single flipped bit', async () => {
    const key = await testKey();
    const box = await seal(key, context, { note: 'x'.repeat(20) });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: box.length * 8 - 1 }), async (bit) => {
        const flipped = new Uint8Array(box);
        const index = Math.floor(bit / 8);
        flipped[index] = (flipped[index] ?? 0) ^ (1 << (bit % 8));
        expect((await open(key, context, flipped)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('binds the context with unambiguous separators', () => {
    const text = new TextDecoder().decode(associatedData(context));
    expect(text).toBe(`keukentafel/seal/v1|households|${context.id}|3|1`);
  });
});

describe('recovery code', () => {
  it('carries 160 random bits and a check, shown as nine groups of four', () => {
    const codes = Array.from({ length: 50 }, () => newRecoveryCode());
    for (const code of codes) {
      expect(code.bytes.byteLength).toBe(20);
      expect(code.text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(
        Array.from(
          parseRecoveryCode(code.text).ok
            ? (parseRecoveryCode(code.text) as { value: Uint8Array }).value
            : [],
        ),
      ).toEqual(Array.from(code.bytes));
    }
    expect(new Set(codes.map((code) => code.text)).size).toBe(50);
  });

  it('reads the code however it is typed: case, spaces, dashes, O for 0 and I or L for 1', () => {
    const { text, bytes } = newRecoveryCode();
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const parsed = parseRecoveryCode(`  ${sloppy}\n`);
    expect(parsed.ok && Array.from(parsed.value)).toEqual(Array.from(bytes));
    expect(normalizeRecoveryCode('ab-cd ef_gh.ij')).toBe('ABCDEFGH1J');
    expect(formatRecoveryCode(text.replace(/-/g, ''))).toBe(text);
  });

  it('catches typos and wrong lengths as malformed', () => {
    const { text } = newRecoveryCode();
    fc.assert(
      fc.property(fc.nat({ max: 35 }), fc.nat({ max: 31 }), (position, replacement) => {
        const chars = text.replace(/-/g, '').split('');
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        const next = alphabet[replacement] ?? '0';
        fc.pre(chars[position] !== next);
        chars[position] = next;
        // 20 check bits: a changed character slips through about once in a million.
        expect(parseRecoveryCode(chars.join('')).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(parseRecoveryCode(text.slice(0, -1))).toEqual({ ok: false, error: 'malformed' });
    expect(parseRecoveryCode(`${text}0`)).toEqual({ ok: false, error: 'malformed' });
    expect(parseRecoveryCode('')).toEqual({ ok: false, error: 'malformed' });
    expect(parseRecoveryCode(text.replace(/^./, 'U'))).toEqual({ ok: false, error: 'malformed' });
  });
});

describe('base64', () => {
  it('round-trips any bytes and refuses anything that is not strict base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(fromBase64(text) ?? [-1])).toEqual(Array.from(bytes));
      }),
    );
    for (const bad of ['abc', 'ab=c', '@@@@', 'ab\u00e9=']) expect(fromBase64(bad)).toBeNull();
  });
});

describe('messages', () => {
  it('has a Dutch text for every storage failure code', () => {
    for (const code of STORAGE_ERROR_CODES) {
      const key = storageMessageKey(code);
      expect(key in nl, key).toBe(true);
    }
  });
});
