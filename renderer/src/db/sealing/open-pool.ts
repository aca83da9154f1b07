// Two scan workers that decrypt large reads in parallel with the main thread (which only parses
// the JSON they return). Anything unusual (no Worker, a worker error, a failed chunk) answers
// null and the caller decrypts that chunk itself, so behaviour never depends on the pool.

import type { OpenRequest, OpenResponse } from './open-protocol';

const WORKERS = 2;
let nextKeyId = 1;
let nextRequestId = 1;

export class OpenPool {
  private readonly pending = new Map<number, (json: string | null) => void>();
  private readonly keyId = nextKeyId++;
  private turn = 0;
  private broken = false;

  private constructor(
    private readonly workers: readonly Worker[],
    key: CryptoKey,
  ) {
    for (const worker of workers) {
      worker.onmessage = (event: MessageEvent<OpenResponse>) => {
        const resolve = this.pending.get(event.data.requestId);
        this.pending.delete(event.data.requestId);
        resolve?.(event.data.json);
      };
      worker.onerror = () => {
        this.fail();
      };
      worker.postMessage({ type: 'key', keyId: this.keyId, key });
    }
  }

  /** A pool for `key`, or null where workers are not available (tests in jsdom, old hosts). */
  static create(key: CryptoKey): OpenPool | null {
    if (typeof Worker === 'undefined') return null;
    try {
      const workers = Array.from(
        { length: WORKERS },
        () => new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module' }),
      );
      return new OpenPool(workers, key);
    } catch {
      return null;
    }
  }

  private fail(): void {
    this.broken = true;
    for (const resolve of this.pending.values()) resolve(null);
    this.pending.clear();
  }

  /** Decrypts one chunk; resolves to a JSON array text, or null when the caller must do it. */
  open(
    table: string,
    rows: readonly { id: string; rev: number; v: number; box: Uint8Array }[],
  ): Promise<string | null> {
    if (this.broken) return Promise.resolve(null);
    const offsets = new Uint32Array(rows.length + 1);
    let length = 0;
    rows.forEach((row, index) => {
      offsets[index] = length;
      length += row.box.byteLength;
    });
    offsets[rows.length] = length;
    const packed = new Uint8Array(length);
    rows.forEach((row, index) => {
      packed.set(row.box, offsets[index]);
    });
    const request: OpenRequest = {
      type: 'open',
      requestId: nextRequestId++,
      keyId: this.keyId,
      table,
      ids: rows.map((row) => row.id),
      revs: Int32Array.from(rows, (row) => row.rev),
      versions: Int32Array.from(rows, (row) => row.v),
      packed: packed.buffer,
      offsets,
    };
    const worker = this.workers[this.turn++ % this.workers.length];
    if (!worker) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.pending.set(request.requestId, resolve);
      try {
        worker.postMessage(request, [packed.buffer]);
      } catch {
        this.pending.delete(request.requestId);
        resolve(null);
      }
    });
  }

  /** Forgets the key in the workers and stops them (on lock). */
  dispose(): void {
    for (const worker of this.workers) {
      worker.postMessage({ type: 'forget', keyId: this.keyId });
      worker.terminate();
    }
    this.fail();
  }
}
