/** Messages between the main thread and the scan worker (open-worker.ts). */
export interface KeyMessage {
  readonly type: 'key';
  readonly keyId: number;
  readonly key: CryptoKey;
}

export interface ForgetMessage {
  readonly type: 'forget';
  readonly keyId: number;
}

export interface OpenRequest {
  readonly type: 'open';
  readonly requestId: number;
  readonly keyId: number;
  readonly table: string;
  readonly ids: readonly string[];
  readonly revs: Int32Array;
  readonly versions: Int32Array;
  /** All boxes of the chunk back to back; box i is packed[offsets[i], offsets[i + 1]). */
  readonly packed: ArrayBuffer;
  readonly offsets: Uint32Array;
}

export type WorkerMessage = KeyMessage | ForgetMessage | OpenRequest;

/** `json` is a JSON array text with one plaintext (or null) per row; null when the chunk failed. */
export interface OpenResponse {
  readonly requestId: number;
  readonly json: string | null;
}
