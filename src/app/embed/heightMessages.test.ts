// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { heightMessages } from './heightMessages';

describe('heightMessages', () => {
  const [datawrapper, pym, amp] = heightMessages('map-1', 734);

  it('speaks Datawrapper: the height under the chart id', () => {
    expect(datawrapper).toEqual({ 'datawrapper-height': { 'map-1': 734 } });
  });

  it("speaks pym.js: a string its Parent's regular expression accepts for this id", () => {
    expect(pym).toBe('pymxPYMxmap-1xPYMxheightxPYMx734');
    // pym.Parent's _makeMessageRegex(id), as in pym.js v1.
    const match = /^pymxPYMxmap-1xPYMx(\S+)xPYMx(.*)$/.exec(pym as string);
    expect(match?.slice(1)).toEqual(['height', '734']);
  });

  it("speaks AMP: an embed-size request with the 'amp' sentinel", () => {
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 734 });
  });

  it('survives structured cloning (postMessage)', () => {
    for (const m of heightMessages('x', 1)) expect(structuredClone(m)).toEqual(m);
  });
});
