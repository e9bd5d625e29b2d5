import { describe, expect, it } from 'vitest';
import { ampEmbedCode, embedCode, fallbackImageUrl, frameFallbackUrls } from './embedCode';

describe('embedCode', () => {
  const code = embedCode({
    src: 'https://news.example/map/?date=2026-01-20&types=twinning,exchange&mode=embed#map=7/16.6/106.7',
    loader: 'https://news.example/map/embed.js',
    title: 'Map "border" <cooperation> & more',
  });

  it('is an iframe with a title, lazy loading, fullscreen, full width and a default height, then the loader', () => {
    expect(code).toBe(
      '<iframe src="https://news.example/map/?date=2026-01-20&amp;types=twinning,exchange&amp;mode=embed#map=7/16.6/106.7"'
      + ' title="Map &quot;border&quot; &lt;cooperation&gt; &amp; more" loading="lazy" allow="fullscreen; clipboard-write"'
      + ' style="width:100%;border:0" height="600"></iframe>'
      + '<script src="https://news.example/map/embed.js" async></script>',
    );
  });

  it('parses back to the same URLs and title', () => {
    const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
    const iframe = doc.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe('https://news.example/map/?date=2026-01-20&types=twinning,exchange&mode=embed#map=7/16.6/106.7');
    expect(iframe?.getAttribute('title')).toBe('Map "border" <cooperation> & more');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://news.example/map/embed.js');
    expect(doc.body.children).toHaveLength(2);
  });
});

describe('embedCode with a fallback image (issue 14)', () => {
  const fallback = { src: 'https://news.example/map/fallback/en.png?a=1&b=2', alt: 'Map of "border" <cooperation> & more' };
  const code = embedCode({ src: 'https://news.example/map/?mode=embed', loader: 'https://news.example/map/embed.js', title: 'Map', fallback });
  const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');

  it('puts a <noscript> image between the frame and the loader, so only a page without scripts shows it', () => {
    expect([...doc.body.children].map((el) => el.tagName)).toEqual(['IFRAME', 'NOSCRIPT', 'SCRIPT']);
    // DOMParser parses with scripting off, as a page without scripts (or a newsletter) reads it: the <img> is an element.
    const noscript = doc.querySelector('noscript');
    const img = noscript?.querySelector(':scope > img');
    expect(img?.getAttribute('src')).toBe(fallback.src);
    expect(img?.getAttribute('alt')).toBe(fallback.alt);
    expect(img?.getAttribute('width')).toBe('1200');
    expect(img?.getAttribute('height')).toBe('675');
    expect(noscript?.children).toHaveLength(1);
  });

  it('escapes the image address and its alt text', () => {
    expect(code).toContain('<noscript><img src="https://news.example/map/fallback/en.png?a=1&amp;b=2" alt="Map of &quot;border&quot; &lt;cooperation&gt; &amp; more"');
  });

  it('leaves the snippet as it was without a fallback', () => {
    expect(embedCode({ src: 'https://a.example/', loader: 'https://a.example/embed.js', title: 'T' })).not.toContain('noscript');
  });
});

describe('fallbackImageUrl', () => {
  it('is fallback/<lang>.png next to the app, French for an unknown language', () => {
    expect(fallbackImageUrl('https://news.example/map/index.html?lang=vi', 'vi')).toBe('https://news.example/map/fallback/vi.png');
    expect(fallbackImageUrl('https://news.example/map/', 'en')).toBe('https://news.example/map/fallback/en.png');
    expect(fallbackImageUrl('https://news.example/map/', '../x')).toBe('https://news.example/map/fallback/fr.png');
  });
});

describe('ampEmbedCode', () => {
  const code = ampEmbedCode({
    src: 'https://news.example/map/?mode=embed&lang=en',
    title: 'Map "A" & <B>',
    fallback: { src: 'https://news.example/map/fallback/en.png', alt: 'A map & "more"' },
    overflowLabel: 'Show <all>',
  });
  const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
  const frame = doc.querySelector('amp-iframe');

  it('is one amp-iframe, responsive at the fallback image\'s shape, sandboxed and resizable', () => {
    expect(doc.body.children).toHaveLength(1);
    expect(frame?.getAttribute('src')).toBe('https://news.example/map/?mode=embed&lang=en');
    expect(frame?.getAttribute('title')).toBe('Map "A" & <B>');
    expect(frame?.getAttribute('layout')).toBe('responsive');
    expect([frame?.getAttribute('width'), frame?.getAttribute('height')]).toEqual(['1200', '675']);
    expect(frame?.getAttribute('sandbox')?.split(' ')).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups']));
    expect(frame?.hasAttribute('resizable')).toBe(true);
  });

  it('holds the fallback image as its placeholder and the overflow button AMP requires of a resizable frame', () => {
    const img = frame?.querySelector(':scope > amp-img');
    expect(img?.hasAttribute('placeholder')).toBe(true);
    expect(img?.getAttribute('layout')).toBe('fill');
    expect(img?.getAttribute('src')).toBe('https://news.example/map/fallback/en.png');
    expect(img?.getAttribute('alt')).toBe('A map & "more"');
    const overflow = frame?.querySelector(':scope > [overflow]');
    expect(overflow?.getAttribute('role')).toBe('button');
    expect(overflow?.getAttribute('tabindex')).toBe('0');
    expect(overflow?.textContent).toBe('Show <all>');
    expect(overflow?.getAttribute('aria-label')).toBe('Show <all>');
  });

  it('never lets a value open a tag', () => {
    expect(code).not.toMatch(/<(?!\/?(?:amp-iframe|amp-img|div)\b)/);
  });
});

describe("embedCode with the embed's own fallback images (issue 14, session 8: the 16:9 picture did not fit the frame)", () => {
  const frames = frameFallbackUrls('https://news.example/map/?lang=vi', 'vi');
  const code = embedCode({ src: 'https://news.example/map/?mode=embed', loader: 'https://news.example/map/embed.js', title: 'Map', fallback: { src: 'x.png', alt: 'Bản đồ', frames } });
  const img = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html').querySelector('noscript > img')!;

  it('offers the 680 and 320 px pictures, drawn at 2x, by the column\'s width', () => {
    expect(frames).toEqual({ 320: 'https://news.example/map/fallback/vi-320.png', 680: 'https://news.example/map/fallback/vi-680.png' });
    expect(frameFallbackUrls('https://a.example/', '../x')[680]).toBe('https://a.example/fallback/fr-680.png');
    expect(img.getAttribute('src')).toBe(frames[680]);
    expect(img.getAttribute('srcset')).toBe(`${frames[320]} 640w, ${frames[680]} 1360w`);
    expect(img.getAttribute('sizes')).toBe('(max-width: 480px) 100vw, 680px');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['680', '560']);
    expect(img.getAttribute('alt')).toBe('Bản đồ');
  });
});
