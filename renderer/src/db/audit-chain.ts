// The audit log's hash chain. Each entry is sealed (AAD binds its seq); its hash covers the
// previous hash, its seq, id and sealed box, and the sealed head in meta pins the newest entry,
// so an edited, deleted, reordered or cut-off entry shows.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import type { AuditRow } from './database';
import { concat, utf8 } from './sealing/bytes';
import type { AuditEntry } from './types';

export const GENESIS_HASH = new Uint8Array(32);
const DOMAIN = utf8('keukentafel/audit/v1');

export interface AuditHead {
  readonly seq: number;
  readonly hash: Uint8Array<ArrayBuffer>;
}

export const GENESIS_HEAD: AuditHead = { seq: 0, hash: GENESIS_HASH };

function seqBytes(seq: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(seq));
  return out;
}

/** Synchronous (noble), so it can also run inside an IndexedDB transaction. */
export function chainHash(
  prevHash: Uint8Array,
  seq: number,
  id: string,
  box: Uint8Array,
): Uint8Array<ArrayBuffer> {
  return new Uint8Array(sha256(concat(DOMAIN, prevHash, seqBytes(seq), utf8(id), box)));
}

export function rowHashMatches(row: AuditRow): boolean {
  return bytesToHex(chainHash(row.prevHash, row.seq, row.id, row.box)) === bytesToHex(row.hash);
}

export function hex(bytes: Uint8Array): string {
  return bytesToHex(bytes);
}

const KebabCode = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const AuditActionSchema = z.enum([
  'create',
  'read',
  'update',
  'delete',
  'export',
  'print',
  'search',
  'restore',
  'unlock',
  'lock',
  'change-passphrase',
  'recover',
  'settings',
]);

export const AuditObjectTypeSchema = z.enum([
  'household',
  'person',
  'assessment',
  'plan',
  'suggestion',
  'decision',
  'caseload',
  'vault',
  'backup',
  'settings',
  'conversation',
  'profile',
]);

export const AuditEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  action: AuditActionSchema,
  objectType: AuditObjectTypeSchema,
  objectIds: z.array(z.uuid()).max(1000),
  actorId: z.uuid(),
  outcome: z.enum(['success', 'failure']),
  purpose: KebabCode.optional(),
  reason: KebabCode.optional(),
}) satisfies z.ZodType<AuditEntry>;

/** The sealed payload: the entry plus the previous hash, so the chain is inside the AEAD too. */
export const AuditPayloadSchema = AuditEntrySchema.extend({ prevHash: z.string().length(64) });

/** The entry without the chain link it was sealed with. */
export function entryOf(
  payload: z.infer<typeof AuditPayloadSchema>,
): z.infer<typeof AuditEntrySchema> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the link is not part of the entry
  const { prevHash, ...entry } = payload;
  return entry;
}

export const AuditHeadPayloadSchema = z.strictObject({
  seq: z.number().int().min(0),
  hash: z.string().length(64),
});

export const PurposeSchema = KebabCode;
