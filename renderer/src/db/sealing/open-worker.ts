// Worker for whole-table scans: decrypts chunks of sealed rows off the main thread and hands
// back the plaintexts as one JSON array text (null where a box does not open). The data key
// arrives as a non-extractable CryptoKey and never leaves WebCrypto here either.

import { associatedData } from './seal';
import type { OpenRequest, OpenResponse, WorkerMessage } from './open-protocol';

const IV_BYTES = 12;
const keys = new Map<number, CryptoKey>();
const decoder = new TextDecoder('utf-8', { fatal: true });

async function open(request: OpenRequest): Promise<OpenResponse> {
  const key = keys.get(request.keyId);
  if (!key) return { requestId: request.requestId, json: null };
  const packed = new Uint8Array(request.packed);
  const texts = await Promise.all(
    request.ids.map((id, index) => {
      const start = request.offsets[index] ?? 0;
      const end = request.offsets[index + 1] ?? start;
      const box = packed.subarray(start, end);
      if (box.byteLength < IV_BYTES + 16) return Promise.resolve('null');
      return crypto.subtle
        .decrypt(
          {
            name: 'AES-GCM',
            iv: box.subarray(0, IV_BYTES),
            additionalData: associatedData({
              table: request.table,
              id,
              rev: request.revs[index] ?? 0,
              schemaVersion: request.versions[index] ?? 0,
            }),
          },
          key,
          box.subarray(IV_BYTES),
        )
        .then(
          (plaintext) => decoder.decode(plaintext),
          () => 'null',
        );
    }),
  );
  return { requestId: request.requestId, json: `[${texts.join(',')}]` };
}

self.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if (message.type === 'key') {
    keys.set(message.keyId, message.key);
  } else if (message.type === 'forget') {
    keys.delete(message.keyId);
  } else {
    void open(message).then(
      (response) => {
        self.postMessage(response);
      },
      () => {
        self.postMessage({ requestId: message.requestId, json: null } satisfies OpenResponse);
      },
    );
  }
};
