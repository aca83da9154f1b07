// A database fixture: every object store of a real database of one schema version, as JSON
// (bytes as {"$bytes": base64}), plus the secrets to open it and the records it must yield.
import { fromBase64, isBytes, toBase64 } from '../../../../../renderer/src/db/sealing/bytes';

export interface StoreDump {
  readonly name: string;
  readonly keyPath: string | string[] | null;
  readonly autoIncrement: boolean;
  readonly indexes: readonly {
    name: string;
    keyPath: string | string[];
    unique: boolean;
    multiEntry: boolean;
  }[];
  readonly rows: readonly unknown[];
}

export interface DatabaseFixture {
  readonly schemaVersion: number;
  readonly payloadVersion: number;
  /** The IndexedDB version number (Dexie stores version x 10). */
  readonly idbVersion: number;
  readonly passphrase: string;
  readonly recoveryCode: string;
  readonly stores: readonly StoreDump[];
  /** Domain records as the API returned them when the fixture was made. */
  readonly expected: {
    readonly households: readonly unknown[];
    readonly persons: readonly unknown[];
    readonly assessments: readonly unknown[];
    readonly plans: readonly unknown[];
    /** Conversations (schema version 2 on; absent in older fixtures). */
    readonly conversations?: readonly unknown[];
    /** Imported gemeente profiles as `profiles.list()` returned them (version 2 on). */
    readonly profiles?: readonly unknown[];
    readonly drafts: readonly { key: string; value: unknown }[];
    readonly settings: unknown;
    readonly auditEntries: number;
  };
}

export function encodeValue(value: unknown): unknown {
  if (isBytes(value)) return { $bytes: toBase64(value) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeValue(item)]));
  }
  return value;
}

export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value === 'object' && value !== null) {
    const bytes: unknown = (value as Record<string, unknown>).$bytes;
    if (typeof bytes === 'string' && Object.keys(value).length === 1) {
      const decoded = fromBase64(bytes);
      if (!decoded) throw new Error('bad base64 in fixture');
      return decoded;
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeValue(item)]));
  }
  return value;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('request failed'));
    };
  });
}

/** Reads every store with the bare IndexedDB API. */
export async function dumpDatabase(
  name: string,
): Promise<{ idbVersion: number; stores: StoreDump[] }> {
  const db = await request(indexedDB.open(name));
  const stores: StoreDump[] = [];
  for (const storeName of Array.from(db.objectStoreNames).sort()) {
    const store = db.transaction(storeName, 'readonly').objectStore(storeName);
    const indexes = Array.from(store.indexNames)
      .sort()
      .map((indexName) => {
        const index = store.index(indexName);
        return {
          name: index.name,
          keyPath: index.keyPath,
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      });
    const rows = await request(store.getAll());
    stores.push({
      name: storeName,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes,
      rows: rows.map(encodeValue),
    });
  }
  const idbVersion = db.version;
  db.close();
  return { idbVersion, stores };
}

/** Recreates a fixture database exactly: same version, stores, indexes and rows. */
export async function loadFixture(name: string, fixture: DatabaseFixture): Promise<void> {
  const open = indexedDB.open(name, fixture.idbVersion);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const dump of fixture.stores) {
      const store = db.createObjectStore(dump.name, {
        keyPath: dump.keyPath,
        autoIncrement: dump.autoIncrement,
      });
      for (const index of dump.indexes) {
        store.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
      }
    }
  };
  const db = await request(open);
  const tx = db.transaction(
    fixture.stores.map((store) => store.name),
    'readwrite',
  );
  for (const dump of fixture.stores) {
    for (const row of dump.rows) tx.objectStore(dump.name).put(decodeValue(row));
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error('load failed'));
    };
  });
  db.close();
}
