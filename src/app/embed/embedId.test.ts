// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_ID, embedIdFrom } from './embedId';

describe('embedIdFrom', () => {
  it.each([
    ['?embedId=map-1', 'map-1'],
    ['?mode=embed&embedId=A_b-9&childId=pym-0', 'A_b-9'],
    ['?childId=pym-graphic', 'pym-graphic'],
    ['?embedId=bad%20id&childId=pym-0', 'pym-0'],
    ['?embedId=x%22%3E%3Cscript%3E', DEFAULT_EMBED_ID],
    [`?embedId=${'a'.repeat(65)}`, DEFAULT_EMBED_ID],
    ['?embedId=', DEFAULT_EMBED_ID],
    ['', DEFAULT_EMBED_ID],
  ])('%s gives %s', (search, id) => {
    expect(embedIdFrom(search)).toBe(id);
  });
});
