// Fast checks of electron-builder.yml for what the Linux dir package cannot show: the Windows and
// macOS targets, installer options, publishing and icons. Parsed with js-yaml like electron-builder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from './linux-dir-package';

const TargetSchema = z.union([
  z.string(),
  z.looseObject({ target: z.string(), arch: z.array(z.string()).optional() }),
]);
const PlatformSchema = z.looseObject({
  target: z.array(TargetSchema),
  icon: z.string().optional(),
});
const ConfigSchema = z.looseObject({
  appId: z.string(),
  productName: z.string(),
  copyright: z.string(),
  asar: z.boolean(),
  directories: z.looseObject({ output: z.string(), buildResources: z.string() }),
  files: z.array(z.string()),
  electronFuses: z.record(z.string(), z.boolean()),
  win: PlatformSchema,
  nsis: z.looseObject({}),
  msi: z.looseObject({}),
  mac: PlatformSchema.extend({ category: z.string(), hardenedRuntime: z.boolean() }),
  linux: PlatformSchema.extend({
    category: z.string(),
    maintainer: z.string(),
    synopsis: z.string(),
  }),
});

const rawConfig: unknown = load(
  await readFile(path.join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8'),
);
const config = ConfigSchema.parse(rawConfig);

function targetNames(platform: z.infer<typeof PlatformSchema>): string[] {
  return platform.target.map((target) => (typeof target === 'string' ? target : target.target));
}

async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  // The IHDR chunk comes first: width and height are big-endian at bytes 16 and 20.
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('nl.keukentafel.app');
    expect(config.productName).toBe('Keukentafel');
    expect(config.copyright).toMatch(/Keukentafel/);
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('publishes nothing, so no update feed is built in', () => {
    expect(rawConfig).toHaveProperty('publish', null);
  });

  it('writes installers to release/', () => {
    expect(config.directories.output).toBe('release');
  });

  it('includes only package.json and dist/, and excludes node_modules', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.every((p) => p === 'package.json' || p.startsWith('dist/'))).toBe(true);
    expect(config.files.some((p) => p.startsWith('!node_modules'))).toBe(true);
  });

  it('sets every Electron fuse explicitly', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an NSIS installer and an MSI for Windows', () => {
    expect(targetNames(config.win).sort()).toEqual(['msi', 'nsis']);
  });

  it('lets IT choose the install folder in NSIS and installs per machine', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      perMachine: true,
    });
    expect(config.msi).toMatchObject({ perMachine: true });
  });

  it('pins the MSI upgrade code, so a new MSI upgrades the installed version in place', () => {
    expect(config.msi).toHaveProperty('upgradeCode', '6C31E65F-533A-5BD4-A04B-8B1F7F4AEB09');
  });

  it('builds a hardened dmg for macOS', () => {
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.category).toMatch(/^public\.app-category\./);
  });

  it('builds an AppImage and a deb for Linux, described in Dutch', () => {
    expect(targetNames(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(['Office', 'Utility']).toContain(config.linux.category);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+>$/);
    expect(config.linux.synopsis).toMatch(/gespreksondersteuning/);
  });

  it('points Windows and macOS at a 512x512 PNG icon', async () => {
    for (const icon of [config.win.icon, config.mac.icon]) {
      expect(icon).toBeDefined();
      expect(await pngSize(path.join(PROJECT_ROOT, icon ?? ''))).toEqual({
        width: 512,
        height: 512,
      });
    }
  });

  it('points Linux at an icon set whose file names match their sizes', async () => {
    const dir = path.join(PROJECT_ROOT, config.linux.icon ?? '');
    for (const size of [256, 512]) {
      expect(await pngSize(path.join(dir, `${size}x${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('keeps the macOS entitlements file it points at', async () => {
    const entitlements = config.mac.entitlements;
    expect(typeof entitlements).toBe('string');
    const plist = await readFile(path.join(PROJECT_ROOT, String(entitlements)), 'utf8');
    expect(plist).toContain('com.apple.security.cs.allow-jit');
    expect(plist).not.toContain('disable-library-validation');
  });
});
