// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { timeEvents } from '../../domain/timeline';
import { neighbour } from './neighbour';
import { FIXTURES } from './testing';

const all = timeEvents(FIXTURES);
const ids = all.map((e) => e.event.id);

describe('neighbour', () => {
  it('steps along the list and stops at the ends', () => {
    expect(neighbour(all, all[1]!, 1)?.event.id).toBe(ids[2]);
    expect(neighbour(all, all[1]!, -1)?.event.id).toBe(ids[0]);
    expect(neighbour(all, all[0]!, -1)).toBeNull();
    expect(neighbour(all, all[3]!, 1)).toBeNull();
  });

  it('finds the neighbours of an event that was filtered out', () => {
    const without = all.filter((_, i) => i !== 2);
    expect(neighbour(without, all[2]!, 1)?.event.id).toBe(ids[3]);
    expect(neighbour(without, all[2]!, -1)?.event.id).toBe(ids[1]);
  });
});
