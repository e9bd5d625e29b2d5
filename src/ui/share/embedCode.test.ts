import { describe, expect, it } from 'vitest';
import { embedCode } from './embedCode';

describe('embedCode', () => {
  const code = embedCode({
    src: 'https://news.example/map/?date=2026-01-20&types=twinning,exchange&mode=embed#map=7/16.6/106.7',
    loader: 'https://news.example/map/embed.js',
    title: 'Map "border" <cooperation> & more',
  });

  it('is an iframe with a title, lazy loading, fullscreen, full width and a default height, then the loader', () => {
    expect(code).toBe(
      '<iframe src="https://news.example/map/?date=2026-01-20&amp;types=twinning,exchange&amp;mode=embed#map=7/16.6/106.7"'
      + ' title="Map &quot;border&quot; &lt;cooperation&gt; &amp; more" loading="lazy" allow="fullscreen; clipboard-write" allowfullscreen'
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
