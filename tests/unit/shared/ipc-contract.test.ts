import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP_API_KEYS,
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  MAX_SAVE_FILE_BYTES,
  FileSaveRequestSchema,
  FileOpenRequestSchema,
  invokeContract,
  eventContract,
} from '../../../shared/ipc';

describe('IPC contract', () => {
  it('has a request and response schema for every invoke channel', () => {
    expect(Object.keys(invokeContract).sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(Object.keys(eventContract).sort()).toEqual(Object.values(EVENT_CHANNELS).sort());
  });

  it('names channels area-verb in kebab-case, each once', () => {
    const channels = [...Object.values(INVOKE_CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+-[a-z]+$/);
    expect(DESKTOP_API_KEYS).toHaveLength(channels.length);
  });

  it('accepts a plain file name and rejects names that could point elsewhere', () => {
    const request = (suggestedName: string) =>
      FileSaveRequestSchema.safeParse({ suggestedName, filters: [], bytes: new Uint8Array() });
    expect(request('Plan familie Jansen.pdf').success).toBe(true);
    for (const bad of ['', '..', '../x.pdf', 'a/b.pdf', 'a\\b.pdf', 'C:x', 'x\u0000.pdf', 'x.']) {
      expect(request(bad).success, JSON.stringify(bad)).toBe(false);
    }
    fc.assert(
      fc.property(fc.string(), (name) => {
        const result = request(name);
        // eslint-disable-next-line no-control-regex -- a NUL in a file name must never pass
        if (result.success) expect(name).not.toMatch(/[\\/:\u0000]/);
      }),
    );
  });

  it('rejects extra keys, wrong types and oversized payloads', () => {
    expect(
      FileSaveRequestSchema.safeParse({
        suggestedName: 'a.json',
        filters: [],
        bytes: new Uint8Array(),
        path: '/etc/passwd',
      }).success,
    ).toBe(false);
    expect(
      FileSaveRequestSchema.safeParse({ suggestedName: 'a.json', filters: [], bytes: [1, 2] })
        .success,
    ).toBe(false);
    const oversized = { byteLength: MAX_SAVE_FILE_BYTES + 1 };
    Object.setPrototypeOf(oversized, Uint8Array.prototype);
    expect(
      FileSaveRequestSchema.safeParse({ suggestedName: 'a.json', filters: [], bytes: oversized })
        .success,
    ).toBe(false);
    expect(FileOpenRequestSchema.safeParse({ filters: [], maxBytes: 0 }).success).toBe(false);
    expect(FileOpenRequestSchema.safeParse({ filters: [], maxBytes: 1.5 }).success).toBe(false);
  });
});
