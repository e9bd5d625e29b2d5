/**
 * `npm run build:single` (issue 6): one self-contained HTML file for a
 * briefing laptop, `dist-single/index.html`, that works opened from disk
 * (file://) with no network.
 *
 * Vite builds the app with vite.single.config.ts (one script, assets as
 * data: URLs, data files and maplibre's worker in the bundle) into a
 * temporary folder; this script then folds that build into one page:
 * the script and the stylesheet go inline, the icon and any worker script
 * the bundle points at become data: URLs, and nothing else may be left
 * that the page would have to fetch. It fails loudly when something is.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(REPO, 'dist-single');

const MIME: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/** A file of the build as a data: URL. */
function dataUrl(file: string, bytes: Uint8Array): string {
  const type = MIME[path.extname(file)];
  if (!type) throw new Error(`single-file build: no content type for ${file}`);
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * Script text that the HTML parser cannot end early. `</script` only occurs
 * inside strings, templates, regular expressions or comments in a minified
 * bundle, where `<\/script` means the same; `<!--` would switch the parser
 * into a state where `</script>` no longer ends the script, so it is refused.
 */
export function scriptText(code: string): string {
  if (code.includes('<!--')) throw new Error('single-file build: the bundle contains "<!--", which cannot be inlined safely');
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

function styleText(css: string): string {
  if (/<\/style/i.test(css)) throw new Error('single-file build: the stylesheet contains "</style"');
  return css;
}

/**
 * Folds a Vite build's index.html and the files it points at into one page.
 * `read(relativePath)` returns a file of the build as a Buffer, or null.
 * Returns the page and the list of files it took in.
 */
export function inlineBuild(html: string, read: (rel: string) => Buffer | null): { html: string; used: string[] } {
  const used: string[] = [];
  const take = (ref: string): Buffer => {
    const rel = ref.replace(/^\.\//, '');
    const bytes = read(rel);
    if (!bytes) throw new Error(`single-file build: ${ref} is not in the build`);
    used.push(rel);
    return bytes;
  };
  // Emitted scripts the bundle points at with `new URL("x.js", import.meta.url)`
  // (the events parser's worker): a data: URL is a valid absolute URL there,
  // and Chromium starts module workers from data: URLs on file:// pages.
  const inlineWorkerRefs = (code: string, dir: string) => code.replace(/new URL\(([`'"])([\w.-]+\.m?js)\1,\s*import\.meta\.url\)/g, (match, quote: string, name: string) => {
    const rel = path.posix.join(dir, name);
    const bytes = read(rel);
    if (!bytes) return match;
    used.push(rel);
    return `new URL(${quote}${dataUrl(name, bytes)}${quote},import.meta.url)`;
  });

  let out = html.replace(/<script\b([^>]*?)\ssrc="([^"]+)"([^>]*)><\/script>/g, (_m, before: string, src: string, after: string) => {
    const attrs = `${before}${after}`.replace(/\scrossorigin(="[^"]*")?/g, '');
    const code = inlineWorkerRefs(take(src).toString('utf8'), path.posix.dirname(src.replace(/^\.\//, '')));
    return `<script${attrs}>${scriptText(code)}</script>`;
  });
  out = out.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag: string) => {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (!href) throw new Error(`single-file build: stylesheet without href: ${tag}`);
    return `<style>${styleText(take(href).toString('utf8'))}</style>`;
  });
  out = out.replace(/<link\b[^>]*\brel="icon"[^>]*>/g, (tag: string) => tag.replace(/\shref="([^"]+)"/, (_m, href: string) => ` href="${dataUrl(href, take(href))}"`));

  // The noscript picture of the embed (fallback/<lang>-680.png, 0.3-0.4 MB each) stays out of the one file:
  // without JavaScript the file says so in its noscript line; inlining the picture would double its size.
  out = out.replace(/<noscript\b([^>]*)>([\s\S]*?)<\/noscript>/g, (_m, attrs: string, body: string) => `<noscript${attrs}>${body.replace(/<img\b[^>]*>/g, '')}</noscript>`);

  // Whatever still points at a file would be fetched, and fail, from file://.
  const markup = out.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const left = [...markup.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*\s(?:src|href)="(?!data:)([^"]*)"/g)].map((m) => m[1]);
  if (left.length > 0) throw new Error(`single-file build: still points at ${left.join(', ')}`);
  return { html: out, used };
}

async function main() {
  const { build } = await import('vite');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'border-map-single-'));
  try {
    await build({
      root: REPO,
      configFile: path.join(REPO, 'vite.single.config.ts'),
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
    });
    const read = (rel: string): Buffer | null => {
      const file = path.resolve(tmp, rel);
      if (!file.startsWith(tmp + path.sep) || !fs.existsSync(file)) return null;
      return fs.readFileSync(file);
    };
    const { html, used } = inlineBuild(fs.readFileSync(path.join(tmp, 'index.html'), 'utf8'), read);
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const target = path.join(OUT_DIR, 'index.html');
    fs.writeFileSync(target, html);
    const bytes = Buffer.byteLength(html);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
    console.log(`single-file build: ${path.relative(REPO, target)} ${mb(bytes)} MB (${mb(zlib.gzipSync(html, { level: 9 }).length)} MB gzipped), from ${used.join(', ')}`);
    console.log(`open it from disk: ${pathToFileURL(target).href}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
}
