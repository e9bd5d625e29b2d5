import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../domain/dayNumber.ts';
import { type ProblemCode, formatProblem } from './problems.ts';
import { SCENE_LIMITS, parseSceneScript, utf8Length } from './sceneScript.ts';

const eventIds = new Set(['2026-01-15-twinning', '2022-06-visit']);
const caption = { fr: 'Jumelage', en: 'Twinning', vi: 'Kết nghĩa' };
const script = (scenes: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, ...extra, scenes }, null, 2);
const parse = (text: string) => parseSceneScript(text, { eventIds, file: 'briefing.json' });
const codes = (text: string) => parse(text).problems.map((p) => `${p.field} ${p.code}`);

describe('parseSceneScript', () => {
  it('reads a full scene into the view it describes', () => {
    const text = script(
      [
        {
          event: '2026-01-15-twinning',
          date: '2026-01-15',
          types: ['twinning', 'agreement'],
          pairs: ['VN-LA'],
          query: 'Khe Sanh',
          display: 'window',
          windowMonths: 12,
          camera: { zoom: 7.5, lat: 16.4, lng: 106.3 },
          caption,
          seconds: 12,
        },
        { date: '2022-06-04' },
      ],
      { $schema: './briefing.schema.json', title: caption },
    );
    const result = parse(text);
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({
      title: caption,
      scenes: [
        {
          index: 0,
          event: '2026-01-15-twinning',
          cursor: dayNumber(2026, 1, 15),
          types: ['twinning', 'agreement'],
          pairs: ['VN-LA'],
          query: 'Khe Sanh',
          display: 'window',
          windowMonths: 12,
          camera: { zoom: 7.5, lat: 16.4, lng: 106.3 },
          caption,
          seconds: 12,
        },
        { index: 1, cursor: dayNumber(2022, 6, 4) },
      ],
    });
  });

  // One row per kind of bad scene: the field named, the code, and the scene left out.
  const BAD_SCENES: ReadonlyArray<[string, unknown, string[]]> = [
    ['not an object', 'hello', ['scenes[0] wrong-type']],
    ['neither event nor date', { caption }, ['scenes[0] event-or-date-required']],
    ['unknown event', { event: 'no-such-event' }, ['scenes[0].event unknown-event']],
    ['malformed event id', { event: 'Not An Id' }, ['scenes[0].event bad-format']],
    ['impossible date', { date: '2026-02-30' }, ['scenes[0].date date-impossible']],
    ['month, not a day', { date: '2026-02' }, ['scenes[0].date date-format']],
    ['date as a number', { date: 20260215 }, ['scenes[0].date wrong-type']],
    ['unknown type', { date: '2026-01-01', types: ['summit'] }, ['scenes[0].types[0] unknown-type']],
    ['repeated pair', { date: '2026-01-01', pairs: ['VN-LA', 'VN-LA'] }, ['scenes[0].pairs[1] duplicate-entry']],
    ['pairs as a string', { date: '2026-01-01', pairs: 'VN-LA' }, ['scenes[0].pairs wrong-type']],
    ['unknown display', { date: '2026-01-01', display: 'all' }, ['scenes[0].display unknown-value']],
    ['window without window display', { date: '2026-01-01', windowMonths: 6 }, ['scenes[0].windowMonths applies-only-with']],
    ['window of 5 months', { date: '2026-01-01', display: 'window', windowMonths: 5 }, ['scenes[0].windowMonths unknown-value']],
    ['camera out of range', { date: '2026-01-01', camera: { zoom: 23, lat: 91, lng: 106 } }, ['scenes[0].camera.zoom out-of-range', 'scenes[0].camera.lat out-of-range']],
    ['camera without lng', { date: '2026-01-01', camera: { zoom: 5, lat: 16 } }, ['scenes[0].camera.lng required']],
    ['camera as a string', { date: '2026-01-01', camera: { zoom: '5', lat: 16, lng: 106 } }, ['scenes[0].camera.zoom wrong-type']],
    ['seconds of zero', { date: '2026-01-01', seconds: 0 }, ['scenes[0].seconds out-of-range']],
    ['caption in one language', { date: '2026-01-01', caption: { en: 'Hello' } }, ['scenes[0].caption.fr required', 'scenes[0].caption.vi required']],
    ['caption as a string', { date: '2026-01-01', caption: 'Hello' }, ['scenes[0].caption wrong-type']],
    ['bidi override in caption', { date: '2026-01-01', caption: { ...caption, en: 'a\u202eb' } }, ['scenes[0].caption.en control-character']],
    ['decomposed caption', { date: '2026-01-01', caption: { ...caption, vi: 'Ke\u0302\u0301t nghĩa' } }, ['scenes[0].caption.vi not-nfc']],
    ['formula caption', { date: '2026-01-01', caption: { ...caption, fr: '=HYPERLINK("x")' } }, ['scenes[0].caption.fr formula-start']],
    ['over-long caption', { date: '2026-01-01', caption: { ...caption, en: 'x'.repeat(401) } }, ['scenes[0].caption.en too-long']],
    ['query on two lines', { date: '2026-01-01', query: 'a\nb' }, ['scenes[0].query control-character']],
    ['unknown field', { date: '2026-01-01', zoom: 5 }, ['scenes[0].zoom unknown-field']],
  ];

  it.each(BAD_SCENES)('reports a scene with %s and leaves it out', (_name, scene, expected) => {
    const text = script([scene, { event: '2022-06-visit' }]);
    const result = parse(text);
    expect(result.problems.map((p) => `${p.field} ${p.code}`)).toEqual(expected);
    expect(result.value.scenes).toEqual([{ index: 1, event: '2022-06-visit' }]);
    for (const p of result.problems) {
      expect(p.line).toBe(4); // the line of the scene's opening brace (or value)
      expect(p.file).toBe('briefing.json');
    }
  });

  it('names each problem on the line where its scene starts', () => {
    const text = script([{ date: '2026-01-01' }, { date: '2026-01-02' }, { date: 'yesterday' }]);
    const [only] = parse(text).problems;
    expect(only && formatProblem(only)).toBe('briefing.json:10: scenes[2].date: "yesterday" is not a date of the form YYYY-MM-DD');
  });

  const BAD_FILES: ReadonlyArray<[string, string, ProblemCode]> = [
    ['empty text', '', 'json-syntax'],
    ['broken JSON', '{"version": 1, "scenes": [', 'json-syntax'],
    ['an array', '[]', 'json-shape'],
    ['events instead of scenes', '{"version": 1, "events": []}', 'json-shape'],
    ['scenes as an object', '{"version": 1, "scenes": {}}', 'json-shape'],
  ];

  it.each(BAD_FILES)('refuses %s as a whole', (_name, text, code) => {
    const result = parse(text);
    expect(result.value).toEqual({ scenes: [] });
    expect(result.problems.map((p) => p.code)).toEqual([code]);
  });

  it('keeps the scenes when the top level has problems', () => {
    const text = JSON.stringify({ version: 2, title: { fr: 'x' }, notes: 'hi', scenes: [{ date: '2026-01-01' }] });
    expect(codes(text)).toEqual(['version unsupported-version', 'notes unknown-field', 'title.en required', 'title.vi required']);
    expect(parse(text).value).toEqual({ scenes: [{ index: 0, cursor: dayNumber(2026, 1, 1) }] });
  });

  it('checks event ids for form only when no ids are given', () => {
    const text = script([{ event: 'any-event' }, { event: 'Bad Id' }]);
    const result = parseSceneScript(text);
    expect(result.value.scenes).toEqual([{ index: 0, event: 'any-event' }]);
    expect(result.problems.map((p) => p.code)).toEqual(['bad-format']);
  });

  it('reads a byte-order mark and CRLF line ends', () => {
    const text = `\ufeff${script([{ date: '2026-01-01' }, { date: 'x' }]).replace(/\n/g, '\r\n')}`;
    const result = parse(text);
    expect(result.value.scenes).toHaveLength(1);
    expect(result.problems.map((p) => p.line)).toEqual([7]);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = script([{ date: '2026-01-01', query: 'x' }]).replace('"x"', `"${'ị'.repeat(SCENE_LIMITS.maxBytes / 3)}"`);
    const result = parse(text);
    expect(result.value.scenes).toEqual([]);
    expect(result.problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(result.problems[0]?.params?.size).toBe(utf8Length(text));
  });

  it('reads only the first scenes past the limit, and says so', () => {
    const scenes = Array.from({ length: SCENE_LIMITS.maxScenes + 3 }, () => ({ date: '2026-01-01' }));
    const result = parse(JSON.stringify({ version: 1, scenes }));
    expect(result.value.scenes).toHaveLength(SCENE_LIMITS.maxScenes);
    expect(result.problems.map((p) => `${p.field} ${p.code}`)).toEqual(['scenes too-many']);
  });

  it('lists the first problems of a very broken file and counts the rest', () => {
    const junk = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, i]));
    const scenes = Array.from({ length: 100 }, () => ({ date: '2026-01-01', ...junk }));
    const result = parse(JSON.stringify({ version: 1, scenes }));
    expect(result.problems).toHaveLength(SCENE_LIMITS.maxProblems + 1);
    expect(result.problems.at(-1)?.code).toBe('problems-cut');
    expect(result.problems.at(-1)?.params?.count).toBe(100 * 30 - SCENE_LIMITS.maxProblems);
  });

  it('counts UTF-8 bytes as TextEncoder does', () => {
    for (const text of ['', 'abc', 'Quảng Trị', '😀x', '\ud800', 'a\udc00b']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('data/briefing.example.json', () => {
  const DATA = path.resolve(__dirname, '../../data');
  it('is valid and every scene names a real event of data/events.json or a date', () => {
    const events = JSON.parse(fs.readFileSync(path.join(DATA, 'events.json'), 'utf8')) as { events: { id: string }[] };
    const ids = new Set(events.events.map((e) => e.id));
    const text = fs.readFileSync(path.join(DATA, 'briefing.example.json'), 'utf8');
    const result = parseSceneScript(text, { eventIds: ids, file: 'data/briefing.example.json' });
    expect(result.problems).toEqual([]);
    const raw = JSON.parse(text) as { scenes: unknown[] };
    expect(result.value.scenes).toHaveLength(raw.scenes.length);
    expect(result.value.scenes.length).toBeGreaterThanOrEqual(3);
    expect(result.value.title).toBeDefined();
  });
});
