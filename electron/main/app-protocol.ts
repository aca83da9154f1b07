import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME } from '../../shared/ipc/channels';
import { CSP_HEADER } from '../../shared/security/csp';
import { isAppUrl } from './security';

/** The app:// scheme: a standard, secure origin with fetch; never CSP-bypassing, never CORS-open. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Unknown types are served as opaque bytes; nosniff keeps the browser from guessing otherwise. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestResolution =
  | { readonly kind: 'file'; readonly filePath: string; readonly contentType: string }
  | { readonly kind: 'rejected'; readonly status: 400 | 403 };

// Names Windows maps to devices in every folder, with or without an extension.
const WINDOWS_DEVICE_NAME =
  /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?:\..*)?$/iu;
// Separators and drive/stream colons never belong in a segment once decoded; nor do controls.
const FORBIDDEN_SEGMENT_CHARACTERS = new Set(['/', '\\', ':']);

function hasForbiddenCharacter(segment: string): boolean {
  for (const character of segment) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || FORBIDDEN_SEGMENT_CHARACTERS.has(character)) return true;
  }
  return false;
}

function isSafeSegment(segment: string): boolean {
  return (
    segment !== '' &&
    !segment.startsWith('.') &&
    !segment.endsWith('.') &&
    !segment.endsWith(' ') &&
    !hasForbiddenCharacter(segment) &&
    !WINDOWS_DEVICE_NAME.test(segment)
  );
}

/** True when `candidate` is `root` itself or lies below it. */
export function isInsideRoot(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * Maps an app:// URL to a file under `rootDir` without touching the disk. Paths whose last segment
 * has no extension are client-side routes and get index.html. Anything that could name a file
 * outside the root (dot segments, encoded separators, NUL, drive letters, device names, dot files)
 * is rejected before a path is built.
 */
export function resolveAppRequest(rootDir: string, url: string): AppRequestResolution {
  const root = path.resolve(rootDir);
  if (!isAppUrl(url)) return { kind: 'rejected', status: 403 };
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return { kind: 'rejected', status: 400 };
  }
  const rawSegments = pathname.split('/').slice(1);
  // A trailing slash names a folder-like route, which the client router handles.
  if (rawSegments.at(-1) === '') rawSegments.pop();

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return { kind: 'rejected', status: 400 };
    }
    if (!isSafeSegment(decoded)) return { kind: 'rejected', status: 403 };
    segments.push(decoded);
  }

  const last = segments.at(-1);
  const isRoute = last === undefined || path.extname(last) === '';
  const filePath = isRoute ? path.join(root, 'index.html') : path.join(root, ...segments);
  if (!isInsideRoot(root, filePath) || filePath === root) return { kind: 'rejected', status: 403 };
  return { kind: 'file', filePath, contentType: contentTypeFor(filePath) };
}

/** Headers on every app:// response, including errors. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CSP_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
};

function errorResponse(status: 400 | 403 | 404 | 405): Response {
  const text = STATUS_TEXT[status] ?? 'Error';
  return new Response(text, {
    status,
    statusText: text,
    headers: appResponseHeaders('text/plain; charset=utf-8'),
  });
}

/** The file system calls the handler needs; tests pass fakes to simulate symlinks and races. */
export interface AppFileSystem {
  realpath(filePath: string): Promise<string>;
  stat(filePath: string): Promise<{ isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
}

const nodeFileSystem: AppFileSystem = {
  realpath,
  stat,
  readFile: async (filePath) => new Uint8Array(await readFile(filePath)),
};

/**
 * The `protocol.handle` handler for app://. Serves files from `rootDir` only: after resolving,
 * symlinks are followed and the real path must still lie inside the real root.
 */
export function createAppProtocolHandler(
  rootDir: string,
  fileSystem: AppFileSystem = nodeFileSystem,
): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolution = resolveAppRequest(root, request.url);
    if (resolution.kind === 'rejected') return errorResponse(resolution.status);
    try {
      const [realRoot, realFile] = await Promise.all([
        fileSystem.realpath(root),
        fileSystem.realpath(resolution.filePath),
      ]);
      if (!isInsideRoot(realRoot, realFile) || realFile === realRoot) return errorResponse(403);
      if (!(await fileSystem.stat(realFile)).isFile()) return errorResponse(404);
      const body = request.method === 'HEAD' ? null : await fileSystem.readFile(realFile);
      return new Response(body, {
        status: 200,
        headers: appResponseHeaders(resolution.contentType),
      });
    } catch {
      return errorResponse(404);
    }
  };
}
