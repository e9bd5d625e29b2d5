import { describe, expect, it } from 'vitest';
import { CAPTION_RESERVE_PX, captionInset } from './captionInset';

describe('captionInset', () => {
  const doc = (place: string | null) => {
    const root = document.createElement('div');
    root.innerHTML = `<div class="story-caption-layer"${place ? ` data-place="${place}"` : ''}><aside class="story-caption"></aside></div>`;
    return root;
  };
  it('reserves the card\'s usual height when there is no card', () => {
    expect(captionInset(document.createElement('div'))).toBe(CAPTION_RESERVE_PX);
  });
  it('covers nothing of the top when the card sits at the bottom (reader3)', () => {
    expect(captionInset(doc('bottom-left'))).toBe(0);
    expect(captionInset(doc('bottom-right'))).toBe(0);
    // At the top, jsdom measures nothing: the reserve.
    expect(captionInset(doc('top'))).toBe(CAPTION_RESERVE_PX);
  });
});
