// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A reader without JavaScript reads why the page is empty in each of the app's languages, on one line.
describe('index.html noscript line', () => {
  const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const line = /<noscript[^>]*>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  it('is in English, French and Vietnamese, each marked with its language', () => {
    expect(line).toContain('This interactive map needs JavaScript.');
    expect(line).toContain('<span lang="fr">Cette carte interactive nécessite JavaScript.</span>');
    expect(line).toContain('<span lang="vi">Bản đồ tương tác này cần JavaScript.</span>');
    expect(line).not.toContain('\n');
  });
});
