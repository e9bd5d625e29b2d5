// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveDataUrl } from './dataUrl';

const page = 'https://news.example/2026/border-map/index.html?lang=fr';

describe('resolveDataUrl', () => {
  it.each([
    [null, 'https://news.example/2026/border-map/data/events.json'],
    ['', 'https://news.example/2026/border-map/data/events.json'],
    ['updates/live.json', 'https://news.example/2026/border-map/updates/live.json'],
    ['/shared/events.CSV', 'https://news.example/shared/events.CSV'],
    ['live.json?x=<script>', 'https://news.example/2026/border-map/live.json?x=%3Cscript%3E'],
  ])('accepts %j as %s', (param, url) => {
    expect(resolveDataUrl(param, page)).toEqual({ ok: true, url });
  });
  it.each([
    ['https://evil.example/events.json', 'not on this site'],
    ['//evil.example/events.json', 'not on this site'],
    ['javascript:alert(1)//.json', 'not on this site'],
    ['data:application/json,{}', 'not on this site'],
    ['events.html', 'not a .json or .csv file'],
    ['events.json.html', 'not a .json or .csv file'],
    ['evil.example/../..', 'not a .json or .csv file'],
    ['a'.repeat(600) + '.json', 'too long'],
  ])('refuses %j', (param, reason) => {
    expect(resolveDataUrl(param, page)).toEqual({ ok: false, reason });
  });
});
