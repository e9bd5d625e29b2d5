/**
 * MediaRecorder writes WebM as a live stream: no Duration in the segment's
 * Info, so players show no length and cannot seek (issue 15). These read
 * the last frame's time from the clusters and write it into Info.
 * Matroska/EBML: https://www.matroska.org/technical/elements.html
 */

const ID = {
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  seekHead: 0x114d9b74,
  cluster: 0x1f43b675,
  clusterTimecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
} as const;

/** Elements that may follow a cluster at the segment's level: where a cluster of unknown size ends. */
const SEGMENT_CHILDREN = new Set([0x114d9b74, 0x1549a966, 0x1654ae6b, 0x1f43b675, 0x1c53bb6b, 0x1941a469, 0x1043a770, 0x1254c367, 0xec]);

interface Header {
  id: number;
  /** Where the element's data starts. */
  start: number;
  /** Its data size; null when unknown (a live stream's segment and clusters). */
  size: number | null;
  /** Bytes of its size field. */
  sizeLength: number;
}

function vintLength(first: number): number {
  for (let l = 1; l <= 8; l++) if (first & (0x80 >> (l - 1))) return l;
  throw new Error('invalid EBML length');
}

function readHeader(b: Uint8Array, at: number): Header | null {
  if (at >= b.length) return null;
  const idLength = vintLength(b[at] ?? 0);
  if (idLength > 4 || at + idLength >= b.length) return null;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + (b[at + i] ?? 0);
  const s = at + idLength;
  const sizeLength = vintLength(b[s] ?? 0);
  let size = (b[s] ?? 0) & (0xff >> sizeLength);
  let unknown = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const byte = b[s + i] ?? 0;
    size = size * 256 + byte;
    unknown &&= byte === 0xff;
  }
  return { id, start: s + sizeLength, size: unknown ? null : size, sizeLength };
}

function readUint(b: Uint8Array, at: number, size: number): number {
  let n = 0;
  for (let i = 0; i < size; i++) n = n * 256 + (b[at + i] ?? 0);
  return n;
}

/** The segment's data start and end, and the timecode scale (ns per tick) from its Info. */
function segmentOf(b: Uint8Array): { header: Header; end: number } {
  let at = 0;
  for (let h = readHeader(b, at); h; h = readHeader(b, at)) {
    if (h.id === ID.segment) return { header: h, end: h.size === null ? b.length : Math.min(b.length, h.start + h.size) };
    if (h.size === null) break;
    at = h.start + h.size;
  }
  throw new Error('no WebM segment');
}

/**
 * The time in milliseconds from the first frame to the end of the last one
 * (its start plus the interval between the last two frames), read from the
 * clusters' timecodes and their blocks' relative times.
 */
export function webmDurationMs(b: Uint8Array): number {
  const times = webmFrameTimesMs(b);
  if (times.length === 0) return 0;
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 0;
  const gap = times.length > 1 ? last - (times[times.length - 2] ?? last) : 0;
  return last - first + gap;
}

/** Where each cluster's timecode and each of its blocks' relative times are written, and the timecode scale. */
interface FrameIndex {
  scale: number;
  clusters: Array<{ time: number; timeAt: number; timeSize: number; blocks: number[] }>;
}

function frameIndex(b: Uint8Array): FrameIndex {
  const { header, end } = segmentOf(b);
  let scale = 1_000_000;
  const clusters: FrameIndex['clusters'] = [];
  let at = header.start;
  while (at < end) {
    const h = readHeader(b, at);
    if (!h) break;
    if (h.id === ID.info && h.size !== null) {
      for (let c = h.start; c < h.start + h.size;) {
        const child = readHeader(b, c);
        if (!child || child.size === null) break;
        if (child.id === ID.timecodeScale) scale = readUint(b, child.start, child.size);
        c = child.start + child.size;
      }
    }
    if (h.id !== ID.cluster) {
      if (h.size === null) break;
      at = h.start + h.size;
      continue;
    }
    const clusterEnd = h.size === null ? end : h.start + h.size;
    const cluster = { time: 0, timeAt: -1, timeSize: 0, blocks: [] as number[] };
    let c = h.start;
    while (c < clusterEnd) {
      const child = readHeader(b, c);
      if (!child || (h.size === null && SEGMENT_CHILDREN.has(child.id))) break;
      if (child.size === null) { c = end; break; }
      if (child.id === ID.clusterTimecode) Object.assign(cluster, { time: readUint(b, child.start, child.size), timeAt: child.start, timeSize: child.size });
      const block = child.id === ID.simpleBlock ? child.start : child.id === ID.blockGroup ? blockIn(b, child) : -1;
      // The block's relative time: a signed 16-bit number after its track number.
      if (block >= 0) cluster.blocks.push(block + vintLength(b[block] ?? 0x80));
      c = child.start + child.size;
    }
    clusters.push(cluster);
    at = c;
  }
  return { scale, clusters };
}

const relAt = (b: Uint8Array, at: number) => {
  const rel = ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
  return rel >= 0x8000 ? rel - 0x10000 : rel;
};

/** Every frame's time in milliseconds, in order (issue 15: the video's frame rate is checked from them). */
export function webmFrameTimesMs(b: Uint8Array): number[] {
  const { scale, clusters } = frameIndex(b);
  const times = clusters.flatMap((c) => c.blocks.map((at) => c.time + relAt(b, at)));
  return times.sort((x, y) => x - y).map((x) => (x * scale) / 1_000_000);
}

/** How many frames the file holds. */
export function webmFrameCount(b: Uint8Array): number {
  return frameIndex(b).clusters.reduce((n, c) => n + c.blocks.length, 0);
}

/**
 * The same WebM with its frames, in file order, at these times (ms) (issue 15 review: MediaRecorder stamps a
 * frame with the wall clock, so a loaded machine made a film of uneven frames; the video is timed by frame
 * index instead). Written in place: each cluster's timecode becomes its first frame's time and the blocks'
 * times are relative to it. Returns the input when the times do not fit the fields already there.
 */
export function withWebmFrameTimes(b: Uint8Array, timesMs: readonly number[]): Uint8Array {
  const { scale, clusters } = frameIndex(b);
  const out = b.slice();
  let k = 0;
  for (const c of clusters) {
    if (!c.blocks.length) continue;
    if (c.timeAt < 0) return b;
    const ticks = c.blocks.map((_, i) => Math.round(((timesMs[k + i] ?? NaN) * 1_000_000) / scale));
    k += c.blocks.length;
    const base = ticks[0]!;
    if (ticks.some((t) => !Number.isFinite(t) || t - base > 0x7fff || t < base) || base >= 2 ** (8 * c.timeSize)) return b;
    for (let i = c.timeSize - 1, n = base; i >= 0; i--, n = Math.floor(n / 256)) out[c.timeAt + i] = n % 256;
    c.blocks.forEach((at, i) => { const rel = ticks[i]! - base; out[at] = (rel >> 8) & 0xff; out[at + 1] = rel & 0xff; });
  }
  return k === timesMs.length ? out : b;
}

function blockIn(b: Uint8Array, group: Header): number {
  for (let c = group.start; group.size !== null && c < group.start + group.size;) {
    const child = readHeader(b, c);
    if (!child || child.size === null) return -1;
    if (child.id === ID.block) return child.start;
    c = child.start + child.size;
  }
  return -1;
}

/**
 * The same WebM with `durationMs` as the segment's Duration: written over
 * one that is there, or added to Info (which then grows; the segment and
 * clusters that follow are of unknown size or moved whole, and a SeekHead,
 * whose offsets would go wrong, makes it give up and return the input).
 */
export function withWebmDuration(b: Uint8Array, durationMs: number): Uint8Array {
  const { header: segment, end } = segmentOf(b);
  let at = segment.start;
  while (at < end) {
    const h = readHeader(b, at);
    if (!h || h.size === null) return b;
    if (h.id === ID.seekHead) return b;
    if (h.id !== ID.info) { at = h.start + h.size; continue; }
    let scale = 1_000_000;
    let existing: Header | null = null;
    for (let c = h.start; c < h.start + h.size;) {
      const child = readHeader(b, c);
      if (!child || child.size === null) return b;
      if (child.id === ID.timecodeScale) scale = readUint(b, child.start, child.size);
      if (child.id === ID.duration) existing = child;
      c = child.start + child.size;
    }
    const ticks = (durationMs * 1_000_000) / scale;
    if (existing && (existing.size === 8 || existing.size === 4)) {
      const out = b.slice();
      const view = new DataView(out.buffer, out.byteOffset + existing.start, existing.size);
      if (existing.size === 8) view.setFloat64(0, ticks); else view.setFloat32(0, ticks);
      return out;
    }
    // Info's children, then Duration (ID 0x4489, size 8, a float64), under a size field of 8 bytes.
    const children = b.subarray(h.start, h.start + h.size);
    const duration = new Uint8Array(11);
    duration.set([0x44, 0x89, 0x88]);
    new DataView(duration.buffer).setFloat64(3, ticks);
    const infoSize = children.length + duration.length;
    const info = new Uint8Array(4 + 8 + infoSize);
    info.set([0x15, 0x49, 0xa9, 0x66, 0x01]);
    for (let i = 0, n = infoSize; i < 7; i++, n = Math.floor(n / 256)) info[11 - i] = n % 256;
    info.set(children, 12);
    info.set(duration, 12 + children.length);
    const grown = info.length - (h.start + h.size - at);
    const out = new Uint8Array(b.length + grown);
    out.set(b.subarray(0, at));
    out.set(info, at);
    out.set(b.subarray(h.start + h.size), at + info.length);
    if (segment.size !== null) {
      // A segment of known size: its size field grows by the same amount, in the same number of bytes.
      const field = segment.start - segment.sizeLength;
      let n = segment.size + grown;
      for (let i = segment.sizeLength - 1; i >= 1; i--, n = Math.floor(n / 256)) out[field + i] = n % 256;
      out[field] = (0x80 >> (segment.sizeLength - 1)) | n;
    }
    return out;
  }
  return b;
}
