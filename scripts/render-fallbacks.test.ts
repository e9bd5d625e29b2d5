// @vitest-environment node
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absolutePreviewTags, pngSize, siteUrlWarning } from './render-fallbacks.mjs';

const SCRIPT = path.resolve(__dirname, 'render-fallbacks.mjs');
const INDEX = fs.readFileSync(path.resolve(__dirname, '../index.html'), 'utf8');

describe('absolutePreviewTags (SITE_URL)', () => {
  it('leaves the tags relative without a site address', () => {
    expect(absolutePreviewTags(INDEX, undefined)).toBe(INDEX);
    expect(INDEX).toContain('<meta property="og:image" content="./fallback/en.png" />');
  });

  it('makes og:image and twitter:image absolute under the site address, and adds og:url', () => {
    const html = absolutePreviewTags(INDEX, 'https://news.example/maps/border');
    expect(html).toContain('<meta property="og:image" content="https://news.example/maps/border/fallback/en.png" />');
    expect(html).toContain('<meta name="twitter:image" content="https://news.example/maps/border/fallback/en.png" />');
    expect(html).toContain('<meta property="og:url" content="https://news.example/maps/border/" />');
    // Every link-preview tag is absolute; the page's own <noscript> picture stays relative to the page (session 8).
    expect(html.slice(0, html.indexOf('<body'))).not.toContain('./fallback/');
    expect(html.slice(html.indexOf('<body'))).toContain('src="./fallback/en-680.png"');
    expect(absolutePreviewTags(html, 'https://news.example/maps/border')).toBe(html);
  });

  it('escapes the address and refuses what is not an http(s) address', () => {
    expect(absolutePreviewTags(INDEX, 'https://news.example/a"b/')).toContain('content="https://news.example/a%22b/fallback/en.png"');
    expect(() => absolutePreviewTags(INDEX, 'javascript:alert(1)')).toThrow(/http/);
    expect(() => absolutePreviewTags(INDEX, 'not an address')).toThrow(/not an address/);
  });
});

describe('siteUrlWarning', () => {
  it('warns without a site address, naming the variable and the fix; nothing with one', () => {
    expect(siteUrlWarning(undefined)?.join(' ')).toMatch(/SITE_URL is not set.*og:image.*SITE_URL=https:/);
    expect(siteUrlWarning('')).not.toBeNull();
    expect(siteUrlWarning('https://news.example/map/')).toBeNull();
  });
});

describe('pngSize', () => {
  it('reads a PNG\'s size from its header, and refuses anything else', () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(1200, 16);
    header.writeUInt32BE(675, 20);
    expect(pngSize(header)).toEqual({ width: 1200, height: 675 });
    expect(pngSize(Buffer.from('GIF89a but long enough to have a header'))).toBeNull();
  });
});

describe('without Chromium', () => {
  const run = (env: Record<string, string>) => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'fallbacks-'));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
    const { CI: _ci, ...rest } = process.env;
    const result = spawnSync(process.execPath, [SCRIPT, '--dist', dist], { env: { ...rest, CHROMIUM_PATH: '/nonexistent/chromium', ...env }, encoding: 'utf8' });
    fs.rmSync(dist, { recursive: true });
    return result;
  };

  it('warns loudly and leaves the build usable on a developer\'s machine', () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/!!.*No Chromium at \/nonexistent\/chromium/);
  });

  it('warns, without failing, when SITE_URL is absent (CI included); not when it is set', () => {
    for (const env of [{}, { CI: 'true', FALLBACKS: 'skip' }] as Record<string, string>[]) {
      const result = run({ FALLBACKS: 'skip', ...env });
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/!! SITE_URL is not set/);
    }
    const set = run({ FALLBACKS: 'skip', SITE_URL: 'https://news.example/map/' });
    expect(set.status).toBe(0);
    expect(set.stderr).not.toMatch(/SITE_URL is not set/);
    expect(set.stdout).toContain('link previews point at https://news.example/map/');
  });

  it('fails under CI, which must ship the images', () => {
    const result = run({ CI: 'true' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No Chromium at /nonexistent/chromium');
  });
});
