import { z } from 'zod';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannel, type InvokeChannel } from './channels';

/** Largest file the renderer may ask main to read (backups of a full caseload stay well below). */
export const MAX_OPEN_FILE_BYTES = 100 * 1024 * 1024;
/** Largest file the renderer may ask main to write. */
export const MAX_SAVE_FILE_BYTES = 200 * 1024 * 1024;

const bytes = (maxBytes: number) =>
  z
    .instanceof(Uint8Array)
    .refine((value) => value.byteLength <= maxBytes, { message: 'file-too-large' });

// A bare file name: no folders, no control characters, nothing Windows refuses.
const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/u)
  .refine((name) => name !== '.' && name !== '..' && !name.endsWith('.') && !name.endsWith(' '));

export const FileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
      .min(1)
      .max(10),
  })
  .strict();
export type FileFilter = z.infer<typeof FileFilterSchema>;

export const AppInfoRequestSchema = z.undefined();
export const AppInfoSchema = z
  .object({
    name: z.string().min(1).max(100),
    version: z.string().min(1).max(50),
    host: z.enum(['desktop', 'web']),
    platform: z.string().min(1).max(50),
    /** Version strings of the runtime parts, for the "Over" screen and support questions. */
    runtime: z.record(z.string().max(30), z.string().max(50)),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const FileSaveRequestSchema = z
  .object({
    suggestedName: FileNameSchema,
    filters: z.array(FileFilterSchema).max(10),
    bytes: bytes(MAX_SAVE_FILE_BYTES),
  })
  .strict();
export type FileSaveRequest = z.infer<typeof FileSaveRequestSchema>;

export const FileSaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string().min(1).max(260) }).strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  z
    .object({ status: z.literal('failed'), code: z.enum(['write-failed', 'invalid-request']) })
    .strict(),
]);
export type FileSaveResult = z.infer<typeof FileSaveResultSchema>;

export const FileOpenRequestSchema = z
  .object({
    filters: z.array(FileFilterSchema).max(10),
    maxBytes: z.number().int().min(1).max(MAX_OPEN_FILE_BYTES),
  })
  .strict();
export type FileOpenRequest = z.infer<typeof FileOpenRequestSchema>;

export const FileOpenResultSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('opened'),
      fileName: z.string().min(1).max(260),
      bytes: bytes(MAX_OPEN_FILE_BYTES),
    })
    .strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  z
    .object({
      status: z.literal('failed'),
      code: z.enum(['too-large', 'read-failed', 'invalid-request']),
    })
    .strict(),
]);
export type FileOpenResult = z.infer<typeof FileOpenResultSchema>;

export const PdfPrintRequestSchema = z
  .object({
    pageSize: z.enum(['A4']),
    landscape: z.boolean(),
  })
  .strict();
export type PdfPrintRequest = z.infer<typeof PdfPrintRequestSchema>;

export const PdfPrintResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pdf'), bytes: bytes(MAX_SAVE_FILE_BYTES) }).strict(),
  // The web host cannot capture bytes; it opens the browser's own print dialog instead.
  z.object({ status: z.literal('printed-by-browser') }).strict(),
  z
    .object({ status: z.literal('failed'), code: z.enum(['print-failed', 'invalid-request']) })
    .strict(),
]);
export type PdfPrintResult = z.infer<typeof PdfPrintResultSchema>;

export const LockRequestSchema = z
  .object({ reason: z.enum(['screen-lock', 'suspend', 'menu']) })
  .strict();
export type LockRequest = z.infer<typeof LockRequestSchema>;

/** Channel -> request/response schemas. Main parses requests; the renderer parses responses. */
export const invokeContract = {
  [INVOKE_CHANNELS.appInfo]: { request: AppInfoRequestSchema, response: AppInfoSchema },
  [INVOKE_CHANNELS.fileSave]: { request: FileSaveRequestSchema, response: FileSaveResultSchema },
  [INVOKE_CHANNELS.fileOpen]: { request: FileOpenRequestSchema, response: FileOpenResultSchema },
  [INVOKE_CHANNELS.pdfPrint]: { request: PdfPrintRequestSchema, response: PdfPrintResultSchema },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export const eventContract = {
  [EVENT_CHANNELS.onLockRequest]: LockRequestSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type InvokeRequest<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.infer<
  (typeof invokeContract)[C]['response']
>;
export type EventPayload<C extends EventChannel> = z.infer<(typeof eventContract)[C]>;

/**
 * What the renderer may ask of the operating system. The preload object and the web host both
 * implement it; nothing else crosses the process boundary.
 */
export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  fileSave(request: FileSaveRequest): Promise<FileSaveResult>;
  fileOpen(request: FileOpenRequest): Promise<FileOpenResult>;
  pdfPrint(request: PdfPrintRequest): Promise<PdfPrintResult>;
  /** Subscribes to "lock now" (OS screen lock, suspend, menu); returns the unsubscribe function. */
  onLockRequest(listener: (request: LockRequest) => void): () => void;
}
