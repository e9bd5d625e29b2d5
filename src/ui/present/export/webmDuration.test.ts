// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { webmDurationMs, webmFrameCount, webmFrameTimesMs, withWebmDuration, withWebmFrameTimes } from './webmDuration';

// A WebM as Chromium's MediaRecorder writes it: a segment and clusters of unknown size, no Duration.
const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => [...p]));
const el = (id: number[], body: number[]) => [...id, 0x80 | body.length, ...body];
const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const block = (rel: number) => el([0xa3], [0x81, (rel >> 8) & 0xff, rel & 0xff, 0x80, 0, 0, 0]);
const info = (children: number[]) => el([0x15, 0x49, 0xa9, 0x66], children);
const timecodeScale = el([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40]); // 1 000 000 ns: milliseconds
const muxingApp = el([0x4d, 0x80], [...'Chrome'].map((c) => c.charCodeAt(0)));
const tracks = el([0x16, 0x54, 0xae, 0x6b], el([0xae], el([0xd7], [1])));
const cluster = (time: number, rels: number[]) => [0x1f, 0x43, 0xb6, 0x75, ...UNKNOWN, ...el([0xe7], [(time >> 8) & 0xff, time & 0xff]), ...rels.flatMap(block)];
const header = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], [...'webm'].map((c) => c.charCodeAt(0))));

function live(): Uint8Array {
  return bytes(header, [0x18, 0x53, 0x80, 0x67, ...UNKNOWN], info([...timecodeScale, ...muxingApp]), tracks,
    cluster(0, [0, 33, 66, 100]), cluster(1000, [0, 40, 80]));
}

/** The Duration float in the segment's Info, read back by hand. */
function durationIn(b: Uint8Array): number | null {
  for (let i = 0; i + 11 <= b.length; i++) {
    if (b[i] === 0x44 && b[i + 1] === 0x89 && b[i + 2] === 0x88) return new DataView(b.buffer, b.byteOffset + i + 3, 8).getFloat64(0);
  }
  return null;
}

describe('webmDurationMs', () => {
  it('reads the last frame of the last cluster of unknown size, plus one frame interval', () => {
    expect(webmDurationMs(live())).toBe(1080 + 40);
  });
  it('lists every frame\'s time, in order, in milliseconds (the video spec checks the frame rate with it)', () => {
    expect(webmFrameTimesMs(live())).toEqual([0, 33, 66, 100, 1000, 1040, 1080]);
  });
  it('uses the timecode scale', () => {
    const scaled = bytes(header, [0x18, 0x53, 0x80, 0x67, ...UNKNOWN], info(el([0x2a, 0xd7, 0xb1], [0x1e, 0x84, 0x80])), cluster(0, [0, 10]), cluster(100, [0]));
    // 2 000 000 ns a tick: 100 ticks + 90 are 380 ms.
    expect(webmDurationMs(scaled)).toBe((100 + 90) * 2);
  });
  it('is zero without frames, and refuses what is not WebM', () => {
    expect(webmDurationMs(bytes(header, [0x18, 0x53, 0x80, 0x67, ...UNKNOWN], info([...timecodeScale])))).toBe(0);
    expect(() => webmDurationMs(Uint8Array.from([1, 2, 3]))).toThrow();
  });
});

describe('withWebmDuration', () => {
  it('adds a Duration to Info, which grows, and leaves the clusters readable', () => {
    const input = live();
    const out = withWebmDuration(input, 6000);
    expect(durationIn(input)).toBeNull();
    expect(durationIn(out)).toBe(6000);
    expect(out.length).toBe(input.length + 11 + 7); // the Duration element, and Info's size field now 8 bytes
    expect(webmDurationMs(out)).toBe(webmDurationMs(input));
    // Everything after Info is moved whole.
    const after = tracks.length + cluster(0, [0, 33, 66, 100]).length + cluster(1000, [0, 40, 80]).length;
    expect([...out.subarray(out.length - after)]).toEqual([...input.subarray(input.length - after)]);
  });
  it('writes the duration in the file\u2019s timecode scale', () => {
    const scaled = bytes(header, [0x18, 0x53, 0x80, 0x67, ...UNKNOWN], info(el([0x2a, 0xd7, 0xb1], [0x1e, 0x84, 0x80])), cluster(0, [0]));
    expect(durationIn(withWebmDuration(scaled, 6000))).toBe(3000);
  });
  it('overwrites a Duration that is there', () => {
    const once = withWebmDuration(live(), 6000);
    const twice = withWebmDuration(once, 7500);
    expect(twice.length).toBe(once.length);
    expect(durationIn(twice)).toBe(7500);
  });
  it('grows a segment of known size by what Info gained', () => {
    const body = bytes(info([...timecodeScale]), cluster(0, [0]));
    const input = bytes(header, [0x18, 0x53, 0x80, 0x67, 0x40 | (body.length >> 8), body.length & 0xff], body);
    const out = withWebmDuration(input, 1000);
    const at = header.length + 4;
    expect((((out[at] ?? 0) & 0x3f) << 8) | (out[at + 1] ?? 0)).toBe(body.length + 18);
  });
  it('leaves a file with a SeekHead as it is (its offsets would go wrong)', () => {
    const seek = el([0x11, 0x4d, 0x9b, 0x74], [0xec, 0x80]);
    const input = bytes(header, [0x18, 0x53, 0x80, 0x67, ...UNKNOWN], seek, info([...timecodeScale]), cluster(0, [0]));
    expect(withWebmDuration(input, 1000)).toBe(input);
  });
});

describe('withWebmFrameTimes (issue 15 review: frames timed by their index, not the wall clock)', () => {
  it('puts each frame, in file order, at the time given, clusters included', () => {
    const period = 1000 / 12;
    const times = Array.from({ length: 7 }, (_, k) => k * period);
    const out = withWebmFrameTimes(live(), times);
    expect(webmFrameCount(out)).toBe(7);
    expect(webmFrameTimesMs(out)).toEqual(times.map((t) => Math.round(t)));
    const gaps = webmFrameTimesMs(out).slice(1).map((t, i, a) => t - (i ? a[i - 1]! : 0));
    for (const g of gaps) expect(Math.abs(g - period)).toBeLessThan(1);
    // The input is left as it was.
    expect(webmFrameTimesMs(live())).toEqual([0, 33, 66, 100, 1000, 1040, 1080]);
  });

  it('gives the input back when the times do not match its frames or fit its fields', () => {
    const input = live();
    expect(withWebmFrameTimes(input, [0, 1, 2])).toBe(input);
    // A cluster spanning more than a signed 16-bit relative time.
    expect(webmFrameTimesMs(withWebmFrameTimes(input, [0, 1, 2, 3, 40_000, 40_001, 40_002]))).toEqual([0, 1, 2, 3, 40_000, 40_001, 40_002]);
    expect(withWebmFrameTimes(input, [0, 1, 2, 3, 40_000, 40_001, 80_003])).toBe(input);
    // A cluster timecode too big for its 2-byte field.
    expect(withWebmFrameTimes(input, [0, 1, 2, 3, 70_000, 70_001, 70_002])).toBe(input);
  });
});
