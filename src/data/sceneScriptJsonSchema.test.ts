// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE_KEYS } from './sceneScript.ts';
import { sceneScriptJsonSchema } from './sceneScriptJsonSchema.ts';

const REPO = path.resolve(__dirname, '../..');

describe('data/briefing.schema.json', () => {
  it('is the schema the code builds (regenerate: npx tsx scripts/validate-data.ts --print-scene-schema > data/briefing.schema.json)', () => {
    const shipped: unknown = JSON.parse(fs.readFileSync(path.join(REPO, 'data/briefing.schema.json'), 'utf8'));
    expect(shipped).toEqual(sceneScriptJsonSchema());
  });

  it('lists the same scene fields as the validator, and its patterns compile', () => {
    const schema = sceneScriptJsonSchema() as { $defs: { scene: { properties: Record<string, { pattern?: string }> } } };
    const scene = schema.$defs.scene.properties;
    expect(Object.keys(scene).sort()).toEqual([...SCENE_KEYS].sort());
    const patterns = JSON.stringify(schema).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(patterns.length).toBeGreaterThan(5);
    for (const p of patterns) expect(() => new RegExp((JSON.parse(`{${p}}`) as { pattern: string }).pattern, 'u')).not.toThrow();
  });

  it('is what the example script points its editor at', () => {
    const example = JSON.parse(fs.readFileSync(path.join(REPO, 'data/briefing.example.json'), 'utf8')) as { $schema?: string };
    expect(example.$schema).toBe('./briefing.schema.json');
  });
});
