import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getRawHeader } from '@electron/asar';
import { createElectronStandin } from '../../scripts/packaging-electron-standin';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// What `npm run build` must have produced; the package is meaningless without it.
export const BUILD_OUTPUTS = [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
] as const;

const BUILDER_TIMEOUT_MS = 240_000;

export interface LinuxDirPackage {
  readonly workDir: string;
  readonly appOutDir: string;
  readonly asarPath: string;
  readonly executablePath: string;
  readonly builderCacheDir: string;
  readonly electronVersion: string;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

export async function assertBuildOutputs(): Promise<void> {
  const missing: string[] = [];
  for (const output of BUILD_OUTPUTS) {
    if (!(await exists(path.join(PROJECT_ROOT, output)))) missing.push(output);
  }
  if (missing.length > 0) {
    throw new Error(
      `Missing build output: ${missing.join(', ')}. Run \`npm run build\` before \`npm run test:packaging\`.`,
    );
  }
}

export function parseJsonObject(text: string, source: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${source} does not hold a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

export async function readJsonObject(file: string): Promise<Record<string, unknown>> {
  return parseJsonObject(await readFile(file, 'utf8'), file);
}

async function installedElectronVersion(): Promise<string> {
  const manifest = await readJsonObject(
    path.join(PROJECT_ROOT, 'node_modules/electron/package.json'),
  );
  const { version } = manifest;
  if (typeof version !== 'string') throw new Error('Cannot read the installed Electron version');
  return version;
}

/**
 * Packages the built app with the project's electron-builder.yml for `--linux dir` against a
 * stand-in Electron, inside a fresh temp dir. The caller removes `workDir`.
 */
export async function packageLinuxDir(): Promise<LinuxDirPackage> {
  await assertBuildOutputs();
  const electronVersion = await installedElectronVersion();
  const workDir = await mkdtemp(path.join(tmpdir(), 'keukentafel-packaging-'));
  try {
    return await runBuilder(workDir, electronVersion);
  } catch (error) {
    await removeWorkDir(workDir);
    throw error;
  }
}

async function runBuilder(workDir: string, electronVersion: string): Promise<LinuxDirPackage> {
  const electronDist = path.join(workDir, 'electron-dist');
  const outputDir = path.join(workDir, 'release');
  const builderCacheDir = path.join(workDir, 'builder-cache');
  const childTmp = path.join(workDir, 'tmp');
  await mkdir(childTmp);
  await createElectronStandin(electronDist, electronVersion);

  const cli = path.join(PROJECT_ROOT, 'node_modules/electron-builder/cli.js');
  const args = [
    cli,
    '--linux',
    'dir',
    '--x64',
    '--config',
    'electron-builder.yml',
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${outputDir}`,
  ];
  // Nothing may be fetched: Electron comes from the stand-in, the dependency scan runs npm offline,
  // and a download through any proxy-aware client fails at once instead of hanging.
  const deadProxy = 'http://127.0.0.1:9';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    ELECTRON_BUILDER_CACHE: builderCacheDir,
    npm_config_offline: 'true',
    HTTP_PROXY: deadProxy,
    HTTPS_PROXY: deadProxy,
    http_proxy: deadProxy,
    https_proxy: deadProxy,
    NO_PROXY: '',
    no_proxy: '',
    // electron-builder leaves scratch files in TMPDIR; keep them inside workDir.
    TMPDIR: childTmp,
    FORCE_COLOR: '0',
  };

  try {
    await promisify(execFile)(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env,
      timeout: BUILDER_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const output =
      error instanceof Error && 'stdout' in error && 'stderr' in error
        ? `${String(error.stdout)}\n${String(error.stderr)}`
        : '';
    throw new Error(`electron-builder --linux dir failed:\n${output.slice(-6000)}`, {
      cause: error,
    });
  }

  const appOutDir = path.join(outputDir, 'linux-unpacked');
  return {
    workDir,
    appOutDir,
    asarPath: path.join(appOutDir, 'resources', 'app.asar'),
    executablePath: path.join(appOutDir, 'keukentafel'),
    builderCacheDir,
    electronVersion,
  };
}

export async function removeWorkDir(workDir: string): Promise<void> {
  await rm(workDir, { recursive: true, force: true });
}

export interface AsarFile {
  /** Path inside the archive, '/'-separated, without a leading slash. */
  readonly path: string;
  readonly unpacked: boolean;
}

// Links carry neither `files` nor `unpacked`, so the archive header is read loosely.
interface HeaderEntry {
  readonly files?: Readonly<Record<string, HeaderEntry>>;
  readonly unpacked?: boolean;
}

/** Every file and link in the archive (directories left out). */
export function listAsarFiles(asarPath: string): AsarFile[] {
  const result: AsarFile[] = [];
  const walk = (directory: HeaderEntry, prefix: string): void => {
    for (const [name, entry] of Object.entries(directory.files ?? {})) {
      const entryPath = prefix === '' ? name : `${prefix}/${name}`;
      if (entry.files !== undefined) walk(entry, entryPath);
      else result.push({ path: entryPath, unpacked: entry.unpacked === true });
    }
  };
  const root: HeaderEntry = getRawHeader(asarPath).header;
  walk(root, '');
  return result.sort((a, b) => a.path.localeCompare(b.path));
}
