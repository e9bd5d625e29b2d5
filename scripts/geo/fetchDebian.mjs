// Fetches a pinned Debian package with `apt-get download` into a temporary
// folder, checks its SHA-256 against the pinned one and extracts only the
// members the geography build reads. Nothing is installed: the package is a
// data source, read and deleted (Debian's archive is one of the two
// registries this project's machines reach; `apt-get update` must have run).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ name: string, version: string, sha256: string, members: string[] }} DebianSpec
 */

/**
 * @param {DebianSpec} spec
 * @param {string} tmpDir
 * @returns {string} the folder the members were extracted into (paths as in the package, `./usr/...`)
 */
export function fetchDebian(spec, tmpDir) {
  const dir = join(tmpDir, `deb-${spec.name}`);
  mkdirSync(dir, { recursive: true });
  execFileSync('apt-get', ['download', `${spec.name}=${spec.version}`], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
  if (!deb) throw new Error(`apt-get download produced no .deb for ${spec.name}=${spec.version}`);
  const path = join(dir, deb);
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (sha256 !== spec.sha256) throw new Error(`${spec.name}=${spec.version}: sha256 ${sha256} does not match the pinned ${spec.sha256}`);
  const out = join(dir, 'x');
  mkdirSync(out, { recursive: true });
  const tar = execFileSync('dpkg-deb', ['--fsys-tarfile', path], { maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', out, ...spec.members], { input: tar, maxBuffer: 64 * 1024 * 1024 });
  return out;
}
