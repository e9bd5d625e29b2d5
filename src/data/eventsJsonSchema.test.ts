// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../domain/event.ts';
import { EVENT_KEYS } from './validateEvent.ts';
import { eventsJsonSchema } from './eventsJsonSchema.ts';

const REPO = path.resolve(__dirname, '../..');

describe('data/events.schema.json', () => {
  it('is the schema the code builds (regenerate: npx tsx scripts/validate-data.ts --print-schema > data/events.schema.json)', () => {
    const shipped: unknown = JSON.parse(fs.readFileSync(path.join(REPO, 'data/events.schema.json'), 'utf8'));
    expect(shipped).toEqual(eventsJsonSchema());
  });

  it('is draft 2020-12 and lists the same fields and types as the validator', () => {
    const schema = eventsJsonSchema() as { $schema: string; $defs: { event: { properties: Record<string, { oneOf?: { const: string }[] }> } } };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const event = schema.$defs.event;
    expect(Object.keys(event.properties).sort()).toEqual([...EVENT_KEYS].sort());
    expect(event.properties.type?.oneOf?.map((o) => o.const)).toEqual([...EVENT_TYPES]);
  });

  it('has patterns that compile as Unicode regular expressions', () => {
    const patterns: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.push(value);
          else walk(value);
        }
      }
    };
    walk(eventsJsonSchema());
    expect(patterns.length).toBeGreaterThan(10);
    for (const p of patterns) expect(() => new RegExp(p, 'u')).not.toThrow();
  });
});
