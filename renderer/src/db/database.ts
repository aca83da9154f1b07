// The Dexie schema. IndexedDB sees only opaque ids, foreign ids, timestamps, revs, the payload
// schema version and ciphertext; everything else is inside `box` (see crypto/seal.ts).

import Dexie, { type Table } from 'dexie';

/** Schema version of sealed payloads, bound into every ciphertext's associated data. */
export const PAYLOAD_SCHEMA_VERSION = 1;

/** A sealed domain record. `box` = 96-bit IV || AES-256-GCM ciphertext and tag. */
export interface SealedRow {
  readonly id: string;
  readonly householdId?: string;
  readonly personId?: string;
  readonly updatedAt: string;
  readonly deletedAt?: string;
  readonly rev: number;
  /** Payload schema version (PAYLOAD_SCHEMA_VERSION at write time). */
  readonly v: number;
  readonly box: Uint8Array<ArrayBuffer>;
}

/** A sealed audit entry: the chain links each box to the previous entry's hash. */
export interface AuditRow {
  readonly seq: number;
  readonly id: string;
  readonly v: number;
  readonly prevHash: Uint8Array<ArrayBuffer>;
  readonly hash: Uint8Array<ArrayBuffer>;
  readonly box: Uint8Array<ArrayBuffer>;
}

export interface MetaRow {
  readonly key: string;
  readonly value: unknown;
}

export const RECORD_TABLES = [
  'households',
  'persons',
  'assessments',
  'plans',
  'suggestions',
  'decisions',
  'conversations',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
/** Imported gemeente profiles: no household, keyed by the profile's own kebab-case id. */
export type SealedTable = RecordTable | 'drafts' | 'profiles';

/** One Dexie schema version. Append only: never edit or remove a released entry. */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Runs inside the versionchange transaction; a throw aborts it and leaves the old data. */
  readonly upgrade?: (transaction: import('dexie').Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      households: 'id, updatedAt',
      persons: 'id, householdId, updatedAt',
      assessments: 'id, householdId, personId, updatedAt',
      plans: 'id, householdId, updatedAt',
      suggestions: 'id, householdId, updatedAt',
      decisions: 'id, householdId, updatedAt',
      drafts: 'id, updatedAt',
      audit: 'seq',
      meta: 'key',
    },
  },
  {
    // Finished intake/evaluation conversations, and gemeente profiles a beheerder imported.
    // New empty tables only: nothing to move, so no upgrade step.
    version: 2,
    stores: {
      conversations: 'id, householdId, updatedAt',
      profiles: 'id, updatedAt',
    },
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((entry) => entry.version));

/** An upgrade step threw; IndexedDB aborted the version change, the old data is as it was. */
export class UpgradeFailed extends Error {
  constructor(
    readonly version: number,
    override readonly cause: unknown,
  ) {
    super(`upgrade to version ${String(version)} failed`);
    this.name = 'UpgradeFailed';
  }
}

export class KeukentafelDexie extends Dexie {
  declare households: Table<SealedRow, string>;
  declare persons: Table<SealedRow, string>;
  declare assessments: Table<SealedRow, string>;
  declare plans: Table<SealedRow, string>;
  declare suggestions: Table<SealedRow, string>;
  declare decisions: Table<SealedRow, string>;
  declare conversations: Table<SealedRow, string>;
  declare profiles: Table<SealedRow, string>;
  declare drafts: Table<SealedRow, string>;
  declare audit: Table<AuditRow, number>;
  declare meta: Table<MetaRow, string>;

  constructor(name: string, versions: readonly SchemaVersion[]) {
    // Strict durability: a save that resolved is on disk, even if the laptop loses power next.
    super(name, { chromeTransactionDurability: 'strict', autoOpen: false, cache: 'disabled' });
    for (const entry of versions) {
      const version = this.version(entry.version).stores(entry.stores);
      const upgrade = entry.upgrade;
      if (upgrade) {
        version.upgrade(async (transaction) => {
          try {
            await upgrade(transaction);
          } catch (error) {
            throw new UpgradeFailed(entry.version, error);
          }
        });
      }
    }
  }

  sealedTable(table: SealedTable): Table<SealedRow, string> {
    return this.table(table);
  }
}
