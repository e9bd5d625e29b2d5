// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress.mjs';

const dirs: string[] = [];
function dist(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

const text = (n: number) => Array.from({ length: n }, (_, i) => `const line${i} = "Quảng Trị ${i % 7}";`).join('\n');

describe('precompress', () => {
  it('writes .br and .gz siblings that decompress to the file, for text assets only', async () => {
    const js = text(200);
    const dir = dist({ 'index.html': `<!doctype html>${text(40)}`, 'assets/app.js': js, 'data/x.geojson': text(100), 'assets/f.woff2': Buffer.alloc(4000, 7), 'small.css': 'a{}' });
    const rows = await precompress(dir);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'assets/app.js.br'))).toString()).toBe(js);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'assets/app.js.gz'))).toString()).toBe(js);
    for (const f of ['index.html', 'data/x.geojson']) for (const ext of ['br', 'gz']) expect(fs.existsSync(path.join(dir, `${f}.${ext}`))).toBe(true);
    // Fonts are compressed already; a tiny file gains nothing.
    expect(fs.existsSync(path.join(dir, 'assets/f.woff2.br'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'small.css.br'))).toBe(false);
    const app = rows.find((r) => r.file === path.join('assets', 'app.js'));
    expect(app?.br).toBeLessThan(app?.gz ?? 0);
    expect(app?.gz).toBeLessThan(js.length);
  });

  it('can run twice: no sibling of a sibling, stale siblings rewritten, orphans removed', async () => {
    const dir = dist({ 'index.html': text(40), 'assets/old.js': text(50), 'assets/old.js.br': 'stale' });
    fs.writeFileSync(path.join(dir, 'assets/gone.js.br'), 'orphan');
    await precompress(dir);
    await precompress(dir);
    expect(fs.readdirSync(path.join(dir, 'assets')).sort()).toEqual(['old.js', 'old.js.br', 'old.js.gz']);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'assets/old.js.br'))).toString()).toBe(text(50));
  });
});
