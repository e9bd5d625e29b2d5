import { describe, expect, it } from 'vitest';
import { inlineBuild, scriptText } from './build-single.ts';

/** A fake Vite build: files by path relative to its folder. */
const build = (files: Record<string, string>) => (rel: string): Buffer | null => {
  const text = files[rel];
  return text === undefined ? null : Buffer.from(text);
};
const without = (files: Record<string, string>, rel: string) => Object.fromEntries(Object.entries(files).filter(([k]) => k !== rel));

const HTML = [
  '<!doctype html><html><head>',
  '<link rel="icon" type="image/svg+xml" href="./favicon.svg" />',
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/style-def.css">',
  '</head><body><div id="root"></div></body></html>',
].join('\n');
const JS = 'const w=()=>new Worker(new URL(`parse.worker-1.js`,import.meta.url),{type:`module`});const s="</script><b>";document.title=s;';

describe('inlineBuild', () => {
  const files = {
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/index-abc.js': JS,
    'assets/style-def.css': 'h1{color:red}',
    'assets/parse.worker-1.js': 'self.onmessage=()=>{}',
  };

  it('puts the script, the stylesheet, the icon and the worker it points at into one page', () => {
    const { html, used } = inlineBuild(HTML, build(files));
    expect(used.sort()).toEqual(Object.keys(files).sort());
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const scripts = doc.querySelectorAll('script');
    // The parser did not end the script at the "</script>" inside the string.
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('module');
    expect(scripts[0]!.hasAttribute('crossorigin')).toBe(false);
    expect(scripts[0]!.hasAttribute('src')).toBe(false);
    expect(scripts[0]!.textContent).toContain('const s="<\\/script><b>"');
    expect(scripts[0]!.textContent).toContain(`new URL(\`data:text/javascript;base64,${Buffer.from(files['assets/parse.worker-1.js']).toString('base64')}\`,import.meta.url)`);
    expect(doc.querySelector('style')?.textContent).toBe('h1{color:red}');
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(doc.getElementById('root')).not.toBeNull();
  });

  it("keeps the noscript line and drops its picture (the page's noscript image of the embed would be fetched from file://)", () => {
    const page = HTML.replace('<body>', '<body><noscript lang="en"><img class="noscript-map" src="./fallback/en-680.png" srcset="./fallback/en-320.png 640w" alt="Map" /><p>This interactive map needs JavaScript.</p></noscript>');
    const { html, used } = inlineBuild(page, build(files));
    expect(html).toContain('<noscript lang="en"><p>This interactive map needs JavaScript.</p></noscript>');
    expect(html).not.toContain('fallback/');
    expect(used).not.toContain('fallback/en-680.png');
  });

  it('leaves a worker URL alone when the build has no such file (the app then falls back)', () => {
    const { html } = inlineBuild(HTML, build(without(files, 'assets/parse.worker-1.js')));
    expect(html).toContain('new URL(`parse.worker-1.js`,import.meta.url)');
  });

  it.each([
    ['a file the page points at is missing', HTML, without(files, 'assets/style-def.css'), /style-def\.css is not in the build/],
    ['something would still be fetched', HTML.replace('</head>', '<link rel="modulepreload" href="./assets/chunk.js"></head>'), files, /still points at \.\/assets\/chunk\.js/],
    ['the bundle holds "<!--"', HTML, { ...files, 'assets/index-abc.js': 'let a="<!--";' }, /<!--/],
    ['the stylesheet holds "</style"', HTML, { ...files, 'assets/style-def.css': 'a::after{content:"</style>"}' }, /<\/style/],
  ])('fails loudly when %s', (_why, html, fileSet, message) => {
    expect(() => inlineBuild(html, build(fileSet))).toThrow(message);
  });
});

describe('scriptText', () => {
  it.each([
    ['x="</script>"', 'x="<\\/script>"'],
    ['x=/<\\/SCRIPT>/i', 'x=/<\\/SCRIPT>/i'],
    ['x=`</Script `', 'x=`<\\/Script `'],
    ['plain()', 'plain()'],
  ])('%s becomes %s', (code, safe) => expect(scriptText(code)).toBe(safe));
});
