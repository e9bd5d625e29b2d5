/**
 * The anchor of issue 18's comparison: a TimelineJS 3 page showing the same
 * events, built from npm (`@knight-lab/timelinejs`), with `font: null` and a
 * local `script_path`, so it fetches nothing beyond its own origin (no CDN
 * fonts, no CDN locale). Written to bench/tmp/timelinejs/ (not committed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** TimelineJS's date of an EDTF-like date of ours: the first explicit year(-month(-day)) in it. */
export function tlDate(edtf) {
  const m = /(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(edtf);
  if (!m) return null;
  return { year: m[1], ...(m[2] ? { month: String(Number(m[2])) } : {}), ...(m[3] ? { day: String(Number(m[3])) } : {}) };
}

/** The same events as a TimelineJS data object, in one language. */
export function timelineData(events, lang = 'en') {
  return {
    title: { text: { headline: 'Border cooperation: Vietnam, Laos, China', text: 'Twinning, joint patrols, agreements and talks along the borders, from the press.' } },
    events: events.map((e) => {
      const start = tlDate(e.date.startsWith('..') ? e.date.slice(2) : e.date);
      return {
        unique_id: e.id,
        start_date: start,
        text: {
          headline: escapeHtml(e.title[lang] ?? e.title.fr),
          text: `<p>${escapeHtml(e.summary?.[lang] ?? e.summary?.fr ?? '')}</p><blockquote>${escapeHtml(e.source.quote)}</blockquote><p>${escapeHtml(e.source.publisher)}, ${escapeHtml(e.source.date)}</p>`,
        },
        group: e.type,
      };
    }).filter((e) => e.start_date),
  };
}

/** Writes the page into `outDir`; returns its path. */
export function buildTimelineJsPage(outDir = path.join(REPO, 'bench/tmp/timelinejs')) {
  const pkg = path.dirname(require.resolve('@knight-lab/timelinejs/package.json', { paths: [REPO] }));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.cpSync(path.join(pkg, 'dist/js'), path.join(outDir, 'js'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  fs.cpSync(path.join(pkg, 'dist/css'), path.join(outDir, 'css'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  const { events } = JSON.parse(fs.readFileSync(path.join(REPO, 'data/events.json'), 'utf8'));
  const data = timelineData(events, 'en');
  fs.writeFileSync(path.join(outDir, 'timeline-data.js'), [
    `var data = ${JSON.stringify(data)};`,
    // font: null: no Google Fonts; script_path: the locale files from here, not the CDN.
    "window.timeline = new TL.Timeline('timeline', data, { font: null, script_path: new URL('js/', location.href).href, language: 'en', hash_bookmark: false });",
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(outDir, 'index.html'), `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Border cooperation · Vietnam, Laos, China (TimelineJS)</title>
    <meta name="description" content="The same ${data.events.length} border cooperation events in TimelineJS 3, for comparison.">
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="css/timeline.css">
    <style>html, body { height: 100%; margin: 0; } #timeline { width: 100%; height: 100vh; }</style>
  </head>
  <body>
    <div id="timeline"></div>
    <script src="js/timeline.js"></script>
    <script src="timeline-data.js"></script>
  </body>
</html>
`);
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`wrote ${buildTimelineJsPage()}`);
}
