import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import {
  invokeContract,
  type InvokeRequest,
  type InvokeResponse,
} from '../../../shared/ipc/contract';
import { isAppUrl } from '../security';

export type SenderRejection =
  'missing-frame' | 'sub-frame' | 'foreign-origin' | 'untrusted-contents' | 'unreadable-frame';

export interface SenderPolicy {
  /** True only for the webContents of the app's own window. */
  isTrustedContents(contents: WebContents): boolean;
}

/**
 * Why a message must not be acted on, or null when it comes from the main frame of the app's own
 * window showing a page on the app origin.
 */
export function checkSender(
  event: IpcMainInvokeEvent,
  policy: SenderPolicy,
): SenderRejection | null {
  try {
    // senderFrame is null once the frame navigated away or was destroyed.
    const frame = event.senderFrame;
    if (frame === null || frame.isDestroyed() || frame.detached) return 'missing-frame';
    if (frame.parent !== null) return 'sub-frame';
    if (!isAppUrl(frame.url)) return 'foreign-origin';
    if (!policy.isTrustedContents(event.sender)) return 'untrusted-contents';
    return null;
  } catch {
    return 'unreadable-frame';
  }
}

export interface HandlerContext {
  /** The webContents that asked; already checked against the sender policy. */
  readonly sender: WebContents;
}

export type InvokeHandler<C extends InvokeChannel> = (
  request: InvokeRequest<C>,
  context: HandlerContext,
) => Promise<InvokeResponse<C>>;

type FailureAnswers = {
  readonly [C in InvokeChannel]: {
    readonly invalidRequest: InvokeResponse<C>;
    readonly failed: InvokeResponse<C>;
  } | null;
};

// Channels with a failure status answer with it; app-info has none and rejects instead.
const FAILURE_ANSWERS: FailureAnswers = {
  'app-info': null,
  'file-save': {
    invalidRequest: { status: 'failed', code: 'invalid-request' },
    failed: { status: 'failed', code: 'write-failed' },
  },
  'file-open': {
    invalidRequest: { status: 'failed', code: 'invalid-request' },
    failed: { status: 'failed', code: 'read-failed' },
  },
  'pdf-print': {
    invalidRequest: { status: 'failed', code: 'invalid-request' },
    failed: { status: 'failed', code: 'print-failed' },
  },
};

/** The error code of a failure, never its message: messages can contain file paths. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code: unknown = error.code;
    if (typeof code === 'string' && /^[A-Z0-9_]{1,40}$/u.test(code)) return code;
  }
  return 'unknown';
}

/**
 * Registers `handler` for `channel`. Before the handler runs, the sender is checked and the payload
 * is parsed with the channel's request schema; the handler's answer is parsed with the response
 * schema before it goes back. A rejected sender gets an error and nothing happens.
 */
export function handle<C extends InvokeChannel>(
  ipc: Pick<IpcMain, 'handle'>,
  channel: C,
  handler: InvokeHandler<C>,
  policy: SenderPolicy,
): void {
  const { request: requestSchema, response: responseSchema } = invokeContract[channel];
  const failures = FAILURE_ANSWERS[channel];

  const fail = (kind: 'invalidRequest' | 'failed'): InvokeResponse<C> => {
    if (failures === null)
      throw new Error(kind === 'invalidRequest' ? 'invalid-request' : 'failed');
    return failures[kind];
  };

  ipc.handle(channel, async (event, ...args: unknown[]): Promise<InvokeResponse<C>> => {
    const rejection = checkSender(event, policy);
    if (rejection !== null) {
      console.warn(`[ipc] ${channel}: sender rejected (${rejection})`);
      throw new Error('sender-rejected');
    }
    // invoke(channel, payload) carries exactly one argument; anything more is not ours.
    const parsed = args.length <= 1 ? requestSchema.safeParse(args[0]) : undefined;
    if (!parsed?.success) {
      console.warn(`[ipc] ${channel}: invalid request`);
      return fail('invalidRequest');
    }

    let answer: unknown;
    try {
      answer = await handler(parsed.data as InvokeRequest<C>, { sender: event.sender });
    } catch (error) {
      console.error(`[ipc] ${channel}: handler failed (${errorCode(error)})`);
      return fail('failed');
    }
    const checked = responseSchema.safeParse(answer);
    if (!checked.success) {
      console.error(`[ipc] ${channel}: handler answered outside the contract`);
      return fail('failed');
    }
    return checked.data as InvokeResponse<C>;
  });
}
